package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/journal"
)

// firstRunGuide is the « Bienvenue » guide: five steps in a modal dialog
// (what Carnet is, the profile, the weekly target, the backups, the
// demonstration). Each step can be skipped; « Suivant » saves what the
// step holds through the same checks and the same SaveProfile as
// Paramètres, and a refused save keeps the step open with its errors.
type firstRunGuide struct {
	formBase
	dlg   dialog.Dialog
	steps []guideStep
	step  int

	title, counter       *widget.Label
	body                 *fyne.Container
	scroll               *container.Scroll
	closeButton          *widget.Button
	skip, previous, next *widget.Button

	name, birthDate, address, email, ftID, agency, departement, target *formEntry

	backupFolder *backupFolderRow
	demoButton   *widget.Button
	demoStatus   *widget.Label
}

// guideStep is one page of the guide; save, when set, stores what the
// page holds and reports whether it was accepted.
type guideStep struct {
	title   string
	content fyne.CanvasObject
	save    func() bool
}

// ShowFirstRunGuide opens the first-run guide over the window: what Carnet
// is and its privacy promise, the profile, the weekly target, where the
// backups go and, when Options.OpenDemo is set, a demonstration on
// invented data. Every step has « Passer », « Précédent » and « Suivant »
// (« Terminer » at the end), and « Fermer le guide » closes it at any
// step; only « Suivant » on the profile and target steps writes, and only
// what those steps show. An error is shown in a dialog.
func (u *UI) ShowFirstRunGuide() { u.openFirstRunGuide() }

// openFirstRunGuide builds and shows the guide and returns it (tests).
func (u *UI) openFirstRunGuide() *firstRunGuide {
	g := &firstRunGuide{}
	g.formBase = newFormBase(u, g.onNextTapped, g.onCloseTapped)
	g.buildUI()
	g.load()
	g.showStep(0)
	g.dlg.Show()
	return g
}

func (g *firstRunGuide) buildUI() {
	tr := g.ui.tr
	g.steps = []guideStep{
		{title: tr.T("guide.welcome.title"), content: g.welcomeStep()},
		{title: tr.T("guide.profile.title"), content: g.profileStep(), save: g.saveProfile},
		{title: tr.T("guide.target.title"), content: g.targetStep(), save: g.saveTarget},
		{title: tr.T("guide.backup.title"), content: g.backupStep()},
		{title: tr.T("guide.demo.title"), content: g.demoStep()},
	}
	g.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	g.title.Wrapping = fyne.TextWrapWord
	g.counter = widget.NewLabel("")
	g.body = container.NewStack()
	g.scroll = container.NewVScroll(g.body)
	g.closeButton = widget.NewButtonWithIcon(tr.T("guide.close"), theme.CancelIcon(), g.onCloseTapped)
	g.skip = widget.NewButton(tr.T("guide.skip"), g.onSkipTapped)
	g.previous = widget.NewButtonWithIcon(tr.T("guide.previous"), theme.NavigateBackIcon(), g.onPreviousTapped)
	g.next = widget.NewButtonWithIcon(tr.T("guide.next"), theme.NavigateNextIcon(), g.onNextTapped)
	g.next.Importance = widget.HighImportance
	g.next.IconPlacement = widget.ButtonIconTrailingText
	buttons := container.NewHBox(g.closeButton, layout.NewSpacer(), g.skip, g.previous, g.next)
	top := container.NewBorder(nil, nil, nil, g.counter, g.title)
	content := container.NewBorder(top, container.NewVBox(widget.NewSeparator(), buttons), nil, nil, g.scroll)
	g.dlg = dialog.NewCustomWithoutButtons(tr.T("guide.title"), content, g.ui.win)
	g.dlg.Resize(guideSize(g.ui.win))
}

// guideSize is the guide's size: most of the window, at most 760×620, so
// that every step fits a 1024×600 window at the largest text size.
func guideSize(w fyne.Window) fyne.Size {
	s := w.Canvas().Size()
	return fyne.NewSize(min(760, s.Width*0.92), min(620, s.Height*0.92))
}

// para is a wrapped paragraph of the guide or of a help panel.
func para(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func (g *firstRunGuide) welcomeStep() fyne.CanvasObject {
	tr := g.ui.tr
	return container.NewVBox(para(tr.T("guide.welcome.what")), para(tr.T("guide.welcome.privacy")),
		para(tr.T("guide.reopen")))
}

func (g *firstRunGuide) profileStep() fyne.CanvasObject {
	tr := g.ui.tr
	g.name = g.entry(tr.T("settings.name_placeholder"), "")
	g.birthDate = g.entry(tr.T("form.date_placeholder"), "")
	g.address = g.multiLine("")
	g.address.SetPlaceHolder(tr.T("settings.address_placeholder"))
	g.address.SetMinRowsVisible(3)
	g.email = g.entry(tr.T("settings.email_placeholder"), "")
	g.ftID = g.entry("1234567A", "")
	g.agency = g.entry(tr.T("settings.agency_placeholder"), "")
	g.departement = g.entry("75", "")
	row := func(label, field string, w fyne.CanvasObject, help string) fyne.CanvasObject {
		return container.NewVBox(widget.NewLabelWithStyle(tr.T(label), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			g.field(field, w, para(tr.T(help))))
	}
	return container.NewVBox(
		para(tr.T("guide.profile.intro")),
		row("settings.name", "name", g.name, "guide.profile.name_help"),
		row("settings.birth_date", "birth_date", g.birthDate, "guide.profile.birth_date_help"),
		row("settings.address", "address", g.address, "guide.profile.address_help"),
		row("settings.email", "email", g.email, "guide.profile.email_help"),
		row("settings.ft_id", "france_travail_id", g.ftID, "guide.profile.ft_id_help"),
		row("settings.agency", "agency", g.agency, "guide.profile.agency_help"),
		row("settings.departement", "departement", g.departement, "guide.profile.departement_help"),
	)
}

func (g *firstRunGuide) targetStep() fyne.CanvasObject {
	tr := g.ui.tr
	g.target = g.entry("15", "")
	return container.NewVBox(
		para(tr.T("guide.target.rule")), para(tr.T("guide.target.adjust")),
		widget.NewLabelWithStyle(tr.T("settings.target"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		g.field("target", g.target, para(tr.T("settings.target_help"))),
	)
}

// backupStep reuses Paramètres' backup folder row: choosing a folder there
// saves it in the profile as Paramètres does.
func (g *firstRunGuide) backupStep() fyne.CanvasObject {
	tr := g.ui.tr
	g.backupFolder = newBackupFolderRow(g.ui, func() {
		g.ui.settings.backups.refresh()
		g.ui.home.refresh()
	})
	box := container.NewVBox(para(tr.T("guide.backup.text")), g.backupFolder.content)
	if g.ui.opts.DataDir != "" {
		box.Add(para(tr.T("guide.backup.data_dir", g.ui.opts.DataDir)))
	}
	return box
}

func (g *firstRunGuide) demoStep() fyne.CanvasObject {
	tr := g.ui.tr
	g.demoStatus = para("")
	box := container.NewVBox()
	if g.ui.opts.OpenDemo != nil {
		g.demoButton = widget.NewButtonWithIcon(tr.T("guide.demo.button"), theme.ComputerIcon(), g.onDemoTapped)
		box.Add(para(tr.T("guide.demo.text")))
		box.Add(container.NewHBox(g.demoButton))
		box.Add(g.demoStatus)
	}
	box.Add(para(tr.T("guide.done")))
	box.Add(para(tr.T("guide.reopen")))
	return box
}

// load fills the fields from the saved profile: what is empty stays empty.
func (g *firstRunGuide) load() {
	p, err := g.ui.svc.Profile(g.ui.ctx)
	if err != nil {
		g.ui.showError(err)
		return
	}
	g.name.SetText(p.Name)
	g.birthDate.SetText(journal.FormatShortDate(p.BirthDate))
	g.address.SetText(p.Address)
	g.email.SetText(p.Email)
	g.ftID.SetText(p.FranceTravailID)
	g.agency.SetText(p.Agency)
	g.departement.SetText(p.Departement)
	g.target.SetText(formatTargetHours(p.TargetMinutes))
	g.backupFolder.show(p.BackupDir)
}

// showStep shows step i and sets the buttons for it.
func (g *firstRunGuide) showStep(i int) {
	tr := g.ui.tr
	g.step = i
	s := g.steps[i]
	g.title.SetText(s.title)
	g.counter.SetText(tr.T("guide.step", i+1, len(g.steps)))
	g.body.Objects = []fyne.CanvasObject{s.content}
	g.body.Refresh()
	g.scroll.ScrollToTop()
	if i == 0 {
		g.previous.Disable()
	} else {
		g.previous.Enable()
	}
	if i == len(g.steps)-1 {
		g.next.SetText(tr.T("guide.finish"))
		g.next.SetIcon(theme.ConfirmIcon())
	} else {
		g.next.SetText(tr.T("guide.next"))
		g.next.SetIcon(theme.NavigateNextIcon())
	}
	g.failed = false
	g.check = nil
	g.showProblems(nil)
}

// onNextTapped saves the step (when it has something to save) and goes on;
// a refused save stays on the step with its errors.
func (g *firstRunGuide) onNextTapped() {
	if save := g.steps[g.step].save; save != nil && !save() {
		return
	}
	g.forward()
}

// onSkipTapped goes on without saving the step.
func (g *firstRunGuide) onSkipTapped() { g.forward() }

func (g *firstRunGuide) onPreviousTapped() {
	if g.step > 0 {
		g.showStep(g.step - 1)
	}
}

// onCloseTapped closes the guide; nothing more is saved.
func (g *firstRunGuide) onCloseTapped() { g.dlg.Hide() }

func (g *firstRunGuide) forward() {
	if g.step == len(g.steps)-1 {
		g.dlg.Hide()
		return
	}
	g.showStep(g.step + 1)
}

func (g *firstRunGuide) onDemoTapped() {
	if err := g.ui.opts.OpenDemo(); err != nil {
		g.ui.showError(err)
		return
	}
	g.demoStatus.SetText(g.ui.tr.T("guide.demo.opened"))
}

// readProfile returns the saved profile with the profile step's fields as
// typed, read as Paramètres reads them, and the problems found.
func (g *firstRunGuide) readProfile() (journal.Profile, map[string]string, error) {
	p, err := g.ui.svc.Profile(g.ui.ctx)
	if err != nil {
		return p, nil, err
	}
	bad := map[string]string{}
	p.Name, p.Address = strings.TrimSpace(g.name.Text), strings.TrimSpace(g.address.Text)
	p.FranceTravailID, p.Agency = strings.TrimSpace(g.ftID.Text), strings.TrimSpace(g.agency.Text)
	p.Departement = strings.ToUpper(strings.TrimSpace(g.departement.Text))
	p.BirthDate = readBirthDate(g.birthDate, g.ui.today(), bad)
	p.Email = strings.TrimSpace(g.email.Text)
	return p, bad, nil
}

// readTarget returns the saved profile with the target as typed.
func (g *firstRunGuide) readTarget() (journal.Profile, map[string]string, error) {
	p, err := g.ui.svc.Profile(g.ui.ctx)
	if err != nil {
		return p, nil, err
	}
	bad := map[string]string{}
	p.TargetMinutes = readTargetMinutes(g.target.Text, bad)
	return p, bad, nil
}

func (g *firstRunGuide) saveProfile() bool { return g.saveWith(g.readProfile) }
func (g *firstRunGuide) saveTarget() bool  { return g.saveWith(g.readTarget) }

// saveWith reads the step, shows every problem at once (in Paramètres'
// words) or saves the profile as Paramètres does, then shows it there.
func (g *firstRunGuide) saveWith(read func() (journal.Profile, map[string]string, error)) bool {
	g.check = func() (map[string]string, validator) {
		p, bad, _ := read()
		return bad, p
	}
	p, bad, err := read()
	if err != nil {
		g.ui.showError(err)
		return false
	}
	// The language shown is the one kept, as Paramètres keeps it: a saved
	// profile makes the record non-empty, and its language is used from then on.
	p.Language = g.ui.tr.Lang()
	if g.rejects(bad, p) {
		return false
	}
	if err := g.ui.svc.SaveProfile(g.ui.ctx, p); err != nil {
		g.ui.showError(err)
		return false
	}
	g.ui.settings.load()
	g.ui.changed(changedProfile)
	return true
}
