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
// The index of the history by act stays: the import itself reads it for
// every act merged one by one (checkHistory), and without it each read
// scanned the whole history (the 100,000-act demo took 277 s instead of
// 28).
var deferredObjects = []string{
	"acts_date", "acts_order", "acts_theme", "acts_next_action", "acts_trash",
	"acts_fts_insert", "act_keys_insert",
}

// deferredFill fills what the dropped insert triggers would have filled,
// for every act (the record was empty).
var deferredFill = []string{
	`INSERT INTO acts_fts(rowid, organisation, label, contact, notes)
		SELECT seq, organisation, label, contact_name || ' ' || contact_role || ' ' || contact_email, notes FROM acts ORDER BY seq`,
	`INSERT INTO act_keys (seq, date, start_time, id, theme, status, minutes)
		SELECT seq, date, start_time, id, theme, status, minutes FROM acts WHERE deleted_at = '' ORDER BY seq`,
}

// deferIndexes drops the deferred indexes and triggers when the record
// holds no act, and returns the function that makes them again (a no-op
// otherwise), to call before the commit.
func deferIndexes(ctx context.Context, tx *sql.Tx) (func() error, error) {
	var any int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT 1 FROM acts LIMIT 1)").Scan(&any); err != nil {
		return nil, err
	}
	if any > 0 {
		return func() error { return nil }, nil
	}
	creates := make([]string, 0, len(deferredObjects))
	for _, name := range deferredObjects {
		var kind, create string
		err := tx.QueryRowContext(ctx, "SELECT type, sql FROM sqlite_master WHERE name = ?", name).Scan(&kind, &create)
		if err != nil {
			return nil, err
		}
		if _, err := tx.ExecContext(ctx, "DROP "+kind+" "+name); err != nil {
			return nil, err
		}
		creates = append(creates, create)
	}
	return func() error {
		for _, q := range deferredFill {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		for _, q := range creates {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		return nil
	}, nil
}
