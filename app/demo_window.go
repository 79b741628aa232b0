package app

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

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
	e      *env
	app    fyne.App
	parent fyne.Window   // the main window, where a failure to fill is told
	lang   func() string // the language of the main window now
	// synchronous fills the folder and reads the record on the calling
	// goroutine (tests, as ui.Options.Synchronous).
	synchronous bool

	opening bool        // the folder is being filled
	win     fyne.Window // the open demonstration window, or nil
	close   func()      // closes its record and releases its folder
}

// open shows the demonstration window. The first time, demoFolder is
// filled with invented data in the background and the window opens when
// it is ready (a folder already filled is opened as it is); when the
// window is open already it is brought to the front, and a click while it
// is being filled does nothing. It returns an error when the folder is in
// use by another Carnet or cannot be opened; a failure to fill it is told
// in a dialog over the main window. Nothing of the user's record is touched.
func (d *demoWindow) open() error {
	if d.win != nil {
		d.win.RequestFocus()
		return nil
	}
	if d.opening {
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
	d.opening = true
	fill := func() error { return fillDemo(context.Background(), s, journal.Day(de.now())) }
	done := func(err error) {
		d.opening = false
		if err != nil {
			s.Close()
			release()
			fmt.Fprintln(de.stderr, de.tr.T("cli.error", de.explain(err)))
			dialog.ShowError(errors.New(carnet.Explain(i18n.New(d.lang()), err)), d.parent)
			return
		}
		d.show(&de, s, release)
	}
	if d.synchronous {
		done(fill())
		return nil
	}
	go func() {
		err := fill()
		fyne.Do(func() { done(err) })
	}()
	return nil
}

// show opens the window on the demonstration record s, in de.dataDir.
func (d *demoWindow) show(de *env, s *store.Store, release func()) {
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
