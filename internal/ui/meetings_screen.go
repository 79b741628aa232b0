package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/journal"
)

// meetingsScreen is « Rendez-vous »: adviser meetings, their brief and notes.
type meetingsScreen struct {
	ui        *UI
	content   *fyne.Container
	stack     *listFormStack
	list      *widget.List
	undo      *undoBar
	form      *meetingForm
	newButton *widget.Button
	rows      []journal.Meeting
	loading   loadSlot
	empty     *emptyState
}

func newMeetingsScreen(u *UI) *meetingsScreen {
	s := &meetingsScreen{ui: u}
	tr := u.tr
	s.newButton = widget.NewButtonWithIcon(tr.T("meetings.new"), theme.ContentAddIcon(), func() { s.openForm(nil) })
	s.newButton.Importance = widget.HighImportance
	s.undo = newUndoBar(tr.T("action.undo")+" (Ctrl+Z)", u.showError)
	s.list = widget.NewList(func() int { return len(s.rows) }, func() fyne.CanvasObject { return newListRow(9, s.ui.tr.T("meetings.upcoming")) }, s.updateRow)
	s.list.OnSelected = func(id widget.ListItemID) {
		s.list.UnselectAll()
		if id >= 0 && id < len(s.rows) {
			m := s.rows[id]
			s.openForm(&m)
		}
	}
	intro := widget.NewLabel(tr.T("meetings.intro"))
	intro.Wrapping = fyne.TextWrapWord
	top := container.NewVBox(container.NewBorder(nil, nil, nil, container.NewVBox(s.newButton), intro), s.undo.content)
	s.empty = newEmptyState(tr.T("meetings.empty"), "", tr.T("meetings.new"), func() { s.openForm(nil) })
	s.stack = newListFormStack(container.NewBorder(top, nil, nil, nil, s.empty.over(s.list)))
	s.content = s.stack.content
	return s
}

func (s *meetingsScreen) refresh() {
	load(s.ui, &s.loading, s.ui.svc.ListMeetings, func(rows []journal.Meeting) {
		s.rows = rows
		s.empty.update(len(rows), false)
		s.list.Refresh()
	})
}

func (s *meetingsScreen) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(s.rows) {
		return
	}
	m, r := s.rows[id], rowLabels(o)
	r.date.SetText(journal.FormatShortDate(m.Date))
	title := s.ui.tr.T("meetings.with", m.Adviser)
	if m.Adviser == "" {
		title = s.ui.tr.T("meetings.title")
	}
	r.title.SetText(title)
	r.status.SetText(s.ui.tr.T("meetingmode." + string(m.Mode)))
	r.duration.SetText("")
	if !m.Date.Before(journal.Day(s.ui.today())) {
		r.duration.SetText(s.ui.tr.T("meetings.upcoming"))
	}
}

// nextMeeting returns the soonest meeting from today, if any.
func (s *meetingsScreen) nextMeeting() (journal.Meeting, bool) {
	return carnet.NextMeeting(s.rows, journal.Day(s.ui.today()))
}

func (s *meetingsScreen) openForm(m *journal.Meeting) {
	s.form = newMeetingForm(s.ui, m, s.onFormDone)
	s.stack.showForm(s.form.content)
}

func (s *meetingsScreen) onFormDone(deleted *journal.Meeting) {
	s.form = nil
	s.stack.showList()
	if deleted != nil {
		id := deleted.ID
		s.undo.offer(s.ui.tr.T("meetings.deleted", journal.FormatShortDate(deleted.Date)), func() error {
			if err := s.ui.svc.RestoreMeeting(s.ui.ctx, id); err != nil {
				return err
			}
			s.ui.changed(changedMeetings)
			return nil
		})
	}
	s.ui.changed(changedMeetings)
}
