package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// ShowNotices tells, once, what Carnet noticed when it opened the record
// (a damaged or read-only record, a data folder made private): one
// sentence of the UI language each.
func (u *UI) ShowNotices(sentences []string) {
	if len(sentences) == 0 {
		return
	}
	msg := widget.NewLabel(strings.Join(sentences, "\n\n"))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(u.tr.T("notice.title"), u.tr.T("action.close"), msg, u.win)
	d.Resize(fyne.NewSize(min(600, u.win.Canvas().Size().Width-40), 0))
	d.Show()
	u.noticesShown = d
}
