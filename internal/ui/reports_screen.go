package ui

import (
	"context"
	"errors"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/render"
	"github.com/carnet-app/carnet/internal/report"
)

// Period presets of the dossier.
var presetKeys = []string{"reports.preset_month", "reports.preset_3months", "reports.preset_contract", "reports.preset_custom"}

var privateModes = []report.PrivateMode{report.PrivateExclude, report.PrivateRedact, report.PrivateInclude}

// reportsScreen is « Rapports »: the proof-of-search dossier of a period,
// as PDF, CSV or ZIP, built in the background with progress and cancel.
type reportsScreen struct {
	ui      *UI
	content fyne.CanvasObject

	preset   *widget.Select
	from, to *formEntry
	private  *widget.Select
	details  *widget.Check
	summary  *widget.Label
	control  *widget.Label
	errs     fieldError
	progress *widget.ProgressBar
	status   *widget.Label
	cancel   *widget.Button
	buttons  []*widget.Button

	running context.CancelFunc
	// build renders the dossier; saveFile asks where to write it. Tests replace them.
	saveFile func(name string, data []byte)
	lastFile []byte
}

func newReportsScreen(u *UI) *reportsScreen {
	s := &reportsScreen{ui: u}
	s.saveFile = s.askAndWrite
	s.buildUI()
	return s
}

func (s *reportsScreen) buildUI() {
	tr := s.ui.tr
	labels := make([]string, len(presetKeys))
	for i, k := range presetKeys {
		labels[i] = tr.T(k)
	}
	s.from, s.to = newFormEntry(tr.T("form.date_placeholder")), newFormEntry(tr.T("form.date_placeholder"))
	s.from.OnChanged = func(string) { s.onPeriodTyped() }
	s.to.OnChanged = func(string) { s.onPeriodTyped() }
	s.preset = widget.NewSelect(labels, func(string) { s.applyPreset() })
	s.private = choices(privateModes, func(m report.PrivateMode) string { return tr.T("reports.private_" + string(m)) }, report.PrivateExclude)
	s.private.OnChanged = func(string) { s.updateSummary() }
	s.details = widget.NewCheck(tr.T("reports.details"), nil)
	s.summary = widget.NewLabel("")
	s.summary.Wrapping = fyne.TextWrapWord
	s.control = widget.NewLabel("")
	s.control.Importance = widget.WarningImportance
	s.control.Wrapping = fyne.TextWrapWord
	s.control.Hide()
	s.errs = newFieldError()
	s.progress = widget.NewProgressBar()
	s.progress.Hide()
	s.status = widget.NewLabel("")
	s.cancel = widget.NewButtonWithIcon(tr.T("action.cancel"), theme.CancelIcon(), s.onCancelTapped)
	s.cancel.Hide()
	for _, f := range []string{render.FormatPDF, render.FormatCSV, render.FormatZIP} {
		format := f
		b := widget.NewButtonWithIcon(tr.T("reports.make_"+format), theme.DocumentSaveIcon(), func() { s.onMakeTapped(format) })
		s.buttons = append(s.buttons, b)
	}
	s.buttons[0].Importance = widget.HighImportance
	intro := widget.NewLabel(tr.T("reports.intro"))
	intro.Wrapping = fyne.TextWrapWord
	form := container.New(layout.NewFormLayout(),
		boldLabel(tr.T("reports.period")), s.preset,
		boldLabel(tr.T("reports.from")), s.from,
		boldLabel(tr.T("reports.to")), container.NewVBox(s.to, s.errs),
		boldLabel(tr.T("reports.private")), s.private,
		widget.NewLabel(""), s.details,
	)
	actions := container.NewHBox(s.buttons[0], s.buttons[1], s.buttons[2])
	s.content = container.NewVScroll(container.NewPadded(container.NewVBox(intro, s.control, form,
		widget.NewSeparator(), s.summary, actions, s.progress, container.NewHBox(s.status, s.cancel))))
	s.preset.SetSelectedIndex(1)
}

// applyPreset fills the dates of the chosen preset.
func (s *reportsScreen) applyPreset() {
	today := journal.Day(s.ui.today())
	var from time.Time
	switch s.preset.SelectedIndex() {
	case 0:
		from = today.AddDate(0, -1, 0)
	case 1:
		from = today.AddDate(0, -3, 0)
	case 2:
		p, err := s.ui.svc.Profile(s.ui.ctx)
		if err != nil || p.ContractDate.IsZero() {
			s.errs.set(s.ui.tr.T("reports.no_contract_date"))
			return
		}
		from = p.ContractDate
	default:
		return
	}
	s.setPeriod(from, today)
}

func (s *reportsScreen) setPeriod(from, to time.Time) {
	s.from.SetText(journal.FormatShortDate(from))
	s.to.SetText(journal.FormatShortDate(to))
	s.updateSummary()
}

func (s *reportsScreen) onPeriodTyped() {
	if s.summary != nil {
		s.updateSummary()
	}
}

// period reads the dates; it shows the reason and returns false when they are wrong.
func (s *reportsScreen) period() (time.Time, time.Time, bool) {
	from, err1 := journal.ParseFrenchDate(s.from.Text)
	to, err2 := journal.ParseFrenchDate(s.to.Text)
	switch {
	case err1 != nil || err2 != nil:
		s.errs.set(s.ui.lbl.problem(journal.ProblemInvalidDate))
		return from, to, false
	case to.Before(from):
		s.errs.set(s.ui.tr.T("cli.bad_period"))
		return from, to, false
	}
	s.errs.set("")
	return from, to, true
}

// dossier builds the dossier of the chosen period from the record.
func (s *reportsScreen) dossier() (report.Dossier, bool) {
	from, to, ok := s.period()
	if !ok {
		return report.Dossier{}, false
	}
	p, err := s.ui.svc.Profile(s.ui.ctx)
	if err != nil {
		s.ui.showError(err)
		return report.Dossier{}, false
	}
	acts, err := s.ui.svc.ReportActs(s.ui.ctx, from, to)
	if err != nil {
		s.ui.showError(err)
		return report.Dossier{}, false
	}
	mode, _ := chosen(s.private, privateModes)
	return report.BuildDossier(report.DossierInput{Profile: p, Acts: acts, From: from, To: to, Private: mode,
		Generated: s.ui.today(), Details: s.details.Checked}), true
}

func (s *reportsScreen) updateSummary() {
	d, ok := s.dossier()
	if !ok {
		s.summary.SetText("")
		return
	}
	text := s.ui.tr.T("reports.summary", len(d.Acts), journal.FormatMinutes(d.TotalMinutes), d.Proofs)
	if d.Excluded > 0 {
		text += " " + s.ui.tr.T("reports.excluded", d.Excluded)
	}
	s.summary.SetText(text)
}

// ForControl sets the period a control questionnaire names and shows its reply-by date.
func (s *reportsScreen) forControl(m journal.Mail) {
	s.preset.SetSelectedIndex(3)
	s.setPeriod(m.PeriodFrom, m.PeriodTo)
	msg := s.ui.tr.T("reports.control", m.Subject)
	if !m.ReplyBy.IsZero() {
		msg += " " + s.ui.tr.T("reports.control_reply_by", s.ui.lbl.longDate(m.ReplyBy))
	}
	s.control.SetText(msg)
	s.control.Show()
}

// onMakeTapped builds the file in the background, with progress and cancel.
func (s *reportsScreen) onMakeTapped(format string) {
	d, ok := s.dossier()
	if !ok || s.running != nil {
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.running = cancel
	s.setBusy(true)
	go func() {
		data, err := render.Proof(ctx, d, format, s.ui.svc.AttachmentData, func(done, total int) {
			fyne.Do(func() { s.progress.SetValue(float64(done) / float64(total)) })
		})
		fyne.Do(func() {
			s.running = nil
			s.setBusy(false)
			switch {
			case errors.Is(err, context.Canceled):
				s.status.SetText(s.ui.tr.T("reports.cancelled"))
			case err != nil:
				s.ui.showError(err)
			default:
				s.lastFile = data
				s.status.SetText(s.ui.tr.T("reports.ready"))
				s.saveFile("dossier-"+d.From.Format("2006-01-02")+"-"+d.To.Format("2006-01-02")+"."+format, data)
			}
		})
	}()
}

func (s *reportsScreen) setBusy(busy bool) {
	for _, b := range s.buttons {
		if busy {
			b.Disable()
		} else {
			b.Enable()
		}
	}
	if busy {
		s.progress.SetValue(0)
		s.progress.Show()
		s.cancel.Show()
		s.status.SetText(s.ui.tr.T("reports.building"))
	} else {
		s.progress.Hide()
		s.cancel.Hide()
	}
}

func (s *reportsScreen) onCancelTapped() {
	if s.running != nil {
		s.running()
	}
}

func (s *reportsScreen) askAndWrite(name string, data []byte) {
	s.ui.saveAs(name, data, func(saved string) { s.status.SetText(s.ui.tr.T("reports.saved", saved)) })
}
