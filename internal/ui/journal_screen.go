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

// Period filter choices of the Journal, in display order.
var periodKeys = []string{"period.all", "period.this_week", "period.this_month", "period.3_months", "period.12_months"}

// journalScreen is « Journal »: every act, filtered and searchable, with a
// form to add or edit one.
type journalScreen struct {
	ui      *UI
	content *fyne.Container
	stack   *listFormStack

	search *formEntry
	period *widget.Select
	theme  *widget.Select
	status *widget.Select
	count  *widget.Label
	list   *widget.List
	undo   *undoBar
	form   *actForm

	trashButton *widget.Button
	empty       *emptyState

	rows   []journal.Act // the pages loaded so far
	more   bool          // another page follows the rows
	typing debouncer
	first  loadSlot // the first page and the totals of the filter
	next   loadSlot // the following page
	paging bool     // the following page is being read
	shown  journal.ActFilter
}

func newJournalScreen(u *UI) *journalScreen {
	s := &journalScreen{ui: u}
	s.buildUI()
	return s
}

func (s *journalScreen) buildUI() {
	tr, lbl := s.ui.tr, s.ui.lbl
	s.search = newFormEntry("")
	s.search.SetPlaceHolder(tr.T("journal.search_placeholder"))
	s.search.OnChanged = func(string) { s.typing.schedule(s.ui, s.refresh) }

	periods := make([]string, len(periodKeys))
	for i, k := range periodKeys {
		periods[i] = tr.T(k)
	}
	s.period = widget.NewSelect(periods, func(string) { s.refresh() })
	themes := []string{tr.T("filter.all_themes")}
	for _, t := range journal.Themes() {
		themes = append(themes, lbl.theme(t))
	}
	s.theme = widget.NewSelect(themes, func(string) { s.refresh() })
	statuses := []string{tr.T("filter.all_statuses")}
	for _, st := range journal.Statuses() {
		statuses = append(statuses, lbl.status(st))
	}
	s.status = widget.NewSelect(statuses, func(string) { s.refresh() })
	s.period.SetSelectedIndex(0)
	s.theme.SetSelectedIndex(0)
	s.status.SetSelectedIndex(0)

	newAct := widget.NewButtonWithIcon(tr.T("journal.new"), theme.ContentAddIcon(), func() { s.openForm(nil) })
	newAct.Importance = widget.HighImportance
	s.count = widget.NewLabel("")
	s.trashButton = widget.NewButtonWithIcon(tr.T("trash.open"), theme.DeleteIcon(), func() { s.ui.openTrash() })
	s.undo = newUndoBar(tr.T("action.undo")+" (Ctrl+Z)", s.ui.showError)
	s.list = widget.NewList(func() int { return len(s.rows) }, newActRow, s.updateRow)
	s.list.OnSelected = func(id widget.ListItemID) {
		s.list.UnselectAll()
		if id >= 0 && id < len(s.rows) {
			s.openForm(&s.rows[id])
		}
	}
	filters := container.NewGridWithColumns(3, s.period, s.theme, s.status)
	top := container.NewVBox(
		container.NewBorder(nil, nil, nil, newAct, s.search),
		filters,
		container.NewBorder(nil, nil, nil, s.trashButton, s.count),
		s.undo.content,
	)
	s.empty = newEmptyState(tr.T("journal.empty"), tr.T("journal.empty_filtered"), tr.T("journal.new"), func() { s.openForm(nil) })
	s.stack = newListFormStack(container.NewBorder(top, nil, nil, nil, s.empty.over(s.list)))
	s.content = s.stack.content
}

// filter returns the filter the controls describe.
func (s *journalScreen) filter() journal.ActFilter {
	f := journal.ActFilter{Query: s.search.Text}
	today := journal.Day(s.ui.today())
	if s.period.SelectedIndex() > 0 {
		f.To = today // a period ends today: planned acts are not done yet
	}
	switch s.period.SelectedIndex() {
	case 1:
		f.From = journal.WeekStart(today)
	case 2:
		f.From = today.AddDate(0, 0, 1-today.Day())
	case 3:
		f.From = today.AddDate(0, -3, 0)
	case 4:
		f.From = today.AddDate(-1, 0, 0)
	}
	if i := s.theme.SelectedIndex(); i > 0 {
		f.Theme = journal.Themes()[i-1]
	}
	if i := s.status.SelectedIndex(); i > 0 {
		f.Status = journal.Statuses()[i-1]
	}
	return f
}

// refresh reloads, in the background, the first page of the list and the
// totals of the current filter; a newer refresh cancels an older one.
func (s *journalScreen) refresh() {
	if s.list == nil {
		return // still building: the selects fire OnChanged
	}
	f := s.filter()
	load(s.ui, &s.first, func(ctx context.Context) (carnet.ActsPage, error) {
		return s.ui.svc.JournalPage(ctx, f, nil)
	}, func(p carnet.ActsPage) {
		s.next.begin(s.ui.ctx) // drops a following page of the older filter
		s.rows, s.more, s.paging = p.Acts, p.More, false
		s.empty.update(len(s.rows), f != journal.ActFilter{})
		s.count.SetText(s.ui.tr.T("journal.count", s.ui.tr.N("count.acts", p.Totals.Acts), journal.FormatMinutes(p.Totals.Minutes)))
		s.list.Refresh()
		if f != s.shown {
			s.shown = f
			s.list.ScrollToTop()
		}
	})
}

// loadMore reads the page after the rows, when the list nears their end.
func (s *journalScreen) loadMore() {
	if !s.more || s.paging || len(s.rows) == 0 {
		return
	}
	s.paging = true
	f, last := s.filter(), s.rows[len(s.rows)-1]
	load(s.ui, &s.next, func(ctx context.Context) (carnet.ActsPage, error) {
		return s.ui.svc.JournalPage(ctx, f, &last)
	}, func(p carnet.ActsPage) {
		s.rows, s.more, s.paging = append(s.rows, p.Acts...), p.More, false
		s.list.Refresh()
	})
}

func newActRow() fyne.CanvasObject { return newListRow(9, "99 h 59") }

func (s *journalScreen) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(s.rows) {
		return
	}
	if id >= len(s.rows)-carnet.PageSize/4 && !s.ui.opts.Synchronous {
		s.loadMore()
	}
	a := s.rows[id]
	r := rowLabels(o)
	r.date.SetText(journal.FormatShortDate(a.Date))
	title := s.ui.lbl.actTitle(a)
	if a.Organisation != "" {
		title += " — " + a.Organisation
	}
	if len(a.AttachmentIDs) > 0 {
		title += " 📎"
	}
	r.title.SetText(title)
	status := ""
	if a.Status != journal.StatusNone {
		status = s.ui.lbl.status(a.Status)
	}
	r.status.SetText(status)
	r.duration.SetText(journal.FormatMinutes(a.Minutes))
}

// openForm shows the form for act, or an empty one when act is nil.
func (s *journalScreen) openForm(act *journal.Act) {
	if act != nil {
		full, err := s.ui.svc.Act(s.ui.ctx, act.ID)
		if err != nil {
			s.ui.showError(err)
			return
		}
		act = &full
	}
	s.form = newActForm(s.ui, act, s.onFormDone)
	s.stack.showForm(s.form.content)
	s.ui.win.Canvas().Focus(s.form.date)
}

// closeForm returns to the list without saving.
func (s *journalScreen) closeForm() {
	s.form = nil
	s.stack.showList()
}

// onFormDone is called by the form after save, cancel or delete.
func (s *journalScreen) onFormDone(deleted *journal.Act) {
	s.closeForm()
	if deleted != nil {
		id := deleted.ID
		s.undo.offer(s.ui.tr.T("journal.deleted", s.ui.lbl.actTitle(*deleted)), func() error {
			if err := s.ui.svc.RestoreAct(s.ui.ctx, id); err != nil {
				return err
			}
			s.ui.changed(changedActs)
			return nil
		})
	}
	s.ui.changed(changedActs)
}
