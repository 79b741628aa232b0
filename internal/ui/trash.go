package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// trashDialog is « Corbeille »: everything deleted and not yet purged, any
// item of which can be restored, not only the last one.
type trashDialog struct {
	ui      *UI
	dialog  dialog.Dialog
	rows    *fyne.Container
	status  *widget.Label
	items   []journal.TrashItem
	loading loadSlot
}

// openTrash shows the trash in a dialog and reads it in the background.
func (u *UI) openTrash() *trashDialog {
	tr := u.tr
	d := &trashDialog{ui: u, rows: container.NewVBox(), status: widget.NewLabel("")}
	intro := widget.NewLabel(tr.T("trash.intro"))
	intro.Wrapping = fyne.TextWrapWord
	d.status.Wrapping = fyne.TextWrapWord
	d.rows.Add(widget.NewLabel(tr.T("trash.reading")))
	content := container.NewBorder(container.NewVBox(intro, d.status), nil, nil, nil, container.NewVScroll(d.rows))
	d.dialog = dialog.NewCustom(tr.T("trash.title"), tr.T("action.close"), content, u.win)
	d.dialog.Resize(fyne.NewSize(min(760, u.win.Canvas().Size().Width-40), min(480, u.win.Canvas().Size().Height-40)))
	d.dialog.Show()
	u.lastTrash = d
	d.refresh()
	return d
}

func (d *trashDialog) refresh() {
	load(d.ui, &d.loading, d.ui.svc.ListTrash, d.show)
}

// show lists the items, the most recently deleted first.
func (d *trashDialog) show(items []journal.TrashItem) {
	d.items = items
	d.rows.RemoveAll()
	if len(items) == 0 {
		d.rows.Add(widget.NewLabel(d.ui.tr.T("trash.empty")))
	}
	for _, it := range items {
		item := it
		line := widget.NewLabel(d.describe(item))
		line.Wrapping = fyne.TextWrapWord // the item's date is in it: never cut
		deleted := widget.NewLabel(journal.FormatShortDate(item.DeletedAt))
		deleted.Importance = widget.LowImportance
		restore := widget.NewButtonWithIcon(d.ui.tr.T("trash.restore"), theme.ContentUndoIcon(), func() { d.restore(item) })
		d.rows.Add(container.NewBorder(nil, nil, deleted, restore, line))
	}
	d.rows.Refresh()
}

// describe writes one line: what it is, its date and its title.
func (d *trashDialog) describe(it journal.TrashItem) string {
	tr, title := d.ui.tr, it.Title
	switch it.Kind {
	case journal.TrashAct:
		title = d.ui.lbl.actTitle(journal.Act{Label: it.Title, Theme: it.Theme, Code: it.Code})
		if it.Detail != "" {
			title += " — " + it.Detail
		}
	case journal.TrashRequest:
		title = d.ui.lbl.requestKind(rights.Kind(it.Title))
	case journal.TrashMeeting:
		title = tr.T("meetings.with", it.Title)
	}
	return tr.T("trash.line", tr.T("trash.kind_"+string(it.Kind)), journal.FormatShortDate(it.Date), title)
}

// restore takes the item out of the trash and refreshes what shows it.
func (d *trashDialog) restore(it journal.TrashItem) {
	if err := d.ui.svc.RestoreItem(d.ui.ctx, it); err != nil {
		d.ui.showError(err)
		return
	}
	d.status.SetText(d.ui.tr.T("trash.restored", d.describe(it)))
	d.ui.changed(trashChange(it.Kind))
	d.refresh()
}

// trashChange is the part of the record a restored item belongs to.
func trashChange(k journal.TrashKind) change {
	switch k {
	case journal.TrashMail:
		return changedMails
	case journal.TrashRequest:
		return changedRequests
	case journal.TrashMeeting:
		return changedMeetings
	}
	return changedActs
}
