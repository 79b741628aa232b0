package store

import (
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"strings"
)

// misplacedPath returns where Carnet versions that pasted the path into the
// DSN wrote the database of path when it holds '#' or '?': SQLite read the
// rest as a fragment or a query, so the file was the path up to that
// character, percent-decoded, outside the data folder. It returns "" when
// path holds neither.
func misplacedPath(path string) string {
	i := strings.IndexAny(path, "#?")
	if i < 0 {
		return ""
	}
	p, err := url.PathUnescape(path[:i])
	if err != nil || p == "" {
		return ""
	}
	return p
}

// adoptMisplaced moves into its data folder the database those versions
// wrote outside it (see misplacedPath), when path holds no data yet (missing
// or empty, as they left it) and the misplaced file is a Carnet database:
// its write-ahead log is checkpointed into it first, then it is renamed to
// path (atomically) with mode 0600. Anything else is left as it is. It
// returns an error when a Carnet database was found but could not be moved.
func adoptMisplaced(path string) error {
	old := misplacedPath(path)
	if old == "" {
		return nil
	}
	if info, err := os.Stat(path); err == nil && info.Size() > 0 || err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if info, err := os.Stat(old); err != nil || !info.Mode().IsRegular() {
		return nil
	}
	ok, err := checkpointCarnetFile(old)
	if err != nil || !ok {
		return nil // not a Carnet database (or not one SQLite can open): not ours to move
	}
	if _, err := os.Stat(old + "-wal"); err == nil {
		return fmt.Errorf("the Carnet data of %s is in %s, whose journal %s-wal could not be merged; move them into the folder by hand", path, old, old)
	}
	if err := os.Rename(old, path); err != nil {
		return fmt.Errorf("the Carnet data of %s is in %s and could not be moved there: %w", path, old, err)
	}
	_ = os.Remove(old + "-shm")
	return os.Chmod(path, 0o600)
}

// checkpointCarnetFile reports whether the file at path is a Carnet
// database, after merging its write-ahead log into it and closing it. It
// returns an error when the file cannot be read as a database.
func checkpointCarnetFile(path string) (bool, error) {
	db, err := sql.Open("sqlite", fileURI(path, url.Values{"mode": {"rw"}}))
	if err != nil {
		return false, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	var tables, version int
	if err := db.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('acts', 'profile')`).Scan(&tables); err != nil {
		return false, err
	}
	if err := db.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		return false, err
	}
	if tables != 2 || version < 1 {
		return false, nil
	}
	if _, err := db.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		return false, err
	}
	return true, db.Close()
}
