package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/recorderr"
	"github.com/carnet-app/carnet/internal/store"
)

// openStore opens the record in the data folder; when mustExist is set, a
// folder without a database is refused instead of being created. The
// commands that need an existing record (check, export, report, letter,
// requests, deadline) read it: when it or its folder cannot be written,
// they open it read-only (store.OpenReadOnly) and still work; a write they
// attempt then gets the read-only sentence. The commands that may create
// it (demo, import) need write access. A damaged record is opened
// read-only by the store for everyone. What the store reports (a folder
// made private, a damaged or read-only record) is told on stderr.
func (e *env) openStore(mustExist bool) (*store.Store, error) {
	if mustExist {
		if _, err := os.Stat(filepath.Join(e.dataDir, store.FileName)); err != nil {
			return nil, carnet.Said(e.tr.T("cli.no_record", e.dataDir))
		}
	}
	s, err := store.Open(e.dataDir)
	if mustExist && errors.Is(err, recorderr.ErrReadOnly) {
		s, err = store.OpenReadOnly(e.dataDir)
		if err == nil && !s.Damaged() {
			fmt.Fprintln(e.stderr, e.tr.T("notice."+store.NoticeReadOnly))
		}
	}
	if err != nil {
		return nil, err
	}
	for _, code := range s.Notices() {
		fmt.Fprintln(e.stderr, e.tr.T("notice."+code))
	}
	return s, nil
}

// openApp opens the record like openStore and returns the application
// layer over it, with the command line's clock, and the store to close.
func (e *env) openApp(mustExist bool) (*carnet.App, *store.Store, error) {
	s, err := e.openStore(mustExist)
	if err != nil {
		return nil, nil, err
	}
	return carnet.New(s, e.now), s, nil
}
