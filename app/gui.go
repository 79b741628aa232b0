package app

import (
	"context"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/driver/software"

	"github.com/carnet-app/carnet/assets"
	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/store"
	"github.com/carnet-app/carnet/internal/ui"
)

// AppID is Carnet's application identifier (also in FyneApp.toml).
const AppID = "fr.carnet.app"

// trashKeepDays is how long deleted records stay restorable.
const trashKeepDays = 30

type guiOptions struct {
	probe      bool   // draw the first frame, print first_frame_ms and quit
	captureDir string // write a PNG of every screen there and quit
}

var processStart = time.Now()

// runGUI opens the window on the record in the data folder.
func runGUI(e *env, opts guiOptions) error {
	// Leftovers of a killed export or window (partial files, copies of
	// opened proofs) go first; then the folder is claimed, so that a second
	// window is told the record is in use instead of racing the first.
	if _, err := Sweep(e.dataDir); err != nil {
		fmt.Fprintln(e.stderr, e.tr.T("cli.error", e.explain(err)))
	}
	release, err := ClaimFolder(e.dataDir)
	if err != nil {
		return e.FolderInUse(err)
	}
	defer release()
	// A restore chosen in Paramètres replaces the record now, before it is opened.
	if info, done, err := carnet.FinishPendingRestore(context.Background(), e.dataDir, e.now, openRecord); err != nil {
		fmt.Fprintln(e.stderr, e.tr.T("cli.error", e.explain(err)))
	} else if done {
		fmt.Fprintln(e.stderr, e.tr.T("restore.saved", info.Saved))
	}
	// The quick check of the record waits for the first frame (the notices
	// below ask for its verdict) or for the first write.
	s, err := store.OpenHeld(e.dataDir)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := context.Background()
	profile, err := s.Profile(ctx)
	if err != nil {
		return err
	}
	// On a first run the language is the system's (LANG); it is kept only
	// once the user chooses it in Paramètres. The first-run guide opens by
	// itself while the record is empty, until it has been shown once.
	firstRun := false
	if empty, err := s.IsEmpty(ctx); err == nil && empty {
		profile.Language = e.tr.Lang()
		firstRun = !guideShown(e.dataDir)
	}
	// Fyne's own strings (dialogs) follow the locale; set it before the app exists.
	normaliseLocale(profile.Language)
	_ = ui.AddFyneTranslations() // Carnet's words for Fyne's dialogs; re-reads the locale
	a := fyneapp.NewWithID(AppID)
	a.SetIcon(fyne.NewStaticResource("carnet.png", assets.Icon))
	a.Settings().SetTheme(ui.NewTheme(profile.TextScale, profile.Theme))
	w := a.NewWindow("Carnet")
	// Small enough for a 1024×600 netbook screen with its panel; the screens
	// list themselves down the side when their buttons do not fit across.
	w.Resize(fyne.NewSize(1000, 560))
	stage := func(ctx context.Context, file, passphrase string) error {
		_, err := carnet.StageRestore(ctx, e.dataDir, file, func() (string, error) { return passphrase, nil }, openRecord)
		return err
	}
	var u *ui.UI
	demoWin := &demoWindow{e: e, app: a, parent: w, lang: func() string { return u.Translator().Lang() }}
	defer demoWin.shut()
	u = ui.New(w, carnet.New(s, e.now), profile.Language, ui.Options{DataDir: e.dataDir, Now: e.now, StageRestore: stage,
		Version: Version, OpenDemo: demoWin.open})
	var scriptErr error
	if opts.probe || opts.captureDir != "" {
		a.Lifecycle().SetOnStarted(func() {
			go func() {
				if opts.probe {
					scriptErr = probeFirstFrame(e, u)
				} else {
					scriptErr = captureScreens(u, w, opts.captureDir)
				}
				fyne.Do(a.Quit)
			}()
		})
	}
	// The trash is emptied of what is older than trashKeepDays once the
	// window is drawn, off the first frame's path, then a rolling backup
	// is made when the last one is older than a day (not for the probe and
	// the captures, which measure and show the record as it is); a failure
	// is told on stderr and leaves the trash and the backups as they were.
	scripted := opts.probe || opts.captureDir != ""
	uc := carnet.New(s, e.now)
	quit, purged := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(purged)
		select {
		case <-u.FirstPaint():
		case <-quit:
			return
		}
		// What the store noticed at open (a damaged or read-only record, a
		// folder made private) is told once the window is drawn.
		if notices := s.Notices(); len(notices) > 0 {
			var lines []string
			for _, n := range notices {
				lines = append(lines, u.Translator().T("notice."+n))
			}
			fyne.Do(func() { u.ShowNotices(lines) })
		}
		if firstRun && !scripted {
			fyne.Do(u.ShowFirstRunGuide)
			if err := rememberGuideShown(e.dataDir, e.now()); err != nil {
				fmt.Fprintln(e.stderr, e.tr.T("cli.error", e.explain(err)))
			}
		}
		if _, err := s.PurgeTrash(ctx, e.now().AddDate(0, 0, -trashKeepDays)); err != nil {
			fmt.Fprintln(e.stderr, e.tr.T("cli.error", e.explain(err)))
		}
		if !scripted {
			if _, made, err := uc.AutoBackup(ctx); err != nil {
				fmt.Fprintln(e.stderr, e.tr.T("cli.error", e.explain(err)))
			} else if made {
				fyne.Do(u.BackedUp) // Accueil drops its « no backup » warning
			}
		}
	}()
	w.ShowAndRun()
	close(quit)
	<-purged
	// On quit, a backup when the record changed since the last one.
	if !scripted {
		if _, _, err := uc.BackupIfChanged(ctx); err != nil {
			fmt.Fprintln(e.stderr, e.tr.T("cli.error", e.explain(err)))
		}
	}
	if err := u.Close(); err != nil && scriptErr == nil {
		scriptErr = err
	}
	return scriptErr
}

// probeFirstFrame waits until the window's render loop has walked the
// content for a paint, with the record loaded, and reports the time since
// the process started. It runs on its own goroutine.
func probeFirstFrame(e *env, u *ui.UI) error {
	select {
	case <-u.FirstPaint():
		fmt.Fprintf(e.stdout, "first_frame_ms=%d\n", time.Since(processStart).Milliseconds())
		return nil
	case <-time.After(30 * time.Second):
		return fmt.Errorf("the window did not draw its first frame within 30 seconds")
	}
}

// hasContent reports whether an image holds more than one colour.
func hasContent(img image.Image) bool {
	b := img.Bounds()
	if b.Dx() == 0 || b.Dy() == 0 {
		return false
	}
	r0, g0, b0, _ := img.At(b.Min.X, b.Min.Y).RGBA()
	for y := b.Min.Y; y < b.Max.Y; y += 7 {
		for x := b.Min.X; x < b.Max.X; x += 7 {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r != r0 || g != g0 || bl != b0 {
				return true
			}
		}
	}
	return false
}

// captureScreens writes one PNG per screen, plus the act form, to dir. It
// runs on its own goroutine and waits for each screen to be drawn.
func captureScreens(u *ui.UI, w fyne.Window, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	shots := []struct {
		name string
		show func()
	}{
		{"accueil.png", func() { u.Show(ui.ScreenHome) }},
		{"journal.png", func() { u.Show(ui.ScreenJournal) }},
		{"journal-formulaire.png", func() { u.OpenFirstAct() }},
		{"courriers.png", func() { u.Show(ui.ScreenMail) }},
		{"droits.png", func() { u.Show(ui.ScreenRights) }},
		{"droits-suivi.png", func() { u.OpenLateRequest() }},
		{"droits-apercu.png", func() { u.OpenDraftPreview() }},
		{"droits-explication.png", func() { u.OpenSanctionExplanation() }},
		{"droits-reponse.png", func() { u.OpenAnsweredRequest() }},
		{"droits-faits.png", func() { u.Show(ui.ScreenRights); u.ShowFacts() }},
		{"rendez-vous.png", func() { u.Show(ui.ScreenMeetings) }},
		{"rendez-vous-fiche.png", func() { u.OpenNextMeeting() }},
		{"rapports.png", func() { u.Show(ui.ScreenReports) }},
		{"parametres.png", func() { u.Show(ui.ScreenSettings) }},
		{"parametres-sauvegardes.png", func() { u.ShowBackups() }},
	}
	for _, s := range shots {
		u.WaitLoaded() // the record is on screen before the shot
		fyne.DoAndWait(s.show)
		u.WaitLoaded()
		var img image.Image
		fyne.DoAndWait(func() { img = renderWindow(w) })
		if !hasContent(img) {
			return fmt.Errorf("screen %s was not drawn", s.name)
		}
		f, err := os.Create(filepath.Join(dir, s.name))
		if err != nil {
			return err
		}
		err = png.Encode(f, img)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
		// A dialog the shot opened closes before the next screen.
		fyne.DoAndWait(func() {
			for o := w.Canvas().Overlays().Top(); o != nil; o = w.Canvas().Overlays().Top() {
				w.Canvas().Overlays().Remove(o)
			}
		})
	}
	return nil
}

// renderWindow draws the window's content with Fyne's software painter at
// the window's size, then gives the content back to the window.
func renderWindow(w fyne.Window) image.Image {
	content := w.Content()
	size := w.Canvas().Size()
	top := w.Canvas().Overlays().Top() // a dialog open over the screen
	c := software.NewCanvas()
	c.SetPadded(false)
	c.SetContent(content)
	if top != nil {
		w.Canvas().Overlays().Remove(top)
		c.Overlays().Add(top)
	}
	c.Resize(size)
	content.Refresh() // a second pass, for rows that wrapped in the first
	img := c.Capture()
	if top != nil {
		c.Overlays().Remove(top)
		w.Canvas().Overlays().Add(top)
	}
	w.SetContent(content)
	return img
}

// guideMark is the file in the data folder that says the first-run guide
// opened by itself once; it holds the date it did. It is not part of the
// record (backups and exports leave it out) and nothing else reads it.
const guideMark = "first-run-guide-shown"

// guideShown reports whether the first-run guide has opened by itself in
// this data folder already.
func guideShown(dataDir string) bool {
	_, err := os.Stat(filepath.Join(dataDir, guideMark))
	return err == nil
}

// rememberGuideShown writes guideMark, so that the guide does not open by
// itself again, whether it was filled, skipped or closed; Paramètres can
// open it again. It returns the error of writing the file.
func rememberGuideShown(dataDir string, now time.Time) error {
	return os.WriteFile(filepath.Join(dataDir, guideMark), []byte(now.Format(time.RFC3339)+"\n"), 0o600)
}
