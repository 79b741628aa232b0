package store

import (
	"context"
	"database/sql"
	"sync"
)

// startCheck runs the quick check on db in the background: reads go ahead
// at once, the first write waits for its verdict (inTx). When held, the
// check waits for the first call that needs its verdict (waitChecked) or
// for Close, which skips it. db is closed afterwards when it is not the
// store's own connection.
func (s *Store) startCheck(db *sql.DB, held bool) {
	ctx, cancel := context.WithCancel(context.Background())
	s.checked, s.stopCheck = make(chan struct{}), cancel
	hold := make(chan struct{})
	s.releaseCheck = sync.OnceFunc(func() { close(hold) })
	if !held {
		s.releaseCheck()
	}
	go func() {
		defer close(s.checked)
		select {
		case <-hold:
		case <-ctx.Done():
		}
		if ctx.Err() == nil && quickCheck(ctx, db) {
			s.damaged = true
			s.notices = append(s.notices, NoticeDamaged)
		}
		if db != s.db {
			db.Close()
		}
	}()
}

// waitChecked lets a held quick check start and waits for its verdict.
func (s *Store) waitChecked() {
	if s.checked != nil {
		s.releaseCheck()
		<-s.checked
	}
}
