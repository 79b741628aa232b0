package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"fmt"
	"io"
	"net/url"
	"os"
	"time"
)

// ErrNotCarnetFile is returned when a file given as a backup is not a
// Carnet database (not SQLite, or SQLite without Carnet's schema).
var ErrNotCarnetFile error = notCarnetError{}

type notCarnetError struct{}

func (notCarnetError) Error() string { return "not a Carnet database file" }

// NotCarnetFile marks the error for callers that do not import store.
func (notCarnetError) NotCarnetFile() bool { return true }

// NewerSchemaError is returned when a file was written by a newer Carnet.
type NewerSchemaError struct {
	Version, Latest int
}

// NewerSchema marks the error for callers that do not import store.
func (e *NewerSchemaError) NewerSchema() bool { return true }

func (e *NewerSchemaError) Error() string {
	return fmt.Sprintf("schema %d is newer than this Carnet's %d", e.Version, e.Latest)
}

// sqliteMagic opens every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// BackupTo writes a consistent copy of the whole record to path with
// VACUUM INTO, while other connections may read and write. path must not
// exist or be an empty file; it is created with mode 0600 before SQLite
// fills it, so the copy is never readable by others. It returns an error
// when the copy cannot be written (the partial file is then removed when
// BackupTo created it).
func (s *Store) BackupTo(ctx context.Context, path string) error {
	created := false
	if fi, err := os.Stat(path); err == nil {
		if fi.Size() != 0 {
			return fmt.Errorf("cannot back up into %s: %w", path, os.ErrExist)
		}
	} else {
		f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err != nil {
			return err
		}
		f.Close()
		created = true
	}
	_ = os.Chmod(path, 0o600)
	if _, err := s.db.ExecContext(ctx, "VACUUM INTO ?", path); err != nil {
		if created {
			os.Remove(path)
		} else {
			_ = os.Truncate(path, 0)
		}
		return err
	}
	return syncFile(path)
}

// VerifyBackup is VerifyFile, for callers that reach the store through an
// interface.
func (s *Store) VerifyBackup(ctx context.Context, path string) ([]string, error) {
	return VerifyFile(ctx, path)
}

// BackupSchema is FileSchema, for callers that reach the store through an
// interface.
func (s *Store) BackupSchema(path string) (int, error) { return FileSchema(path) }

// LatestSchema returns LatestSchemaVersion.
func (s *Store) LatestSchema() int { return LatestSchemaVersion() }

// syncFile flushes the file at path to the disk.
func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// FileSchema reads the schema version from the header of the database file
// at path without opening it with SQLite. It returns ErrNotCarnetFile when
// the file is not SQLite, carries another program's application_id, or
// holds no Carnet schema, and the file system's
// error when it cannot be read.
func FileSchema(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	head := make([]byte, 100)
	if _, err := io.ReadFull(f, head); err != nil {
		return 0, ErrNotCarnetFile
	}
	if !bytes.HasPrefix(head, sqliteMagic) {
		return 0, ErrNotCarnetFile
	}
	v := int(int32(binary.BigEndian.Uint32(head[60:64])))
	app := binary.BigEndian.Uint32(head[68:72])
	// Carnet's application_id, or none with a schema from before it (as identify).
	if v <= 0 || app != ApplicationID && !(app == 0 && v < 7) {
		return 0, ErrNotCarnetFile
	}
	return v, nil
}

// VerifyFile checks the database file at path as a backup without
// changing a byte of it: it opens it read-only, refuses a newer schema
// (*NewerSchemaError) or a file that is not Carnet's (ErrNotCarnetFile),
// runs PRAGMA integrity_check and, for a file at the latest schema, every
// rule of Check (SHA-256 of the proofs included). It returns the problems
// found, none when the file is sound, or an error when the checks could
// not run.
func VerifyFile(ctx context.Context, path string) ([]string, error) {
	v, err := FileSchema(path)
	if err != nil {
		return nil, err
	}
	if v > LatestSchemaVersion() {
		return nil, &NewerSchemaError{Version: v, Latest: LatestSchemaVersion()}
	}
	q := url.Values{}
	q.Add("mode", "ro")
	q.Add("immutable", "1")
	q.Add("_pragma", "query_only(1)")
	db, err := sql.Open("sqlite", fileURI(path, q))
	if err != nil {
		return nil, err
	}
	defer db.Close()
	s := &Store{db: db, path: path, now: time.Now}
	if v == LatestSchemaVersion() {
		return s.Check(ctx)
	}
	var problems []string
	lines, err := queryAll(ctx, s, scanString, "PRAGMA integrity_check")
	if err != nil {
		return nil, err
	}
	for _, line := range lines {
		if line != "ok" {
			problems = append(problems, "integrity: "+line)
		}
	}
	return problems, nil
}
