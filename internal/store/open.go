package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/carnet-app/carnet/internal/journal"
)

// FileName is the name of the database file inside the data folder.
const FileName = "carnet.db"

// ErrNotFound is returned when a record with the given ID does not exist.
var ErrNotFound = journal.ErrNotFound

// Store is the SQLite-backed record of one user.
type Store struct {
	db   *sql.DB
	path string
	now  func() time.Time
}

// Open creates the data folder (0700) and the database file (0600) when
// missing, applies pending migrations and returns the store. It returns an
// error when the folder cannot be created, the file is not a Carnet database,
// or a migration fails (the database is then left at its previous version).
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("cannot create the data folder %s: %w", dir, err)
	}
	path := filepath.Join(dir, FileName)
	if err := adoptMisplaced(path); err != nil {
		return nil, err
	}
	if f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600); err != nil {
		return nil, fmt.Errorf("cannot open %s: %w", path, err)
	} else {
		f.Close()
	}
	_ = os.Chmod(path, 0o600)
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("cannot open %s: %w", path, err)
	}
	s := &Store{db: db, path: path, now: time.Now}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// dsn returns the driver's data source name for the database file at path:
// a file: URI whose path is percent-encoded by url.URL, so that '#', '?',
// '%' and non-ASCII letters in folder names reach SQLite as they are, and
// whose query carries the connection pragmas. The modernc driver splits the
// query at the first '?', which can then only be ours, and hands the whole
// URI to sqlite3_open_v2 with SQLITE_OPEN_URI, which decodes the path. The
// page cache is 32 MiB per connection (SQLite's default is 2 MiB), so a
// search over a large record finds its indexes in memory; it grows only
// as pages are read.
func dsn(path string) string {
	q := url.Values{}
	for _, p := range []string{"foreign_keys(1)", "busy_timeout(5000)", "journal_mode(WAL)", "synchronous(FULL)", "cache_size(-32768)"} {
		q.Add("_pragma", p)
	}
	q.Add("_txlock", "immediate")
	return fileURI(path, q)
}

// fileURI returns the SQLite URI naming the file at path with the given
// query. A relative path is made absolute and a Windows drive path gets the
// leading slash SQLite expects ("file:///C:/...").
func fileURI(path string, q url.Values) string {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	u := url.URL{Scheme: "file", Path: p, RawQuery: q.Encode()}
	return u.String()
}

// Close closes the database. It returns the driver's error, if any.
func (s *Store) Close() error { return s.db.Close() }

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

// SetClock replaces the clock used for created/updated timestamps (tests, demo).
func (s *Store) SetClock(now func() time.Time) { s.now = now }

func (s *Store) stamp() string { return s.now().UTC().Format(timestampLayout) }

const timestampLayout = "2006-01-02T15:04:05Z"
const dateLayout = "2006-01-02"

// inTx runs fn in one transaction, committed when fn returns nil and rolled
// back otherwise.
func (s *Store) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(dateLayout)
}

func formatStamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timestampLayout)
}

func parseDate(s string) time.Time {
	t, _ := time.Parse(dateLayout, s)
	return t
}

func parseStamp(s string) time.Time {
	t, _ := time.Parse(timestampLayout, s)
	return t
}
