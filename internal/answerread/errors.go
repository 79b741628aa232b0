package answerread

import (
	"errors"
	"fmt"
)

// The errors Extract returns, to be tested with errors.Is; each is wrapped
// with the name of the file it concerns.
var (
	// ErrTooLarge: a file is over Limits.MaxFileSize.
	ErrTooLarge = errors.New("file too large")
	// ErrArchiveTooLarge: the uncompressed content of the answer is over
	// Limits.MaxTotal (a zip bomb, or simply too much).
	ErrArchiveTooLarge = errors.New("uncompressed content too large")
	// ErrTooManyEntries: an archive or e-mail holds more files than
	// Limits.MaxEntries.
	ErrTooManyEntries = errors.New("too many files in the archive")
	// ErrTooDeep: archives or e-mail parts are nested deeper than
	// Limits.MaxDepth.
	ErrTooDeep = errors.New("files nested too deep")
	// ErrTooManyPages: a document has more pages than Limits.MaxPages.
	ErrTooManyPages = errors.New("too many pages")
	// ErrUnsupported: the file is of a kind Carnet cannot read.
	ErrUnsupported = errors.New("unsupported file type")
	// ErrEncrypted: the file is protected by a password.
	ErrEncrypted = errors.New("file protected by a password")
	// ErrDamaged: the file claims a format but cannot be read as such.
	ErrDamaged = errors.New("damaged file")
)

// fileError wraps err with the name of the file it concerns.
func fileError(name string, err error) error {
	return fmt.Errorf("%s: %w", name, err)
}

// damaged wraps a parser's error as ErrDamaged for the file name.
func damaged(name string, err error) error {
	return fmt.Errorf("%s: %w: %v", name, ErrDamaged, err)
}
