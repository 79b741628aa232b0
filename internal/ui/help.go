package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// helpKeys names each screen in the help catalogue (help.<key>.*), in the
// order of the screen indexes (ScreenHome…ScreenSettings).
var helpKeys = []string{"home", "journal", "mail", "rights", "meetings", "reports", "settings"}

// rightsAfterKeys are the paragraphs of « Après l'envoi d'une lettre »,
// shown on the help of Mes droits only.
var rightsAfterKeys = []string{"help.rights.after1", "help.rights.after2", "help.rights.after3", "help.rights.after4"}

// helpPanel is a screen's « ? » panel: what the screen is for, what France
// Travail may ask, for Mes droits what follows a letter, and the legal
// references folded in « Références ».
type helpPanel struct {
	dlg        dialog.Dialog
	text       *fyne.Container   // the plain-words part, above the references
	references *widget.Accordion // folded at first
	scroll     *container.Scroll
}

// ShowHelp opens the help panel of the screen with the given index
// (ScreenHome…ScreenSettings); an unknown index opens nothing.
func (u *UI) ShowHelp(screen int) { u.openHelp(screen) }

// openHelp builds and shows a screen's help panel and returns it (tests);
// nil for an unknown screen.
func (u *UI) openHelp(screen int) *helpPanel {
	if screen < 0 || screen >= len(helpKeys) {
		return nil
	}
	tr := u.tr
	key := helpKeys[screen]
	heading := func(k string) *widget.Label {
		l := widget.NewLabelWithStyle(tr.T(k), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Wrapping = fyne.TextWrapWord
		return l
	}
	h := &helpPanel{text: container.NewVBox(
		heading("help.purpose_title"), para(tr.T("help."+key+".purpose")),
		heading("help.ask_title"), para(tr.T("help."+key+".ask")),
	)}
	if screen == ScreenRights {
		h.text.Add(heading("help.after_title"))
		for _, k := range rightsAfterKeys {
			h.text.Add(para(tr.T(k)))
		}
	}
	h.references = widget.NewAccordion(widget.NewAccordionItem(tr.T("help.references"), para(tr.T("help."+key+".refs"))))
	h.scroll = container.NewVScroll(container.NewVBox(h.text, h.references))
	h.dlg = dialog.NewCustom(tr.T("help.title", tr.T("screen."+key)), tr.T("action.close"), h.scroll, u.win)
	h.dlg.Resize(guideSize(u.win))
	h.dlg.Show()
	return h
}
