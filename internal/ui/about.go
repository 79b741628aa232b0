package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// ShowAbout opens the « À propos » box: Carnet's name and version
// (Options.Version), its licence, the privacy promise, the fonts' licence
// and what « Carnet n'est pas un avocat » means.
func (u *UI) ShowAbout() {
	tr := u.tr
	para := func(text string, bold bool) *widget.Label {
		l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: bold})
		l.Wrapping = fyne.TextWrapWord
		return l
	}
	content := container.NewVBox(
		widget.NewLabelWithStyle("Carnet", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		para(tr.T("about.version", u.opts.Version), false),
		para(tr.T("about.licence"), false),
		para(tr.T("about.privacy"), false),
		para(tr.T("about.fonts"), false),
		para(tr.T("about.not_lawyer"), true),
		para(tr.T("about.not_lawyer_means"), false),
	)
	d := dialog.NewCustom(tr.T("about.title"), tr.T("action.close"), container.NewVScroll(content), u.win)
	d.Resize(fyne.NewSize(min(600, u.win.Canvas().Size().Width-40), min(560, u.win.Canvas().Size().Height-40)))
	d.Show()
}
