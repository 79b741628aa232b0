package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// rightsScreen is « Mes droits »: guided letters to France Travail and the
// requests they start, tracked against the legal clocks.
type rightsScreen struct {
	ui      *UI
	content *fyne.Container
	stack   *listFormStack
	list    *widget.List
	count   *widget.Label
	undo    *undoBar
	wizard  *requestWizard
	detail  *requestDetail

	newButton *widget.Button
	rows      []rights.Request
	profile   journal.Profile
	loading   loadSlot
	empty     *emptyState
}

func newRightsScreen(u *UI) *rightsScreen {
	s := &rightsScreen{ui: u}
	s.buildUI()
	return s
}

func (s *rightsScreen) buildUI() {
	tr := s.ui.tr
	intro := widget.NewLabel(tr.T("rights.intro"))
	intro.Wrapping = fyne.TextWrapWord
	disclaimer := widget.NewLabel(tr.T("rights.disclaimer"))
	disclaimer.Wrapping = fyne.TextWrapWord
	disclaimer.TextStyle = fyne.TextStyle{Italic: true}
	s.newButton = widget.NewButtonWithIcon(tr.T("rights.new"), theme.ContentAddIcon(), s.onNewTapped)
	s.newButton.Importance = widget.HighImportance
	s.count = widget.NewLabel("")
	s.undo = newUndoBar(tr.T("action.undo")+" (Ctrl+Z)", s.ui.showError)
	s.list = widget.NewList(func() int { return len(s.rows) }, func() fyne.CanvasObject { return newListRow(11, s.ui.tr.T("rights.due_short", "00/00/0000")) }, s.updateRow)
	s.list.OnSelected = func(id widget.ListItemID) {
		s.list.UnselectAll()
		if id >= 0 && id < len(s.rows) {
			s.openDetail(s.rows[id].ID)
		}
	}
	facts := widget.NewButtonWithIcon(tr.T("rights.facts_button"), theme.DocumentIcon(), func() { s.ui.showFacts() })
	top := container.NewVBox(intro, newFlow(s.count, layout.NewSpacer(), facts, s.newButton), s.undo.content)
	s.empty = newEmptyState(tr.T("rights.empty"), "", tr.T("rights.new"), s.newButton.OnTapped)
	s.stack = newListFormStack(container.NewBorder(top, disclaimer, nil, nil, s.empty.over(s.list)))
	s.content = s.stack.content
}

// refresh reloads the requests in the background.
func (s *rightsScreen) refresh() {
	type requests struct {
		profile journal.Profile
		rows    []rights.Request
	}
	load(s.ui, &s.loading, func(ctx context.Context) (requests, error) {
		p, err := s.ui.svc.Profile(ctx)
		if err != nil {
			return requests{}, err
		}
		rows, err := s.ui.svc.ListRequests(ctx)
		return requests{p, rows}, err
	}, func(r requests) {
		s.profile = r.profile
		rows := r.rows
		// Newest first.
		for i, j := 0, len(rows)-1; i < j; i, j = i+1, j-1 {
			rows[i], rows[j] = rows[j], rows[i]
		}
		s.rows = rows
		s.empty.update(len(rows), false)
		s.count.SetText(s.ui.tr.N("rights.count", len(rows)))
		s.list.Refresh()
	})
}

func (s *rightsScreen) status(r rights.Request) rights.Status {
	return r.StatusOn(journal.Day(s.ui.today()), s.profile.Departement, rights.Escalated(s.rows)[r.ID])
}

func (s *rightsScreen) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(s.rows) {
		return
	}
	r, row, lbl := s.rows[id], rowLabels(o), s.ui.lbl
	day := r.SentOn
	if day.IsZero() {
		day = r.CreatedAt
	}
	row.date.SetText(journal.FormatShortDate(day))
	title := lbl.requestKind(r.Kind)
	if len(r.Recipient) > 0 {
		title += " — " + r.Recipient[0]
	}
	row.title.SetText(title)
	st := s.status(r)
	row.status.SetText(lbl.requestStatus(st))
	row.duration.Importance = widget.MediumImportance
	row.duration.SetText("")
	if due, ok := r.Due(s.profile.Departement); ok && (st == rights.StatusWaiting || st == rights.StatusOverdue) {
		row.duration.SetText(s.ui.tr.T("rights.due_short", journal.FormatShortDate(due.Due)))
		if st == rights.StatusOverdue {
			row.duration.Importance = widget.DangerImportance
		}
	}
	row.duration.Refresh()
}

func (s *rightsScreen) onNewTapped() {
	s.openDraft(rights.Request{})
}

// openDraft starts the wizard on a new first request prefilled from r,
// asking for an electronic copy of the answer when the profile gives an
// e-mail address.
func (s *rightsScreen) openDraft(r rights.Request) {
	r.ElectronicCopy = r.ElectronicCopy || s.profile.Email != ""
	s.openCopy(r)
}

// openCopy starts the wizard on r as it is: a new version of a request
// keeps every choice of the letter it copies.
func (s *rightsScreen) openCopy(r rights.Request) {
	s.wizard = newRequestWizard(s.ui, r, nil, s.onDone)
	s.detail = nil
	s.stack.showForm(s.wizard.content)
}

// openFollowUp starts the wizard on a reminder, complaint or referral of parent.
func (s *rightsScreen) openFollowUp(kind rights.Kind, parent rights.Request) {
	r := rights.Request{Kind: kind, ParentID: parent.ID, Mode: rights.ModeRegistered}
	if kind == rights.KindCNIL {
		r.Mode = rights.ModeOnlineForm
	}
	r.ElectronicCopy = s.profile.Email != ""
	s.wizard = newRequestWizard(s.ui, r, &parent, s.onDone)
	s.detail = nil
	s.stack.showForm(s.wizard.content)
}

func (s *rightsScreen) openDetail(id string) {
	r, err := s.ui.svc.Request(s.ui.ctx, id)
	if err != nil {
		s.ui.showError(err)
		return
	}
	if !r.Sent() {
		var parent *rights.Request
		if r.ParentID != "" {
			p, err := s.ui.svc.Request(s.ui.ctx, r.ParentID)
			if err != nil {
				s.ui.showError(err)
				return
			}
			parent = &p
		}
		s.wizard = newRequestWizard(s.ui, r, parent, s.onDone)
		s.detail = nil
		s.stack.showForm(s.wizard.content)
		return
	}
	s.detail = newRequestDetail(s.ui, r, s.rows, s.profile, s.onDone)
	s.wizard = nil
	s.stack.showForm(s.detail.content)
}

// onDone returns to the list; reopen names a request to show next.
func (s *rightsScreen) onDone(reopen string) {
	s.wizard, s.detail = nil, nil
	s.stack.showList()
	s.ui.changed(changedRequests)
	if reopen != "" {
		s.openDetail(reopen)
	}
}

// offerUndoDraft shows the undo bar after a draft was deleted.
func (s *rightsScreen) offerUndoDraft(r rights.Request) {
	s.undo.offer(s.ui.tr.T("rights.deleted", s.ui.lbl.requestKind(r.Kind)), func() error {
		if err := s.ui.svc.RestoreRequest(s.ui.ctx, r.ID); err != nil {
			return err
		}
		s.ui.changed(changedRequests)
		return nil
	})
}
