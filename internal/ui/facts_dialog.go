package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/answerfind"
	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/journal"
)

// factsDialog is « Ce que France Travail a enregistré »: every value the
// user confirmed from France Travail's answers, with its history, and
// what changed between two answers (« Modalité : Guidé (mars 2026) →
// Renforcé (octobre 2026) »).
type factsDialog struct {
	dlg  dialog.Dialog
	text []string // the lines shown (tests)
}

// showFacts opens the facts dialog.
func (u *UI) showFacts() *factsDialog {
	tr := u.tr
	histories, err := u.svc.Facts(u.ctx)
	if err != nil {
		u.showError(err)
		return nil
	}
	f := &factsDialog{}
	box := container.NewVBox()
	add := func(text string, style fyne.TextStyle) {
		f.text = append(f.text, text)
		l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, style)
		l.Wrapping = fyne.TextWrapWord
		box.Add(l)
	}
	if len(histories) == 0 {
		add(tr.T("facts.none_window"), fyne.TextStyle{})
	}
	for _, h := range histories {
		add(h.Name, fyne.TextStyle{Bold: true})
		for _, c := range h.Changes() {
			add(carnet.DescribeChange(tr, c), fyne.TextStyle{Italic: true})
		}
		for _, e := range h.Entries {
			add(factLine(u, e), fyne.TextStyle{})
		}
	}
	help := widget.NewLabel(tr.T("facts.help"))
	help.Wrapping = fyne.TextWrapWord
	f.dlg = dialog.NewCustom(tr.T("facts.title"), tr.T("action.close"),
		container.NewBorder(help, nil, nil, nil, container.NewVScroll(box)), u.win)
	f.dlg.Resize(guideSize(u.win))
	f.dlg.Show()
	return f
}

// factLine is one confirmed value: « Renforcé, au 12/03/2026 — reponse.pdf,
// page 2 ».
func factLine(u *UI, e answerfind.ConfirmedFact) string {
	when := journal.FormatShortDate(e.When())
	return u.tr.T("facts.line", e.Value, when, e.File, e.Page)
}
