package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/recorderr"
)

// FileName is the name of the database file inside the data folder.
const FileName = "carnet.db"

// ApplicationID is the PRAGMA application_id of every Carnet record
// ("CRNT"): a file without it is not adopted.
const ApplicationID = 0x43524E54

// ErrNotFound is returned when a record with the given ID does not exist.
var ErrNotFound = journal.ErrNotFound

// Notices Open may report, for the faces to tell the user (Notices).
const (
	// NoticeFolderTightened: the data folder was readable by others and
	// is now private (0700).
	NoticeFolderTightened = "folder_tightened"
	// NoticeDamaged: the quick check found damage; the record is opened
	// read-only and every write is refused.
	NoticeDamaged = "damaged"
	// NoticeReadOnly: the record or its folder cannot be written; it is
	// opened read-only.
	NoticeReadOnly = "read_only"
)

// Store is the SQLite-backed record of one user.
type Store struct {
	db       *sql.DB
	path     string
	now      func() time.Time
	readOnly bool // opened read-only: every write is refused
	damaged  bool // the quick check failed: every write is refused
	notices  []string
	// checked is closed when the quick check that runs in the background
	// after Open is over (nil when none runs); damaged and notices are
	// final only then. stopCheck cuts it short (Close).
	checked   chan struct{}
	stopCheck context.CancelFunc
	// releaseCheck lets a held quick check start (OpenHeld); it does
	// nothing the second time.
	releaseCheck func()
}

// Open opens the record in dir for reading and writing. A missing folder
// is created (0700), a folder others can read is made private, and a
// missing database file is created complete (migrated in a hidden file,
// then linked in place), so carnet.db never exists half-made. An existing
// file must be a Carnet record: PRAGMA application_id, or a record of an
// earlier version (its tables and schema version), which is stamped. The
// file is quick-checked (bounded by quickCheckTimeout) in the background:
// reads go ahead at once and the first write waits for the verdict; before
// a migration, or when a killed process left a journal, the check runs
// first. A damaged file is then read-only (Damaged, notice NoticeDamaged)
// and never written. It returns an error wrapping a
// recorderr sentinel when the file is not a Carnet record (ErrNotCarnet),
// comes from a newer Carnet (ErrNewer), cannot be written (ErrReadOnly),
// is held by another process (ErrBusy), or a migration fails (the database
// is then left at its previous version).
func Open(dir string) (*Store, error) { return open(dir, false, false) }

// OpenHeld is Open for the window: the quick check waits until something
// needs its verdict (a write, Notices, Damaged or ReadOnly) instead of
// starting at once. On a large record the check reads the whole file, and
// started at once it would compete with drawing the first frame for the
// cores of a small machine (1 s instead of 0.6 s with 100,000 acts). Reads
// go ahead at once, as with Open.
func OpenHeld(dir string) (*Store, error) { return open(dir, false, true) }

// OpenReadOnly opens the record in dir without writing anything: neither
// the folder, the file nor its journal is created or changed, and every
// write returns an error wrapping recorderr.ErrReadOnly. It works in a
// folder and on a file the user cannot write. It returns an error when the
// file is missing (fs.ErrNotExist), not a Carnet record, or from an earlier
// version that must first be upgraded with write access
// (recorderr.ErrOutdated).
func OpenReadOnly(dir string) (*Store, error) { return open(dir, true, false) }

// Notices returns the codes of what Open did or found that the user must
// be told (NoticeFolderTightened, NoticeDamaged, NoticeReadOnly).
// It waits for the quick check that Open started (at most
// quickCheckTimeout).
func (s *Store) Notices() []string {
	s.waitChecked()
	return append([]string(nil), s.notices...)
}

// Damaged reports whether the quick check at open found damage, once it
// is over (it waits for it).
func (s *Store) Damaged() bool {
	s.waitChecked()
	return s.damaged
}

// ReadOnly reports whether every write is refused (opened read-only or
// damaged); it waits for the quick check.
func (s *Store) ReadOnly() bool { return s.readOnly || s.Damaged() }

func open(dir string, readOnly, held bool) (*Store, error) {
	ctx := context.Background()
	var notices []string
	if !readOnly {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, classify(fmt.Errorf("cannot create the data folder %s: %w", dir, err))
		}
	}
	if tightenFolder(dir) {
		notices = append(notices, NoticeFolderTightened)
	}
	path := filepath.Join(dir, FileName)
	if !readOnly {
		if err := adoptMisplaced(path); err != nil {
			return nil, err
		}
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) && !readOnly {
		if err := create(ctx, dir, path); err != nil {
			return nil, err
		}
	} else if err != nil {
		return nil, classify(err)
	}
	if info, err := os.Stat(path); err == nil && info.Mode().Perm()&0o077 != 0 {
		_ = os.Chmod(path, info.Mode().Perm()&0o600) // private, and never made writable
	}
	id, ro, err := identify(ctx, path)
	if err != nil {
		return nil, err
	}
	s := &Store{db: ro, path: path, now: time.Now, readOnly: readOnly, damaged: id.damaged}
	if id.damaged {
		s.notices = append(notices, NoticeDamaged)
		return s, nil
	}
	if !readOnly && !writable(dir, path) {
		ro.Close()
		return nil, recorderr.Wrap(recorderr.ErrReadOnly, fmt.Errorf("%s or its folder cannot be written", path))
	}
	if readOnly {
		if id.version < LatestSchemaVersion() {
			ro.Close()
			return nil, recorderr.Wrap(recorderr.ErrOutdated, fmt.Errorf("%s is at schema %d", path, id.version))
		}
		s.notices = notices
		s.startCheck(ro, held)
		return s, nil
	}
	if (id.version < LatestSchemaVersion() || hasJournal(path)) && quickCheck(ctx, ro) {
		// A migration writes, and closing merges a journal left by a
		// killed process into the file: a damaged file gets neither.
		s.damaged, s.notices = true, append(notices, NoticeDamaged)
		return s, nil
	}
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		ro.Close()
		return nil, classify(fmt.Errorf("cannot open %s: %w", path, err))
	}
	s = &Store{db: db, path: path, now: time.Now, notices: notices}
	if err := s.migrate(ctx); err != nil {
		ro.Close()
		db.Close()
		return nil, classify(err)
	}
	s.startCheck(ro, held)
	return s, nil
}

// hasJournal reports whether the record at path has a non-empty
// write-ahead log beside it, which closing would merge into it.
func hasJournal(path string) bool {
	info, err := os.Stat(path + "-wal")
	return err == nil && info.Size() > 0
}

// tightenFolder makes dir private (0700) when others may read or enter it
// and reports whether it did. On Windows Go reports every folder as 0777
// and chmod only sets read-only: the user's profile folder is kept private
// by its access list, so there is nothing to tighten or to tell.
func tightenFolder(dir string) bool {
	if runtime.GOOS == "windows" {
		return false
	}
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() || info.Mode().Perm()&0o077 == 0 {
		return false
	}
	return os.Chmod(dir, info.Mode().Perm()&0o700|0o700) == nil
}

// writable reports whether the file at path and its folder dir can be
// written, by trying: permission bits say nothing on some systems.
func writable(dir, path string) bool {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return false
	}
	f.Close()
	probe, err := os.CreateTemp(dir, ".carnet-probe-*")
	if err != nil {
		return false
	}
	probe.Close()
	return os.Remove(probe.Name()) == nil
}

// create makes a complete, migrated and checkpointed record in a hidden
// file of dir, then links it to path (or renames it where the file system
// has no hard links), so that path never names a half-made record. When another process created path meanwhile, its file
// is kept and this one dropped.
func create(ctx context.Context, dir, path string) error {
	f, err := os.CreateTemp(dir, ".carnet-new-*.db")
	if err != nil {
		return classify(fmt.Errorf("cannot create %s: %w", path, err))
	}
	tmp := f.Name()
	f.Close()
	defer func() {
		for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
			_ = os.Remove(tmp + suffix)
		}
	}()
	db, err := sql.Open("sqlite", dsn(tmp))
	if err != nil {
		return classify(err)
	}
	s := &Store{db: db, path: tmp, now: time.Now}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return classify(err)
	}
	if err := db.Close(); err != nil {
		return classify(err)
	}
	if _, err := os.Stat(tmp + "-wal"); err == nil {
		return fmt.Errorf("cannot create %s: its journal was not merged", path)
	}
	if err := os.Link(tmp, path); err != nil && !errors.Is(err, fs.ErrExist) {
		// A file system without hard links (FAT on a USB key): rename,
		// unless another process created the record meanwhile.
		if _, statErr := os.Stat(path); statErr == nil {
			return nil
		}
		if err := os.Rename(tmp, path); err != nil {
			return classify(fmt.Errorf("cannot create %s: %w", path, err))
		}
	}
	syncDir(dir)
	return nil
}

// syncDir flushes the folder's entries to disk (best effort).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
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
	for _, p := range []string{"foreign_keys(1)", busyPragma(), "journal_mode(WAL)", "synchronous(FULL)", "cache_size(-32768)"} {
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

// Close cuts short the quick check if it still runs and closes the
// database. It returns the driver's error, if any.
func (s *Store) Close() error {
	if s.stopCheck != nil {
		s.stopCheck()
		s.waitChecked()
	}
	return s.db.Close()
}

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

// SetClock replaces the clock used for created/updated timestamps (tests, demo).
func (s *Store) SetClock(now func() time.Time) { s.now = now }

func (s *Store) stamp() string { return s.now().UTC().Format(timestampLayout) }

const timestampLayout = "2006-01-02T15:04:05Z"
const dateLayout = "2006-01-02"

// inTx runs fn in one transaction, committed when fn returns nil and rolled
// back otherwise. On a damaged or read-only record it writes nothing and
// returns an error wrapping recorderr.ErrDamaged or ErrReadOnly; driver
// errors come back wrapped with their recorderr kind (see classify).
func (s *Store) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	s.waitChecked()
	switch {
	case s.damaged:
		return recorderr.Wrap(recorderr.ErrDamaged, fmt.Errorf("%s failed its check: nothing is written to it", s.path))
	case s.readOnly:
		return recorderr.Wrap(recorderr.ErrReadOnly, fmt.Errorf("%s is open read-only", s.path))
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return classify(err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return classify(err)
	}
	return classify(tx.Commit())
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
