package app

import (
	"context"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"

	"github.com/carnet-app/carnet/i18n"
	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/demo"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/store"
	"github.com/carnet-app/carnet/internal/ui"
)

// demoActs and demoSeed are the size and seed of the demonstration
// record, as `carnet demo` makes it by default.
const (
	demoActs = 400
	demoSeed = 1
)

// demoFolder returns the folder of the demonstration record: beside the
// data folder, with its name and "-demo" (".../carnet" → ".../carnet-demo"),
// so that it is never the data folder nor inside it.
func demoFolder(dataDir string) string {
	clean := filepath.Clean(dataDir)
	return filepath.Join(filepath.Dir(clean), filepath.Base(clean)+"-demo")
}

// demoWindow opens, from the first-run guide, a second window on a record
// of invented data in demoFolder; the user's record is never opened by it.
// One demonstration window at a time; its methods run on the UI goroutine.
type demoWindow struct {
	e    *env
	app  fyne.App
	lang func() string // the language of the main window now
	// synchronous reads the record on the UI goroutine (tests, as
	// ui.Options.Synchronous).
	synchronous bool

	win   fyne.Window // the open demonstration window, or nil
	close func()      // closes its record and releases its folder
}

// open shows the demonstration window, filling demoFolder with invented
// data the first time (a folder already filled is opened as it is). When
// the window is open already it is brought to the front. It returns an
// error when the folder is in use by another Carnet or cannot be filled,
// with nothing of the user's record touched.
func (d *demoWindow) open() error {
	if d.win != nil {
		d.win.RequestFocus()
		return nil
	}
	de := *d.e
	de.dataDir = demoFolder(d.e.dataDir)
	release, err := ClaimFolder(de.dataDir)
	if err != nil {
		return de.FolderInUse(err)
	}
	s, err := store.Open(de.dataDir)
	if err != nil {
		release()
		return err
	}
	if err := fillDemo(context.Background(), s, journal.Day(de.now())); err != nil {
		s.Close()
		release()
		return err
	}
	w := d.app.NewWindow("")
	title := func(lang string) { w.SetTitle(i18n.New(lang).T("demo.window_title")) }
	u := ui.New(w, carnet.New(s, de.now), d.lang(), ui.Options{DataDir: de.dataDir, Now: de.now,
		OnLanguageChanged: title, Synchronous: d.synchronous})
	title(u.Translator().Lang())
	d.win = w
	d.close = func() {
		_ = u.Close()
		s.Close()
		release()
	}
	w.SetOnClosed(d.shut)
	w.Resize(fyne.NewSize(1100, 760))
	w.Show()
	return nil
}

// shut closes the demonstration record and releases its folder, once;
// the window calls it when it closes, runGUI when Carnet quits.
func (d *demoWindow) shut() {
	if d.close != nil {
		d.close()
	}
	d.win, d.close = nil, nil
}

// fillDemo adds the demonstration record to s when it is empty, as
// `carnet demo` does; a record that holds data is left as it is.
func fillDemo(ctx context.Context, s *store.Store, today time.Time) error {
	empty, err := s.IsEmpty(ctx)
	if err != nil || !empty {
		return err
	}
	rec := demo.Generate(demoActs, demoSeed, today)
	if err := attachSnapshots(&rec); err != nil {
		return err
	}
	_, err = s.Import(ctx, &rec.Profile, rec.Acts, rec.Mails, rec.Requests, rec.Meetings)
	return err
}
