package store

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"strconv"
	"syscall"
	"time"

	"modernc.org/sqlite"

	"github.com/carnet-app/carnet/internal/recorderr"
)

// busyTimeout is how long a write waits for another process's write
// transaction (an import can take seconds) before ErrBusy.
var busyTimeout = 30 * time.Second

// quickCheckTimeout bounds the quick check run at open; a check cut short
// counts as passed (Check runs the full one).
var quickCheckTimeout = 5 * time.Second

func busyPragma() string {
	return "busy_timeout(" + strconv.FormatInt(busyTimeout.Milliseconds(), 10) + ")"
}

// identity is what identify learnt about an existing file.
type identity struct {
	version int  // PRAGMA user_version
	damaged bool // the quick check failed, or the schema cannot be read
}

const headerMagic = "SQLite format 3\x00"

// identify opens the file at path read-only and decides whether it is a
// Carnet record: application_id equal to ApplicationID, or 0 with Carnet's
// tables and a schema version from before the id (1 to 6); a file whose
// header is Carnet's but whose schema cannot be read is damaged. The quick
// check is left to the caller (Store.startCheck). It returns the read-only
// connection, or an error wrapping recorderr.ErrNotCarnet (an empty file,
// another program's database, anything else), ErrNewer, or the driver's
// error classified.
func identify(ctx context.Context, path string) (identity, *sql.DB, error) {
	var id identity
	head, err := readHeader(path)
	if err != nil {
		return id, nil, classify(fmt.Errorf("cannot read %s: %w", path, err))
	}
	if len(head) == 0 {
		return id, nil, recorderr.Wrap(recorderr.ErrNotCarnet, fmt.Errorf("%s is empty", path))
	}
	if len(head) < 100 || string(head[:16]) != headerMagic {
		return id, nil, recorderr.Wrap(recorderr.ErrNotCarnet, fmt.Errorf("%s is not a database", path))
	}
	headerID := binary.BigEndian.Uint32(head[68:72])
	headerVersion := binary.BigEndian.Uint32(head[60:64])
	ours := headerID == ApplicationID || headerID == 0 && headerVersion >= 1 && headerVersion < 7
	db, err := openRO(path)
	if err != nil {
		return id, nil, classify(err)
	}
	var appID int64
	var tables int
	err = db.QueryRowContext(ctx, `SELECT (SELECT application_id FROM pragma_application_id), (SELECT user_version FROM pragma_user_version),
		(SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('acts', 'profile'))`).Scan(&appID, &id.version, &tables)
	if err != nil {
		if ours && errors.Is(classify(err), recorderr.ErrDamaged) {
			id.damaged = true
			return id, db, nil
		}
		db.Close()
		if errors.Is(classify(err), recorderr.ErrDamaged) {
			return id, nil, recorderr.Wrap(recorderr.ErrNotCarnet, err)
		}
		return id, nil, classify(err)
	}
	switch {
	case appID == ApplicationID && id.version > LatestSchemaVersion():
		db.Close()
		return id, nil, recorderr.Wrap(recorderr.ErrNewer, fmt.Errorf("%s was written by a newer Carnet (schema %d); update Carnet", path, id.version))
	case appID == ApplicationID:
	case appID == 0 && tables == 2 && id.version >= 1 && id.version < 7:
	default:
		db.Close()
		return id, nil, recorderr.Wrap(recorderr.ErrNotCarnet, fmt.Errorf("%s is not a Carnet database (application_id %#x, schema %d)", path, appID, id.version))
	}
	return id, db, nil
}

// quickCheck runs PRAGMA quick_check for at most quickCheckTimeout and
// reports whether it found damage; a check cut short (timeout, ctx ended)
// finds none.
func quickCheck(ctx context.Context, db *sql.DB) bool {
	ctx, cancel := context.WithTimeout(ctx, quickCheckTimeout)
	defer cancel()
	rows, err := db.QueryContext(ctx, "PRAGMA quick_check(20)")
	if err != nil {
		return ctx.Err() == nil
	}
	defer rows.Close()
	for rows.Next() {
		var line string
		if rows.Scan(&line) != nil || line != "ok" {
			return true
		}
	}
	return rows.Err() != nil && ctx.Err() == nil
}

// readHeader returns the first 100 bytes of the file at path (fewer when
// it is shorter).
func readHeader(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	head := make([]byte, 100)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return head[:n], nil
}

// openRO opens the file at path read-only (mode=ro): SQLite writes
// nothing to it. When the folder forbids creating the shared-memory file a
// WAL database needs, it falls back to immutable=1, which reads the file
// as it is on disk.
func openRO(path string) (*sql.DB, error) {
	q := url.Values{"mode": {"ro"}}
	q.Add("_pragma", busyPragma())
	db, err := sql.Open("sqlite", fileURI(path, q))
	if err != nil {
		return nil, err
	}
	var n int
	err = db.QueryRow("SELECT count(*) FROM pragma_user_version").Scan(&n)
	if err == nil {
		return db, nil
	}
	db.Close()
	var se *sqlite.Error
	if !errors.As(err, &se) || se.Code()&0xff != 14 && se.Code()&0xff != 8 {
		return nil, err
	}
	q.Set("immutable", "1")
	return sql.Open("sqlite", fileURI(path, q))
}

// classify wraps err with the recorderr kind its SQLite code or system
// error means: busy or locked (ErrBusy), full (ErrFull), read-only or no
// permission (ErrReadOnly), corrupt or not a database (ErrDamaged). Other
// errors, and errors already classified, come back as they are.
func classify(err error) error {
	if err == nil {
		return nil
	}
	var done *recorderr.Error
	if errors.As(err, &done) {
		return err
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case 5, 6: // SQLITE_BUSY, SQLITE_LOCKED
			return recorderr.Wrap(recorderr.ErrBusy, err)
		case 13: // SQLITE_FULL
			return recorderr.Wrap(recorderr.ErrFull, err)
		case 8, 23: // SQLITE_READONLY, SQLITE_AUTH
			return recorderr.Wrap(recorderr.ErrReadOnly, err)
		case 11, 26: // SQLITE_CORRUPT, SQLITE_NOTADB
			return recorderr.Wrap(recorderr.ErrDamaged, err)
		}
	}
	switch {
	case errors.Is(err, syscall.ENOSPC):
		return recorderr.Wrap(recorderr.ErrFull, err)
	case errors.Is(err, fs.ErrPermission), errors.Is(err, syscall.EROFS):
		return recorderr.Wrap(recorderr.ErrReadOnly, err)
	}
	return err
}

// applicationID returns PRAGMA application_id.
func (s *Store) applicationID(ctx context.Context) (int64, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&id)
	return id, err
}
