// Package recorderr names what can go wrong with the record file itself —
// in use by another Carnet, disk full, not writable, damaged, not a Carnet
// record — so that the application layer can say it in a sentence with
// errors.Is, without depending on the storage package or its driver.
package recorderr

import "errors"

var (
	// ErrBusy means another process (another Carnet) holds the record for
	// writing and did not let go in time.
	ErrBusy = errors.New("the record is in use by another process")
	// ErrFull means the disk is full: the change was rolled back whole.
	ErrFull = errors.New("the disk is full")
	// ErrReadOnly means the record file or its folder cannot be written.
	ErrReadOnly = errors.New("the record cannot be written")
	// ErrDamaged means the record failed its integrity check: it is opened
	// read-only and never written.
	ErrDamaged = errors.New("the record is damaged")
	// ErrNotCarnet means the file exists but is not a Carnet record (empty,
	// another program's database, or not a database at all).
	ErrNotCarnet = errors.New("the file is not a Carnet record")
	// ErrNewer means the record was written by a newer Carnet.
	ErrNewer = errors.New("the record was written by a newer Carnet")
	// ErrOutdated means the record needs an upgrade that cannot be written
	// because it is opened read-only.
	ErrOutdated = errors.New("the record must be upgraded before it can be read")
)

// Error is an error of the record: Kind is one of the sentinels above and
// Err the underlying cause. errors.Is matches both.
type Error struct {
	Kind error
	Err  error
}

// Error returns the kind followed by the cause.
func (e *Error) Error() string {
	if e.Err == nil {
		return e.Kind.Error()
	}
	return e.Kind.Error() + ": " + e.Err.Error()
}

// Unwrap returns the kind and the cause, so errors.Is sees both.
func (e *Error) Unwrap() []error {
	if e.Err == nil {
		return []error{e.Kind}
	}
	return []error{e.Kind, e.Err}
}

// Wrap returns err marked as kind (nil when err is nil).
func Wrap(kind, err error) error {
	if err == nil {
		return nil
	}
	return &Error{Kind: kind, Err: err}
}
