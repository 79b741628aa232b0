package ui

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/i18n"
	"github.com/carnet-app/carnet/internal/journal"
)

// textScales are the text sizes offered, with their i18n keys.
var textScales = []float64{1, 1.25, 1.5}

// settingsScreen is « Paramètres »: profile (with date of birth and e-mail),
// weekly target, language, text size, colour theme.
type settingsScreen struct {
	formBase
	content fyne.CanvasObject
	profile journal.Profile

	name, address, ftID, agency, adviser, departement, target *formEntry
	contract, birthDate, email                                *formEntry
	language, textSize, theme                                 *widget.Select
	// scales are the text sizes textSize offers: textScales, and the one
	// stored when it is another (an imported profile), so that saving
	// keeps it.
	scales     []float64
	saved      *widget.Label
	saveButton *widget.Button
	backups    *backupsSection
	scroll     *container.Scroll
}

func newSettingsScreen(u *UI) *settingsScreen {
	s := &settingsScreen{}
	s.formBase = newFormBase(u, s.onSaveTapped, s.load)
	s.buildUI()
	s.load()
	return s
}

func (s *settingsScreen) buildUI() {
	tr := s.ui.tr
	s.name = s.entry(tr.T("settings.name_placeholder"), "")
	s.address = s.multiLine("")
	s.address.SetPlaceHolder(tr.T("settings.address_placeholder"))
	s.address.SetMinRowsVisible(3)
	s.ftID = s.entry("1234567A", "")
	s.agency = s.entry(tr.T("settings.agency_placeholder"), "")
	s.adviser = s.entry("", "")
	s.departement = s.entry("75", "")
	s.target = s.entry("15", "")
	s.contract = s.entry(tr.T("form.date_placeholder"), "")
	s.birthDate = s.entry(tr.T("form.date_placeholder"), "")
	s.email = s.entry(tr.T("settings.email_placeholder"), "")
	s.language = choices(i18n.Languages, func(l string) string { return tr.T("language." + l) }, tr.Lang())
	s.scales = textScales
	s.textSize = choices(textScales, s.scaleLabel, 1)
	s.theme = s.newThemeSelect()
	s.saved = widget.NewLabel("")
	s.saveButton = widget.NewButtonWithIcon(tr.T("action.save")+" (Ctrl+S)", theme.DocumentSaveIcon(), s.onSaveTapped)
	s.saveButton.Importance = widget.HighImportance
	dataDir := widget.NewLabel(s.ui.opts.DataDir)
	dataDir.Wrapping = fyne.TextWrapBreak
	grid := container.New(newFormLayout(),
		boldLabel(tr.T("settings.name")), s.field("name", s.name),
		boldLabel(tr.T("settings.birth_date")), s.field("birth_date", s.birthDate, settingsHelp(tr.T("settings.birth_date_help"))),
		boldLabel(tr.T("settings.address")), s.field("address", s.address),
		boldLabel(tr.T("settings.email")), s.field("email", s.email, settingsHelp(tr.T("settings.email_help"))),
		boldLabel(tr.T("settings.ft_id")), s.field("france_travail_id", s.ftID),
		boldLabel(tr.T("settings.agency")), s.field("agency", s.agency),
		boldLabel(tr.T("settings.adviser")), s.field("adviser", s.adviser),
		boldLabel(tr.T("settings.departement")), s.field("departement", s.departement, widget.NewLabel(tr.T("settings.departement_help"))),
		boldLabel(tr.T("settings.target")), s.field("target", s.target, widget.NewLabel(tr.T("settings.target_help"))),
		boldLabel(tr.T("settings.contract")), s.field("contract_date", s.contract),
		boldLabel(tr.T("settings.language")), s.field("language", s.language),
		boldLabel(tr.T("settings.text_size")), s.field("text_scale", s.textSize),
		boldLabel(tr.T("settings.theme")), s.field("theme", s.theme),
		boldLabel(tr.T("settings.data_dir")), dataDir,
	)
	s.backups = newBackupsSection(s.ui)
	s.scroll = container.NewVScroll(container.NewVBox(grid, s.backups.content, s.moreSection()))
	s.content = container.NewBorder(nil, container.NewPadded(container.NewHBox(s.saveButton, s.saved)), nil, nil, s.scroll)
}

// load fills the fields from the saved profile (also Escape: drop changes).
func (s *settingsScreen) load() {
	p, err := s.ui.svc.Profile(s.ui.ctx)
	if err != nil {
		s.ui.showError(err)
		return
	}
	s.profile = p
	s.name.SetText(p.Name)
	s.address.SetText(p.Address)
	s.ftID.SetText(p.FranceTravailID)
	s.agency.SetText(p.Agency)
	s.adviser.SetText(p.Adviser)
	s.departement.SetText(p.Departement)
	s.contract.SetText(journal.FormatShortDate(p.ContractDate))
	s.birthDate.SetText(journal.FormatShortDate(p.BirthDate))
	s.email.SetText(p.Email)
	s.target.SetText(formatTargetHours(p.TargetMinutes))
	s.showTextScale(p.TextScale)
	s.showTheme(p.Theme)
	s.showProblems(nil)
	s.backups.folder.show(p.BackupDir)
	s.backups.refresh()
}

// settingsHelp is a short explanation under a field, wrapped to the form's width.
func settingsHelp(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// read returns the profile as typed and the problems found while parsing it;
// a date of birth after today is refused here, where the clock is known.
func (s *settingsScreen) read() (journal.Profile, map[string]string) {
	p, bad := s.profile, map[string]string{}
	p.Name, p.Address = strings.TrimSpace(s.name.Text), strings.TrimSpace(s.address.Text)
	p.FranceTravailID, p.Agency = strings.TrimSpace(s.ftID.Text), strings.TrimSpace(s.agency.Text)
	p.Adviser = strings.TrimSpace(s.adviser.Text)
	p.Departement = strings.ToUpper(strings.TrimSpace(s.departement.Text))
	p.ContractDate = optionalDate(s.contract, "contract_date", bad)
	p.BirthDate = readBirthDate(s.birthDate, s.ui.today(), bad)
	p.Email = strings.TrimSpace(s.email.Text)
	p.TargetMinutes = readTargetMinutes(s.target.Text, bad)
	p.Language, _ = chosen(s.language, i18n.Languages)
	p.TextScale, _ = chosen(s.textSize, s.scales)
	return p, bad
}

func (s *settingsScreen) onSaveTapped() {
	p, bad := s.read()
	if s.rejects(bad, p) {
		s.saved.SetText("")
		return
	}
	if err := s.ui.svc.SaveProfile(s.ui.ctx, p); err != nil {
		s.ui.showError(err)
		return
	}
	languageChanged := p.Language != s.ui.tr.Lang()
	if p.TextScale != s.profile.TextScale {
		fyne.CurrentApp().Settings().SetTheme(NewTheme(p.TextScale, p.Theme))
	}
	s.profile = p
	if languageChanged {
		s.ui.setLanguage(p.Language)
		s.ui.settings.saved.SetText(s.ui.tr.T("settings.saved"))
		return
	}
	s.saved.SetText(s.ui.tr.T("settings.saved"))
	s.ui.changed(changedProfile)
}

// moreSection offers the getting-started guide again, the keyboard
// shortcuts and the « À propos » box.
func (s *settingsScreen) moreSection() fyne.CanvasObject {
	tr, u := s.ui.tr, s.ui
	return container.NewVBox(
		widget.NewSeparator(),
		widget.NewLabelWithStyle(tr.T("settings.more"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		newFlow(
			widget.NewButtonWithIcon(tr.T("settings.reopen_guide"), theme.InfoIcon(), u.ShowFirstRunGuide),
			widget.NewButtonWithIcon(tr.T("settings.shortcuts"), theme.ComputerIcon(), u.showShortcuts),
			widget.NewButtonWithIcon(tr.T("settings.about"), theme.QuestionIcon(), u.ShowAbout),
		),
	)
}

// scaleLabel names a text size: « Normale » for those offered,
// « Taille enregistrée (175 %) » for another.
func (s *settingsScreen) scaleLabel(f float64) string {
	percent := int(math.Round(f * 100))
	if slices.Contains(textScales, f) {
		return s.ui.tr.T("settings.text_size_" + strconv.Itoa(percent))
	}
	return s.ui.tr.T("settings.text_size_custom", percent)
}

// showTextScale selects the stored text size, offering it as one more
// choice when it is not among textScales.
func (s *settingsScreen) showTextScale(scale float64) {
	s.scales = textScales
	if scale > 0 && !slices.Contains(textScales, scale) {
		s.scales = append(slices.Clone(textScales), scale)
	}
	labels := make([]string, len(s.scales))
	for i, f := range s.scales {
		labels[i] = s.scaleLabel(f)
	}
	s.textSize.SetOptions(labels)
	s.textSize.ClearSelected()
	if i := slices.Index(s.scales, scale); i >= 0 {
		s.textSize.SetSelectedIndex(i)
	}
}
