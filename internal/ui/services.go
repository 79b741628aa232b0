package ui

import (
	"context"
	"io"
	"time"

	"github.com/carnet-app/carnet/i18n"
	"github.com/carnet-app/carnet/internal/answerfind"
	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/report"
	"github.com/carnet-app/carnet/internal/rights"
)

// UseCases are the application layer's use cases the screens run; the
// command line runs the same ones, so both faces give the same results.
type UseCases interface {
	Home(ctx context.Context, tr *i18n.Translator) (carnet.Home, error)
	JournalPage(ctx context.Context, f journal.ActFilter, after *journal.Act) (carnet.ActsPage, error)
	Dossier(ctx context.Context, o carnet.DossierOptions) (report.Dossier, error)
	WriteDossier(ctx context.Context, w io.Writer, o carnet.DossierOptions, format string, progress func(done, total int)) error
	Brief(ctx context.Context, m journal.Meeting) ([]byte, error)
	SendLetter(ctx context.Context, r rights.Request, l carnet.Letter, sentOn time.Time, registered string) (rights.Request, error)
	Backup(ctx context.Context) (carnet.BackupInfo, error)
	ListBackups(ctx context.Context) ([]carnet.BackupInfo, error)
	EncryptedBackupFile(ctx context.Context, passphrase string) (string, error)
	RestoreItem(ctx context.Context, it journal.TrashItem) error
	AttachAnswer(ctx context.Context, requestID string, files []carnet.AnswerInput, progress func(done, total int)) (carnet.AnswerReading, error)
	ReadAnswer(ctx context.Context, requestID string, progress func(done, total int)) (carnet.AnswerReading, error)
	ConfirmFact(ctx context.Context, requestID string, f answerfind.Fact) (answerfind.ConfirmedFact, error)
	Facts(ctx context.Context) ([]answerfind.FactHistory, error)
}

// Services is everything the screens need: the record's reads and writes
// and the use cases. *carnet.App implements it; only app knows that.
type Services interface {
	carnet.Record
	UseCases
}

// Options tunes the main window.
type Options struct {
	DataDir string           // shown in the settings screen
	Now     func() time.Time // the clock; time.Now when nil
	// OnLanguageChanged is called after the user picked another UI language.
	OnLanguageChanged func(lang string)
	// Synchronous runs every read and search at once on the calling
	// goroutine instead of in the background (tests that check content).
	Synchronous bool
	// SaveFile, when set, receives the files the user would save (a
	// dossier, a brief, a letter) instead of the save dialog: scripts and
	// tests. It returns the name saved, or an error.
	SaveFile func(name string, r io.Reader) (string, error)
	// Post, when set, replaces fyne.Do for the work the background loads
	// send back to the window: a script or a test that drives the window
	// from its own goroutine then runs that work itself, in turn with its
	// own actions (Fyne's test driver would run it at once on the loader's
	// goroutine, alongside the test).
	Post func(func())
	// StageRestore, when set, reads and checks a backup file (with its
	// passphrase when encrypted) and leaves it to replace the record at
	// the next start; Paramètres → Sauvegardes offers « Restaurer… » then.
	StageRestore func(ctx context.Context, file, passphrase string) error
	// Version is Carnet's version, shown in the « À propos » box.
	Version string
	// OpenDemo, when set, fills a separate folder with demonstration data
	// and opens a second window on it; the user's record is not touched.
	OpenDemo func() error
}
