package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// chartWeeks is how many weeks the home chart shows.
const chartWeeks = 8

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

// refresh reloads the figures from the record.
func (s *homeScreen) refresh() {
	tr, today := s.ui.tr, s.ui.today()
	profile, err := s.ui.svc.Profile(s.ui.ctx)
	if err != nil {
		s.ui.showError(err)
		return
	}
	acts, err := s.ui.svc.ListActs(s.ui.ctx, journal.ActFilter{})
	if err != nil {
		s.ui.showError(err)
		return
	}
	mails, err := s.ui.svc.ListMails(s.ui.ctx, journal.MailFilter{})
	if err != nil {
		s.ui.showError(err)
		return
	}
	weeks := journal.WeeklyTotals(acts, today, chartWeeks)
	this := weeks[len(weeks)-1]
	target := profile.TargetMinutes
	if target > 0 {
		s.week.SetText(tr.T("home.week_vs_target", journal.FormatMinutes(this.Minutes), journal.FormatMinutes(target), this.Acts))
		s.progress.Max = float64(target)
		s.progress.SetValue(min(float64(this.Minutes), float64(target)))
		s.progress.Show()
	} else {
		s.week.SetText(tr.T("home.week_no_target", journal.FormatMinutes(this.Minutes), this.Acts))
		s.progress.Hide()
	}
	values, labels := make([]float64, len(weeks)), make([]string, len(weeks))
	for i, w := range weeks {
		values[i], labels[i] = float64(w.Minutes)/60, w.Monday.Format("02/01")
	}
	s.chart.set(values, labels, float64(target)/60)
	s.fillUpcoming(acts, mails)
	s.fillLatest(acts)
}

func (s *homeScreen) fillUpcoming(acts []journal.Act, mails []journal.Mail) {
	tr, today := s.ui.tr, journal.Day(s.ui.today())
	items := append(journal.UpcomingDates(acts, mails, today, 14), s.requestDates()...)
	if m, ok := s.ui.meetings.nextMeeting(); ok {
		items = append(items, journal.DueItem{Date: m.Date, Kind: journal.DueMeeting, Title: tr.T("meetings.with", m.Adviser), OwnerID: m.ID})
	}
	journal.SortDueItems(items)
	s.upcoming.RemoveAll()
	if len(items) == 0 {
		s.upcoming.Add(widget.NewLabel(tr.T("home.nothing_due")))
	}
	for i, it := range items {
		if i == 8 {
			s.upcoming.Add(widget.NewLabel(tr.T("home.more_due", len(items)-8)))
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
	for i, a := range acts {
		if i == 6 {
			break
		}
		l := widget.NewLabel(fmt.Sprintf("%s — %s — %s", journal.FormatShortDate(a.Date), s.ui.lbl.actTitle(a), a.Organisation))
		l.Truncation = fyne.TextTruncateEllipsis
		s.latest.Add(l)
	}
}

// requestDates returns the answers France Travail owes (waiting or late)
// and, for late requests about an algorithm's rules, the last day to refer
// the refusal to the CADA.
func (s *homeScreen) requestDates() []journal.DueItem {
	rs := s.ui.rights
	var out []journal.DueItem
	for _, r := range rs.rows {
		st := rs.status(r)
		if st != rights.StatusWaiting && st != rights.StatusOverdue {
			continue
		}
		for _, it := range r.DueItems(rs.profile.Departement, s.ui.tr.Lang()) {
			if it.Kind == journal.DueRequest || (it.Kind == journal.DueCADA && st == rights.StatusOverdue) {
				it.Title = s.ui.lbl.requestKind(r.Kind)
				out = append(out, it)
			}
		}
	}
	return out
}
