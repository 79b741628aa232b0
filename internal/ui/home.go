package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/journal"
)

// homeScreen is « Accueil »: this week's hours against the target, the last
// weeks' chart, upcoming dates and the latest acts.
type homeScreen struct {
	ui       *UI
	content  fyne.CanvasObject
	week     *widget.Label
	progress *widget.ProgressBar
	chart    *barChart
	upcoming *fyne.Container
	latest   *fyne.Container

	newActButton *widget.Button
	loading      loadSlot
}

func newHomeScreen(u *UI) *homeScreen {
	s := &homeScreen{ui: u}
	s.buildUI()
	return s
}

func (s *homeScreen) buildUI() {
	tr := s.ui.tr
	s.week = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.progress = widget.NewProgressBar()
	s.chart = newBarChart()
	s.upcoming = container.NewVBox()
	s.latest = container.NewVBox()
	s.newActButton = widget.NewButtonWithIcon(tr.T("journal.new")+" (Ctrl+N)", theme.ContentAddIcon(), s.ui.newAct)
	s.newActButton.Importance = widget.HighImportance
	left := container.NewVBox(
		widget.NewLabelWithStyle(tr.T("home.this_week"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		s.week, s.progress,
		widget.NewLabelWithStyle(tr.T("home.last_weeks"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		s.chart,
		container.NewHBox(s.newActButton),
	)
	right := container.NewVBox(
		widget.NewLabelWithStyle(tr.T("home.upcoming"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		s.upcoming,
		widget.NewSeparator(),
		widget.NewLabelWithStyle(tr.T("home.latest"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		s.latest,
	)
	s.content = container.NewVScroll(container.NewPadded(container.NewGridWithColumns(2, left, right)))
}

// refresh reloads the figures from the record in the background.
func (s *homeScreen) refresh() {
	tr := s.ui.tr
	load(s.ui, &s.loading, func(ctx context.Context) (carnet.Home, error) { return s.ui.svc.Home(ctx, tr) }, s.show)
}

// show draws Accueil's figures.
func (s *homeScreen) show(h carnet.Home) {
	tr := s.ui.tr
	this := h.ThisWeek()
	target := h.Profile.TargetMinutes
	if target > 0 {
		s.week.SetText(tr.T("home.week_vs_target", journal.FormatMinutes(this.Minutes), journal.FormatMinutes(target), tr.N("count.acts", this.Acts)))
		s.progress.Max = float64(target)
		s.progress.SetValue(min(float64(this.Minutes), float64(target)))
		s.progress.Show()
	} else {
		s.week.SetText(tr.T("home.week_no_target", journal.FormatMinutes(this.Minutes), tr.N("count.acts", this.Acts)))
		s.progress.Hide()
	}
	values, labels := make([]float64, len(h.Weeks)), make([]string, len(h.Weeks))
	for i, w := range h.Weeks {
		values[i], labels[i] = float64(w.Minutes)/60, w.Monday.Format("02/01")
	}
	s.chart.set(values, labels, float64(target)/60)
	s.fillUpcoming(h.Upcoming)
	s.fillLatest(h.Latest)
	s.ui.marker.arm()
}

func (s *homeScreen) fillUpcoming(items []journal.DueItem) {
	tr, today := s.ui.tr, journal.Day(s.ui.today())
	s.upcoming.RemoveAll()
	if len(items) == 0 {
		s.upcoming.Add(widget.NewLabel(tr.T("home.nothing_due")))
	}
	for i, it := range items {
		if i == 8 {
			s.upcoming.Add(widget.NewLabel(tr.N("home.more_due", len(items)-8)))
			break
		}
		what := tr.T("due." + string(it.Kind))
		l := widget.NewLabel(journal.FormatShortDate(it.Date) + " — " + tr.T("due.line", what, it.Title))
		l.Truncation = fyne.TextTruncateEllipsis
		if it.Date.Before(today) {
			l.Importance = widget.DangerImportance
			l.SetText(l.Text + " (" + tr.T("home.overdue") + ")")
		}
		s.upcoming.Add(l)
		if it.Rule != "" {
			rule := widget.NewLabel("   " + it.Rule)
			rule.Wrapping = fyne.TextWrapWord
			rule.Importance = widget.LowImportance
			rule.TextStyle = fyne.TextStyle{Italic: true}
			s.upcoming.Add(rule)
		}
	}
}

func (s *homeScreen) fillLatest(acts []journal.Act) {
	s.latest.RemoveAll()
	if len(acts) == 0 {
		s.latest.Add(widget.NewLabel(s.ui.tr.T("home.no_acts")))
	}
	for _, a := range acts {
		l := widget.NewLabel(fmt.Sprintf("%s — %s — %s", journal.FormatShortDate(a.Date), s.ui.lbl.actTitle(a), a.Organisation))
		l.Truncation = fyne.TextTruncateEllipsis
		s.latest.Add(l)
	}
}
