package ui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/i18n"
	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// Screen indexes, in tab order; Ctrl+1 shows the first.
const (
	ScreenHome = iota
	ScreenJournal
	ScreenMail
	ScreenRights
	ScreenMeetings
	ScreenReports
	ScreenSettings
)

// UI is Carnet's main window content: one tab per screen.
type UI struct {
	win  fyne.Window
	svc  Services
	opts Options
	tr   *i18n.Translator
	lbl  labeller
	ctx  context.Context
	stop context.CancelFunc // cancels the loads under way when the window closes

	tempDirs []string // copies of proofs opened with the system viewer
	loads    *pending // background loads not applied yet
	started  bool     // Accueil is drawn: the other screens may read the record
	tabs     *navigator
	marker   *paintMarker
	home     *homeScreen
	journal  *journalScreen
	mail     *mailScreen
	rights   *rightsScreen
	meetings *meetingsScreen
	reports  *reportsScreen
	settings *settingsScreen

	lastTrash      *trashDialog  // the trash dialog opened last (tests)
	lastFacts      *factsDialog  // the facts dialog opened last (tests)
	factsLoading   loadSlot      // the read of the confirmed facts
	shortcutsShown dialog.Dialog // the « Raccourcis » page, once opened
	noticesShown   dialog.Dialog // what was noticed at open, once told
}

// New builds the main window content in the given language, loads the
// record and installs the keyboard shortcuts on win.
func New(win fyne.Window, svc Services, lang string, opts Options) *UI {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	u := &UI{win: win, svc: svc, opts: opts, loads: newPending()}
	u.ctx, u.stop = context.WithCancel(context.Background())
	u.build(lang)
	u.addShortcuts()
	return u
}

func (u *UI) build(lang string) {
	u.tr = i18n.New(lang)
	u.lbl = labeller{u.tr}
	u.home = newHomeScreen(u)
	u.journal = newJournalScreen(u)
	u.mail = newMailScreen(u)
	u.rights = newRightsScreen(u)
	u.meetings = newMeetingsScreen(u)
	u.reports = newReportsScreen(u)
	u.settings = newSettingsScreen(u)
	// Only Accueil is laid out before the first frame: each other screen
	// joins the window the first time it is shown, so that the window does
	// not measure seven screens to open.
	u.tabs = newNavigator([]navItem{
		{u.tr.T("screen.home"), theme.HomeIcon(), u.home.content},
		{u.tr.T("screen.journal"), theme.ListIcon(), u.journal.content},
		{u.tr.T("screen.mail"), theme.MailComposeIcon(), u.mail.content},
		{u.tr.T("screen.rights"), theme.DocumentIcon(), u.rights.content},
		{u.tr.T("screen.meetings"), theme.AccountIcon(), u.meetings.content},
		{u.tr.T("screen.reports"), theme.DocumentPrintIcon(), u.reports.content},
		{u.tr.T("screen.settings"), theme.SettingsIcon(), u.settings.content},
	}, widget.NewButtonWithIcon(u.tr.T("nav.help"), theme.HelpIcon(), u.helpCurrent))
	u.win.SetTitle(u.tr.T("app.title"))
	if u.marker == nil {
		u.marker = newPaintMarker()
	}
	u.win.SetContent(container.NewStack(u.tabs.root, u.marker))
	// Accueil first; the other screens read the record once it is drawn,
	// so that their reads do not delay the first frame.
	u.home.refresh()
	u.afterFirstPaint(func() {
		u.started = true
		u.refreshScreens(changedAll)
	})
}

// afterFirstPaint runs f on the UI goroutine once the window has drawn
// Accueil with the record (at once in Synchronous mode or after).
func (u *UI) afterFirstPaint(f func()) {
	if u.opts.Synchronous {
		f()
		return
	}
	u.loads.add(1) // WaitLoaded waits for f and the loads it starts
	go func() {
		<-u.marker.painted
		u.do(func() {
			defer u.loads.add(-1)
			f()
		})
	}()
}

// Translator returns the translator of the current UI language.
func (u *UI) Translator() *i18n.Translator { return u.tr }

// Show switches to the screen with the given index (ScreenHome…).
func (u *UI) Show(screen int) { u.tabs.SelectIndex(screen) }

// change says what part of the record a save touched.
type change int

// The parts of the record a save can touch.
const (
	changedActs change = 1 << iota
	changedMails
	changedRequests
	changedMeetings // also acts: agreed actions become planned acts
	changedProfile  // the target, the département, the contract date
	changedAll      = changedActs | changedMails | changedRequests | changedMeetings | changedProfile
)

// changed refreshes, in the background, only the screens that show what
// changed. Accueil shows a little of everything.
func (u *UI) changed(c change) {
	u.home.refresh()
	u.refreshScreens(c)
}

// refreshScreens refreshes the screens other than Accueil that show what
// changed.
func (u *UI) refreshScreens(c change) {
	if c&(changedActs|changedMeetings) != 0 {
		u.journal.refresh()
	}
	if c&(changedActs|changedMeetings|changedProfile) != 0 {
		u.reports.updateSummary()
	}
	if c&changedMails != 0 {
		u.mail.refresh()
	}
	if c&(changedRequests|changedProfile) != 0 {
		u.rights.refresh()
	}
	if c&changedMeetings != 0 {
		u.meetings.refresh()
	}
}

// setLanguage rebuilds the whole window in another language.
func (u *UI) setLanguage(lang string) {
	current := u.tabs.SelectedIndex()
	u.build(lang)
	u.tabs.SelectIndex(current)
	if u.opts.OnLanguageChanged != nil {
		u.opts.OnLanguageChanged(lang)
	}
}

// showError tells the user an operation failed, in a sentence of the UI
// language that says what to do; the technical detail goes to stderr.
func (u *UI) showError(err error) {
	fmt.Fprintln(os.Stderr, "carnet:", err)
	dialog.ShowError(errors.New(carnet.Explain(u.tr, err)), u.win)
}

func (u *UI) addShortcuts() {
	c := u.win.Canvas()
	ctrl := fyne.KeyModifierShortcutDefault
	keys := []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5, fyne.Key6, fyne.Key7}
	for i, k := range keys {
		screen := i
		c.AddShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: ctrl}, func(fyne.Shortcut) { u.Show(screen) })
	}
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: ctrl}, func(fyne.Shortcut) { u.newAct() })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: ctrl}, func(fyne.Shortcut) { u.focusSearch() })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: ctrl}, func(fyne.Shortcut) { u.saveCurrentForm() })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: ctrl}, func(fyne.Shortcut) { u.undoCurrent() })
	// The desktop driver reports Ctrl+Z as fyne.ShortcutUndo, not as a custom shortcut.
	c.AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { u.undoCurrent() })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyH, Modifier: ctrl}, func(fyne.Shortcut) { u.showShortcuts() })
	c.SetOnTypedKey(func(k *fyne.KeyEvent) {
		if k.Name == fyne.KeyF1 {
			u.helpCurrent()
		}
	})
}

// BackedUp refreshes what shows the backups (Accueil's warning,
// Paramètres → Sauvegardes) after a backup made outside the window.
func (u *UI) BackedUp() {
	u.home.refresh()
	u.settings.backups.refresh()
}

// helpCurrent opens the « ? » help panel of the screen shown.
func (u *UI) helpCurrent() { u.ShowHelp(u.tabs.SelectedIndex()) }

// newAct opens an empty act form on the Journal screen.
func (u *UI) newAct() {
	u.Show(ScreenJournal)
	u.journal.openForm(nil)
}

func (u *UI) focusSearch() {
	switch u.tabs.SelectedIndex() {
	case ScreenMail:
		u.mail.closeForm()
		u.win.Canvas().Focus(u.mail.search)
	default:
		u.Show(ScreenJournal)
		u.journal.closeForm()
		u.win.Canvas().Focus(u.journal.search)
	}
}

func (u *UI) saveCurrentForm() {
	switch u.tabs.SelectedIndex() {
	case ScreenJournal:
		if u.journal.form != nil {
			u.journal.form.onSaveTapped()
		}
	case ScreenMail:
		if u.mail.form != nil {
			u.mail.form.onSaveTapped()
		}
	case ScreenMeetings:
		if u.meetings.form != nil {
			u.meetings.form.onSaveTapped()
		}
	case ScreenSettings:
		u.settings.onSaveTapped()
	}
}

func (u *UI) undoCurrent() {
	switch u.tabs.SelectedIndex() {
	case ScreenJournal:
		u.journal.undo.onUndoTapped()
	case ScreenMail:
		u.mail.undo.onUndoTapped()
	case ScreenRights:
		u.rights.undo.onUndoTapped()
	case ScreenMeetings:
		u.meetings.undo.onUndoTapped()
	}
}

// today returns the current calendar day.
func (u *UI) today() time.Time { return u.opts.Now() }

// OpenFirstAct shows the Journal with the newest act open in its form, or an
// empty form when there is none (screenshots, demos).
func (u *UI) OpenFirstAct() {
	u.Show(ScreenJournal)
	if len(u.journal.rows) > 0 {
		u.journal.openForm(&u.journal.rows[0])
		return
	}
	u.journal.openForm(nil)
}

// OpenLateRequest shows « Mes droits » with the first overdue or
// incompletely answered request open (screenshots, demos); the list alone
// when there is none.
func (u *UI) OpenLateRequest() {
	u.Show(ScreenRights)
	for _, r := range u.rights.rows {
		if st := u.rights.status(r); st == rights.StatusOverdue || st == rights.StatusIncomplete {
			u.rights.openDetail(r.ID)
			return
		}
	}
}

// OpenAnsweredRequest shows « Mes droits » with the first sent request
// that has answer files open, scrolled to what Carnet read in them
// (screenshots, demos); the list alone when there is none.
func (u *UI) OpenAnsweredRequest() {
	u.Show(ScreenRights)
	for _, r := range u.rights.rows {
		if !r.Sent() || r.Kind.FollowUp() {
			continue
		}
		reading, err := u.svc.ReadAnswer(u.ctx, r.ID, nil)
		if err != nil || len(reading.Files) == 0 {
			continue
		}
		u.rights.openDetail(r.ID)
		if d := u.rights.detail; d != nil && d.answer != nil {
			d.answer.show(reading) // already read: no second pass in the background
			d.scroll.ScrollToOffset(fyne.NewPos(0, d.answer.content.Position().Y))
		}
		return
	}
}

// ReplyToControl opens « Rapports » on the period a control questionnaire
// names, with its reply-by date shown.
func (u *UI) ReplyToControl(m journal.Mail) {
	u.Show(ScreenReports)
	u.reports.forControl(m)
}

// OpenNextMeeting shows « Rendez-vous » with the next meeting open
// (screenshots, demos); the list alone when there is none.
func (u *UI) OpenNextMeeting() {
	u.Show(ScreenMeetings)
	if m, ok := u.meetings.nextMeeting(); ok {
		u.meetings.openForm(&m)
	}
}

// OpenDraftPreview shows « Mes droits » with the first draft letter at its
// preview step (screenshots, demos); the list alone when there is none.
func (u *UI) OpenDraftPreview() {
	u.Show(ScreenRights)
	for _, r := range u.rights.rows {
		if !r.Sent() && !r.Kind.FollowUp() {
			u.rights.openDetail(r.ID)
			u.rights.wizard.showStep(3)
			return
		}
	}
}

// OpenSanctionExplanation shows the wizard's second step for a letter
// asking the logic of a sanction, with its notice that the letter is not
// the appeal (screenshots, demos).
func (u *UI) OpenSanctionExplanation() {
	u.Show(ScreenRights)
	u.rights.openDraft(rights.Request{Kind: rights.KindExplanation, Mode: rights.ModeRegistered,
		Decision: rights.Decision{Nature: "sanction"}})
}

// Close cancels the reads under way and removes the temporary copies of
// the proofs the user opened. It returns the first error met.
func (u *UI) Close() error {
	u.stop()
	var first error
	for _, d := range u.tempDirs {
		if err := os.RemoveAll(d); err != nil && first == nil {
			first = err
		}
	}
	u.tempDirs = nil
	return first
}
