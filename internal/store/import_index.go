package store

import (
	"context"
	"database/sql"
)

// A large import into an empty record writes faster without the indexes
// and triggers that only serve reading: SQLite builds an index over rows
// already in place by sorting them, instead of inserting each key at a
// random place of a tree grown too large for its page cache. These are
// dropped inside the import's transaction and made again, from their own
// CREATE statements, before it commits; a refused import rolls back both.
// The history's index by act is dropped too, and made again as soon as
// the import merges an act one by one (an act with proofs, or one
// already stored), which reads it (deferred.restore): without it each
// such read scanned the whole history (the 100,000-act demo took 277 s).
var deferredObjects = []string{
	"acts_date", "acts_order", "acts_theme", "acts_next_action", "acts_trash",
	"act_status_history_act", "acts_fts_insert", "act_keys_insert",
}

// deferredFill fills what the dropped insert triggers would have filled,
// for every act (the record was empty).
var deferredFill = []string{
	`INSERT INTO acts_fts(rowid, organisation, label, contact, notes)
		SELECT seq, organisation, label, contact_name || ' ' || contact_role || ' ' || contact_email, notes FROM acts ORDER BY seq`,
	`INSERT INTO act_keys (seq, date, start_time, id, theme, status, minutes)
		SELECT seq, date, start_time, id, theme, status, minutes FROM acts WHERE deleted_at = '' ORDER BY seq`,
}

// deferred holds the CREATE statements of what deferIndexes dropped, in
// order; a nil *deferred dropped nothing.
type deferred struct {
	ctx     context.Context
	tx      *sql.Tx
	names   []string
	creates map[string]string // name → CREATE statement, while dropped
}

// deferIndexes drops the deferred indexes and triggers when the record
// holds no act, and returns what makes them again (nil otherwise): its
// finish is to call before the commit.
func deferIndexes(ctx context.Context, tx *sql.Tx) (*deferred, error) {
	var any int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT 1 FROM acts LIMIT 1)").Scan(&any); err != nil {
		return nil, err
	}
	if any > 0 {
		return nil, nil
	}
	d := &deferred{ctx: ctx, tx: tx, creates: map[string]string{}}
	for _, name := range deferredObjects {
		var kind, create string
		err := tx.QueryRowContext(ctx, "SELECT type, sql FROM sqlite_master WHERE name = ?", name).Scan(&kind, &create)
		if err != nil {
			return nil, err
		}
		if _, err := tx.ExecContext(ctx, "DROP "+kind+" "+name); err != nil {
			return nil, err
		}
		d.names = append(d.names, name)
		d.creates[name] = create
	}
	return d, nil
}

// restore makes the index or trigger name again now, when it was dropped.
func (d *deferred) restore(name string) error {
	if d == nil || d.creates[name] == "" {
		return nil
	}
	if _, err := d.tx.ExecContext(d.ctx, d.creates[name]); err != nil {
		return err
	}
	delete(d.creates, name)
	return nil
}

// finish fills what the dropped insert triggers would have filled, then
// makes again everything still dropped.
func (d *deferred) finish() error {
	if d == nil {
		return nil
	}
	for _, q := range deferredFill {
		if _, err := d.tx.ExecContext(d.ctx, q); err != nil {
			return err
		}
	}
	for _, name := range d.names {
		if err := d.restore(name); err != nil {
			return err
		}
	}
	return nil
}
