package ui

import (
	"context"

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
	overdue  *fyne.Container // « En retard », above everything, hidden when nothing is late
	latest   *fyne.Container
	backup   *widget.Label // warns when there has been no backup for a month

	newActButton *widget.Button
	loading      loadSlot

	latestLines labelPool
}

func newHomeScreen(u *UI) *homeScreen {
	s := &homeScreen{ui: u}
	s.buildUI()
	return s
}

func (s *homeScreen) buildUI() {
	tr := s.ui.tr
	s.week = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.week.Wrapping = fyne.TextWrapWord
	s.progress = widget.NewProgressBar()
	s.progress.TextFormatter = noBarText // the line above gives the hours
	s.chart = newBarChart()
	s.upcoming = container.NewVBox()
	s.overdue = container.NewVBox()
	s.overdue.Hide()
	s.latest = container.NewVBox()
	s.backup = widget.NewLabel("")
	s.backup.Importance = widget.WarningImportance
	s.backup.Wrapping = fyne.TextWrapWord
	s.backup.Hide()
	s.newActButton = widget.NewButtonWithIcon(tr.T("journal.new")+" (Ctrl+N)", theme.ContentAddIcon(), s.ui.newAct)
	s.newActButton.Importance = widget.HighImportance
	left := container.NewVBox(
		s.backup,
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
	s.content = container.NewVScroll(container.NewPadded(container.NewVBox(s.overdue, newColumns(left, right))))
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
	s.chart.targetText = tr.T("home.chart_target", journal.FormatMinutes(target))
	s.chart.set(values, labels, float64(target)/60)
	s.fillDue(h.Upcoming)
	s.fillLatest(h.Latest)
	s.showBackup(h)
	s.ui.marker.arm()
}

// showBackup shows the warning when there has been no backup for
// carnet.BackupWarnAfter, with the date of the last one.
func (s *homeScreen) showBackup(h carnet.Home) {
	tr := s.ui.tr
	switch {
	case !h.BackupOverdue:
		s.backup.Hide()
		return
	case h.LastBackup.IsZero():
		s.backup.SetText(tr.T("home.no_backup"))
	default:
		s.backup.SetText(tr.T("home.old_backup", journal.FormatShortDate(h.LastBackup.Local())))
	}
	s.backup.Show()
}

func (s *homeScreen) fillLatest(acts []journal.Act) {
	lines := s.latestLines.start()
	if len(acts) == 0 {
		lines.add(s.ui.tr.T("home.no_acts"), widget.MediumImportance)
	}
	for _, a := range acts {
		line := journal.FormatShortDate(a.Date) + " — " + s.ui.lbl.actTitle(a)
		if a.Organisation != "" {
			line += " — " + a.Organisation
		}
		lines.add(line, widget.MediumImportance)
	}
	lines.show(s.latest)
}

// labelPool keeps the labels of a list that is redrawn often, so that a
// refresh changes their text instead of building new widgets.
type labelPool struct {
	labels []*widget.Label
	used   int
}

// start begins a new filling of the pool.
func (p *labelPool) start() *labelPool {
	p.used = 0
	return p
}

// add sets the next label, a line that wraps when too long: its date,
// at the start, is never cut.
func (p *labelPool) add(text string, importance widget.Importance) {
	if p.used == len(p.labels) {
		l := widget.NewLabel("")
		l.Wrapping = fyne.TextWrapWord
		p.labels = append(p.labels, l)
	}
	l := p.labels[p.used]
	p.used++
	l.Importance = importance
	l.SetText(text)
}

// show puts the labels filled since start into box.
func (p *labelPool) show(box *fyne.Container) {
	objects := make([]fyne.CanvasObject, p.used)
	for i := range objects {
		objects[i] = p.labels[i]
	}
	box.Objects = objects
	box.Refresh()
}

// noBarText hides the percentage Fyne draws inside a progress bar: on its
// half-transparent track no colour reaches the contrast text needs, so
// the figure is written in a label beside the bar instead.
func noBarText() string { return "" }
