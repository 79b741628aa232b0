package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/answerfind"
	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// factsDialog is « Ce que France Travail a enregistré »: every value the
// user confirmed from France Travail's answers, with its history, and
// what changed between two answers (« Modalité : Guidé (mars 2026) →
// Renforcé (octobre 2026) »).
type factsDialog struct {
	dlg     dialog.Dialog
	text    []string                  // the lines shown (tests)
	rectify map[string]*widget.Button // per fact name (tests)
	explain map[string]*widget.Button
}

// ShowFacts opens « Ce que France Travail a enregistré » (the Mes droits
// button; screenshots).
func (u *UI) ShowFacts() { u.showFacts() }

// showFacts reads the confirmed facts in the background, then opens the
// facts dialog (u.lastFacts).
func (u *UI) showFacts() {
	load(u, &u.factsLoading, u.svc.Facts, u.openFacts)
}

// openFacts opens the facts dialog on histories.
func (u *UI) openFacts(histories []answerfind.FactHistory) {
	tr := u.tr
	f := &factsDialog{rectify: map[string]*widget.Button{}, explain: map[string]*widget.Button{}}
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
		if len(h.Entries) > 0 {
			last := h.Entries[len(h.Entries)-1]
			f.rectify[h.Name] = widget.NewButton(tr.T("facts.rectify"), func() { f.dlg.Hide(); u.rectifyFact(last) })
			f.explain[h.Name] = widget.NewButton(tr.T("facts.explain"), func() { f.dlg.Hide(); u.explainFact(last) })
			box.Add(newFlow(f.rectify[h.Name], f.explain[h.Name]))
		}
	}
	help := widget.NewLabel(tr.T("facts.help"))
	help.Wrapping = fyne.TextWrapWord
	f.dlg = dialog.NewCustom(tr.T("facts.title"), tr.T("action.close"),
		container.NewBorder(help, nil, nil, nil, container.NewVScroll(box)), u.win)
	f.dlg.Resize(guideSize(u.win))
	f.dlg.Show()
	u.lastFacts = f
}

// factLine is one confirmed value: « Renforcé, au 12/03/2026 — reponse.pdf,
// page 2 ».
// A value the answer gives no date for says when the user confirmed it.
func factLine(u *UI, e answerfind.ConfirmedFact) string {
	if e.ValidOn.IsZero() {
		return u.tr.T("facts.line_confirmed", e.Value, journal.FormatShortDate(e.ConfirmedAt), e.File, e.Page)
	}
	return u.tr.T("facts.line", e.Value, journal.FormatShortDate(e.ValidOn), e.File, e.Page)
}

// rectifyFact opens a rectification letter with the value France Travail
// recorded as the contested item; what is true is for the user to write.
func (u *UI) rectifyFact(f answerfind.ConfirmedFact) {
	u.Show(ScreenRights)
	u.rights.openDraft(rights.Request{Kind: rights.KindRectification, Mode: rights.ModeRegistered,
		Corrections: []rights.Correction{{Recorded: rights.FrenchTypography(f.Name + " : " + f.Value)}}})
}

// explainFact opens a request for the explanation of an algorithmic
// decision that names the score or category, as applied to the user.
func (u *UI) explainFact(f answerfind.ConfirmedFact) {
	u.Show(ScreenRights)
	u.rights.openDraft(rights.Request{Kind: rights.KindExplanation, Mode: rights.ModeRegistered,
		Decision: rights.Decision{Nature: "other", ScoreWeighed: true,
			Description: rights.FrenchTypography("l’attribution du « " + f.Name + " » (" + f.Value + ") me concernant")}})
}
