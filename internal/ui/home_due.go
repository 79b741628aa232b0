package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/journal"
)

// upcomingShown is how many dates « À venir » lists before « … et N autres ».
const upcomingShown = 8

// fillDue splits the dates due: the overdue ones, and the time limit of a
// control or sanction notice however far it is, get their own block at
// the top of Accueil, in readable red, each with a button to what to do
// next; the others are listed under « À venir », each opening what it
// refers to.
func (s *homeScreen) fillDue(items []journal.DueItem) {
	today := journal.Day(s.ui.today())
	var late, coming []journal.DueItem
	for _, it := range items {
		if it.Date.Before(today) || it.Kind == journal.DueNotice {
			late = append(late, it)
		} else {
			coming = append(coming, it)
		}
	}
	s.fillOverdue(late)
	s.fillUpcoming(coming)
}

// firstTitle is the title of the top block: how many dates are late, or,
// when a notice's time limit is among them, « À traiter d'abord » with the
// count of each.
func (s *homeScreen) firstTitle(items []journal.DueItem) string {
	tr := s.ui.tr
	today := journal.Day(s.ui.today())
	late, notices := 0, 0
	for _, it := range items {
		switch {
		case it.Date.Before(today):
			late++
		case it.Kind == journal.DueNotice:
			notices++
		}
	}
	if notices == 0 {
		return tr.N("home.overdue_title", late)
	}
	if late == 0 {
		return tr.N("home.notice_title", notices)
	}
	return tr.T("home.first_title", tr.N("home.late_count", late), tr.N("home.notice_count", notices))
}

// fillOverdue draws the « En retard » block, hidden when nothing is late.
func (s *homeScreen) fillOverdue(items []journal.DueItem) {
	tr := s.ui.tr
	s.overdue.RemoveAll()
	if len(items) == 0 {
		s.overdue.Hide()
		return
	}
	title := widget.NewLabelWithStyle(s.firstTitle(items), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Importance = widget.DangerImportance
	s.overdue.Add(title)
	for _, it := range items {
		item := it
		line := widget.NewLabel(s.dueLine(item))
		line.Wrapping = fyne.TextWrapWord
		line.Importance = widget.DangerImportance
		rows := []fyne.CanvasObject{line}
		if item.Rule != "" {
			rule := widget.NewLabel(item.Rule)
			rule.Wrapping = fyne.TextWrapWord
			rows = append(rows, rule)
		}
		if item.Reference != "" {
			rows = append(rows, s.ui.references(item.Reference))
		}
		next := widget.NewButtonWithIcon(tr.T("home.next_"+string(item.Kind)), theme.NavigateNextIcon(), func() { s.openDue(item) })
		next.Importance = widget.DangerImportance
		rows = append(rows, container.NewHBox(next))
		s.overdue.Add(container.NewVBox(rows...))
	}
	s.overdue.Add(widget.NewSeparator())
	s.overdue.Show()
}

// fillUpcoming lists the dates to come; each line opens what it refers to.
func (s *homeScreen) fillUpcoming(items []journal.DueItem) {
	tr := s.ui.tr
	s.upcoming.RemoveAll()
	if len(items) == 0 {
		s.upcoming.Add(widget.NewLabel(tr.T("home.nothing_due")))
	}
	for i, it := range items {
		if i == upcomingShown {
			s.upcoming.Add(widget.NewLabel(tr.N("home.more_due", len(items)-upcomingShown)))
			break
		}
		item := it
		line := widget.NewLabel(s.dueLine(item))
		line.Wrapping = fyne.TextWrapWord
		open := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { s.openDue(item) })
		open.Importance = widget.LowImportance
		rows := []fyne.CanvasObject{line}
		if item.Rule != "" {
			rule := widget.NewLabel(item.Rule)
			rule.Wrapping = fyne.TextWrapWord
			rule.SizeName = theme.SizeNameCaptionText
			rows = append(rows, rule)
		}
		s.upcoming.Add(container.NewBorder(nil, nil, nil, container.NewVBox(open), container.NewVBox(rows...)))
	}
}

// dueLine writes « 28/11/2026 — Répondre : Demande de … ».
func (s *homeScreen) dueLine(it journal.DueItem) string {
	tr := s.ui.tr
	return journal.FormatShortDate(it.Date) + " — " + tr.T("due.line", tr.T("due."+string(it.Kind)), it.Title)
}

// openDue shows what a date refers to: the act, the mail, the request or
// the meeting.
func (s *homeScreen) openDue(it journal.DueItem) {
	u := s.ui
	switch it.Kind {
	case journal.DueNextAction:
		u.Show(ScreenJournal)
		u.journal.openForm(&journal.Act{ID: it.OwnerID})
	case journal.DueReply:
		u.Show(ScreenMail)
		u.mail.openForm(&journal.Mail{ID: it.OwnerID})
	case journal.DueMeeting:
		u.Show(ScreenMeetings)
		for _, m := range u.meetings.rows {
			if m.ID == it.OwnerID {
				u.meetings.openForm(&m)
				return
			}
		}
	case journal.DueNotice: // the mail the notice marks, when it marks one
		u.Show(ScreenMail)
		if _, err := u.svc.Mail(u.ctx, it.OwnerID); err == nil {
			u.mail.openForm(&journal.Mail{ID: it.OwnerID})
		}
	default: // the answers France Travail owes, the CRPA and CADA dates
		u.Show(ScreenRights)
		u.rights.openDetail(it.OwnerID)
	}
}

// references is a folded « Références » part holding the legal texts
// behind a date or a sentence, so that the screen shows plain words first.
func (u *UI) references(text string) *widget.Accordion {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return widget.NewAccordion(widget.NewAccordionItem(u.tr.T("help.references"), l))
}
