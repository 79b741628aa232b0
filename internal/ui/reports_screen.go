package ui

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/journal"
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
	typing  debouncer
	loading loadSlot
	// saveFile asks where to copy the built file at path; tests replace it.
	saveFile func(name, path string)
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
	s.summary = widget.NewLabel("")
	s.preset = widget.NewSelect(labels, func(string) { s.applyPreset() })
	s.private = choices(privateModes, func(m report.PrivateMode) string { return tr.T("reports.private_" + string(m)) }, report.PrivateExclude)
	s.private.OnChanged = func(string) { s.updateSummary() }
	s.details = widget.NewCheck(tr.T("reports.details"), nil)
	s.summary.Wrapping = fyne.TextWrapWord
	s.control = widget.NewLabel("")
	s.control.Importance = widget.WarningImportance
	s.control.Wrapping = fyne.TextWrapWord
	s.control.Hide()
	s.errs = newFieldError()
	s.progress = widget.NewProgressBar()
	s.progress.TextFormatter = noBarText // the status line gives the percentage
	s.progress.Hide()
	s.status = widget.NewLabel("")
	s.cancel = widget.NewButtonWithIcon(tr.T("action.cancel"), theme.CancelIcon(), s.onCancelTapped)
	s.cancel.Hide()
	for _, f := range carnet.Formats() {
		format := f
		b := widget.NewButtonWithIcon(tr.T("reports.make_"+format), theme.DocumentSaveIcon(), func() { s.onMakeTapped(format) })
		s.buttons = append(s.buttons, b)
	}
	s.buttons[0].Importance = widget.HighImportance
	intro := widget.NewLabel(tr.T("reports.intro"))
	intro.Wrapping = fyne.TextWrapWord
	form := container.New(newFormLayout(),
		boldLabel(tr.T("reports.period")), s.preset,
		boldLabel(tr.T("reports.from")), s.from,
		boldLabel(tr.T("reports.to")), container.NewVBox(s.to, s.errs),
		boldLabel(tr.T("reports.private")), s.private,
		widget.NewLabel(""), s.details,
	)
	actions := newFlow(s.buttons[0], s.buttons[1], s.buttons[2])
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
		s.typing.schedule(s.ui, s.updateSummary)
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

// options reads what the dossier covers from the form.
func (s *reportsScreen) options() (carnet.DossierOptions, bool) {
	from, to, ok := s.period()
	if !ok {
		return carnet.DossierOptions{}, false
	}
	mode, _ := chosen(s.private, privateModes)
	return carnet.DossierOptions{From: from, To: to, Private: mode, Details: s.details.Checked}, true
}

// updateSummary counts, in the background, what the dossier of the period
// holds: the same build as the files, so the figures always agree.
func (s *reportsScreen) updateSummary() {
	if s.summary == nil || s.private == nil || !s.ui.started {
		return // still building, or Accueil not drawn yet: refreshScreens comes back
	}
	o, ok := s.options()
	if !ok {
		s.loading.begin(s.ui.ctx) // drops a count under way
		s.summary.SetText("")
		return
	}
	load(s.ui, &s.loading, func(ctx context.Context) (report.Dossier, error) {
		return s.ui.svc.Dossier(ctx, o)
	}, func(d report.Dossier) {
		text := s.ui.tr.T("reports.summary", s.ui.tr.N("count.acts", len(d.Acts)), journal.FormatMinutes(d.TotalMinutes), s.ui.tr.N("count.proofs", d.Proofs))
		if d.Excluded > 0 {
			text += " " + s.ui.tr.N("reports.excluded", d.Excluded)
		}
		s.summary.SetText(text)
	})
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

// onMakeTapped builds the file in the background, into a temporary file,
// with progress and cancel; then it asks where to save it.
func (s *reportsScreen) onMakeTapped(format string) {
	o, ok := s.options()
	if !ok || s.running != nil {
		return
	}
	dir, err := os.MkdirTemp("", "carnet-dossier-")
	if err != nil {
		s.ui.showError(err)
		return
	}
	s.ui.tempDirs = append(s.ui.tempDirs, dir)
	name := carnet.DossierFileName(o, format)
	path := filepath.Join(dir, name)
	ctx, cancel := context.WithCancel(s.ui.ctx)
	s.running = cancel
	s.setBusy(true)
	go func() {
		err := carnet.WriteFileAtomic(path, func(w io.Writer) error {
			return s.ui.svc.WriteDossier(ctx, w, o, format, func(done, total int) {
				s.ui.do(func() {
					s.progress.SetValue(float64(done) / float64(total))
					s.status.SetText(s.ui.tr.T("reports.building_done", done*100/max(total, 1)))
				})
			})
		})
		s.ui.do(func() {
			s.running = nil
			s.setBusy(false)
			switch {
			case errors.Is(err, context.Canceled):
				s.status.SetText(s.ui.tr.T("reports.cancelled"))
			case err != nil:
				s.status.SetText("")
				s.ui.showError(err)
			default:
				s.status.SetText(s.ui.tr.T("reports.ready"))
				s.saveFile(name, path)
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

func (s *reportsScreen) askAndWrite(name, path string) {
	s.ui.saveFileAs(name, path, func(saved string) { s.status.SetText(s.ui.tr.T("reports.saved", saved)) })
}
