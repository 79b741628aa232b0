package ui

import (
	"context"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/journal"
)

// mailScreen is « Courriers »: mail exchanged with France Travail, both ways.
type mailScreen struct {
	ui      *UI
	content *fyne.Container
	stack   *listFormStack
	search  *formEntry
	kind    *widget.Select
	count   *widget.Label
	list    *widget.List
	undo    *undoBar
	form    *mailForm

	addButton *widget.Button

	rows    []journal.Mail
	typing  debouncer
	empty   *emptyState
	loading loadSlot
	opening loadSlot // the mail to edit and the mail it may be linked to
}

func newMailScreen(u *UI) *mailScreen {
	s := &mailScreen{ui: u}
	s.buildUI()
	return s
}

func (s *mailScreen) buildUI() {
	tr := s.ui.tr
	s.search = newFormEntry("")
	s.search.SetPlaceHolder(tr.T("mail.search_placeholder"))
	s.search.OnChanged = func(string) { s.typing.schedule(s.ui, s.refresh) }
	kinds := []string{tr.T("filter.all_kinds")}
	for _, k := range journal.MailKinds() {
		kinds = append(kinds, s.ui.lbl.mailKind(k))
	}
	s.kind = widget.NewSelect(kinds, func(string) { s.refresh() })
	s.kind.SetSelectedIndex(0)
	s.addButton = widget.NewButtonWithIcon(tr.T("mail.new"), theme.ContentAddIcon(), func() { s.openForm(nil) })
	s.addButton.Importance = widget.HighImportance
	s.count = widget.NewLabel("")
	s.undo = newUndoBar(tr.T("action.undo")+" (Ctrl+Z)", s.ui.showError)
	s.list = widget.NewList(func() int { return len(s.rows) }, func() fyne.CanvasObject { return newListRow(11, s.ui.tr.T("mail.reply_by_short", "00/00/0000")) }, s.updateRow)
	s.list.OnSelected = func(id widget.ListItemID) {
		s.list.UnselectAll()
		if id >= 0 && id < len(s.rows) {
			s.openForm(&s.rows[id])
		}
	}
	top := container.NewVBox(container.NewBorder(nil, nil, nil, s.addButton, s.search), s.kind, s.count, s.undo.content)
	s.empty = newEmptyState(tr.T("mail.empty"), tr.T("mail.empty_filtered"), tr.T("mail.new"), func() { s.openForm(nil) })
	s.stack = newListFormStack(container.NewBorder(top, nil, nil, nil, s.empty.over(s.list)))
	s.content = s.stack.content
}

func (s *mailScreen) refresh() {
	if s.list == nil {
		return
	}
	f := journal.MailFilter{Query: s.search.Text}
	if i := s.kind.SelectedIndex(); i > 0 {
		f.Kind = journal.MailKinds()[i-1]
	}
	load(s.ui, &s.loading, func(ctx context.Context) ([]journal.Mail, error) {
		return s.ui.svc.ListMails(ctx, f)
	}, func(rows []journal.Mail) {
		s.rows = rows
		s.empty.update(len(rows), f != journal.MailFilter{})
		s.count.SetText(s.ui.tr.N("mail.count", len(rows)))
		s.list.Refresh()
	})
}

func (s *mailScreen) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(s.rows) {
		return
	}
	m, r, lbl := s.rows[id], rowLabels(o), s.ui.lbl
	r.date.SetText(journal.FormatShortDate(m.Date))
	r.title.SetText(lbl.direction(m.Direction) + " — " + m.Subject)
	r.status.SetText(lbl.mailKind(m.Kind))
	r.duration.Importance = widget.MediumImportance
	switch {
	case m.AwaitsReply():
		r.duration.SetText(s.ui.tr.T("mail.reply_by_short", journal.FormatShortDate(m.ReplyBy)))
		if m.ReplyBy.Before(journal.Day(s.ui.today())) {
			r.duration.Importance = widget.DangerImportance
		}
	case m.ReplyMailID != "":
		r.duration.SetText(s.ui.tr.T("mail.replied"))
	default:
		r.duration.SetText("")
	}
	r.duration.Refresh()
}

// mailToEdit is what the mail form needs: the mail (nil for a new one)
// and every mail it may be linked to as its reply, whatever the list
// shows.
type mailToEdit struct {
	mail *journal.Mail
	all  []journal.Mail
}

// openForm reads the mail and the mail it may be linked to in the
// background, then opens the form: the reply list never depends on the
// search or the kind the list is filtered by.
func (s *mailScreen) openForm(m *journal.Mail) {
	svc := s.ui.svc
	load(s.ui, &s.opening, func(ctx context.Context) (mailToEdit, error) {
		var e mailToEdit
		if m != nil {
			full, err := svc.Mail(ctx, m.ID)
			if err != nil {
				return e, err
			}
			e.mail = &full
		}
		all, err := svc.ListMails(ctx, journal.MailFilter{})
		if err != nil {
			return e, err
		}
		e.all = all
		if e.mail != nil && e.mail.ReplyMailID != "" && !slices.ContainsFunc(all, func(x journal.Mail) bool { return x.ID == e.mail.ReplyMailID }) {
			// A reply in the trash is not listed: its link is kept.
			if r, err := svc.Mail(ctx, e.mail.ReplyMailID); err == nil {
				e.all = append(e.all, r)
			}
		}
		return e, nil
	}, func(e mailToEdit) {
		s.form = newMailForm(s.ui, e.mail, e.all, s.onFormDone)
		s.stack.showForm(s.form.content)
		s.ui.win.Canvas().Focus(s.form.subject)
	})
}

func (s *mailScreen) closeForm() {
	s.form = nil
	s.stack.showList()
}

func (s *mailScreen) onFormDone(deleted *journal.Mail) {
	s.closeForm()
	if deleted != nil {
		id := deleted.ID
		s.undo.offer(s.ui.tr.T("mail.deleted", deleted.Subject), func() error {
			if err := s.ui.svc.RestoreMail(s.ui.ctx, id); err != nil {
				return err
			}
			s.ui.changed(changedMails)
			return nil
		})
	}
	s.ui.changed(changedMails)
}
