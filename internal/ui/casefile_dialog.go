package ui

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/casefile"
	"github.com/carnet-app/carnet/internal/casefile/casefileapp"
)

// caseFileDialog shows the anonymised case file of a request exactly as it
// will be saved (the document's words, and the JSON itself folded below),
// lets the user include the values of the disclosed scores, and saves it
// as PDF or JSON. Carnet never sends it.
type caseFileDialog struct {
	ui        *UI
	requestID string
	slot      loadSlot
	shown     casefile.CaseFile // the case file on screen: what the buttons save
	ready     bool              // shown holds a loaded case file

	values   *widget.Check
	text     *widget.Label // the document's words
	json     *widget.Label // the JSON file, as written
	savePDF  *widget.Button
	saveJSON *widget.Button
	dlg      dialog.Dialog
}

// showCaseFile opens « Fiche de cas anonymisée » for the request
// requestID (for a follow-up, that of the request it follows).
func (u *UI) showCaseFile(requestID string) { u.openCaseFile(requestID) }

// openCaseFile opens the dialog and returns it.
func (u *UI) openCaseFile(requestID string) *caseFileDialog {
	d := &caseFileDialog{ui: u, requestID: requestID}
	d.buildUI()
	d.dlg.Show()
	d.reload()
	return d
}

func (d *caseFileDialog) buildUI() {
	tr := d.ui.tr
	intro := widget.NewLabel(tr.T("casefile.intro"))
	intro.Wrapping = fyne.TextWrapWord
	d.values = widget.NewCheck("", func(bool) { d.reload() })
	d.text = widget.NewLabel("")
	d.text.Wrapping = fyne.TextWrapWord
	d.json = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
	d.json.Wrapping = fyne.TextWrapBreak
	d.savePDF = widget.NewButtonWithIcon(tr.T("casefile.save_pdf"), theme.DocumentSaveIcon(), func() { d.onSaveTapped(casefileapp.FormatPDF) })
	d.saveJSON = widget.NewButtonWithIcon(tr.T("casefile.save_json"), theme.DocumentSaveIcon(), func() { d.onSaveTapped(casefileapp.FormatJSON) })
	d.savePDF.Importance = widget.HighImportance
	d.savePDF.Disable()
	d.saveJSON.Disable()
	body := container.NewVBox(intro, checkLine(d.values, tr.T("casefile.with_values")), widget.NewSeparator(), d.text,
		widget.NewAccordion(widget.NewAccordionItem(tr.T("casefile.json"), d.json)))
	content := container.NewBorder(nil, container.NewPadded(newFlow(d.savePDF, d.saveJSON)), nil, nil, container.NewVScroll(body))
	d.dlg = dialog.NewCustom(tr.T("casefile.title"), tr.T("action.close"), content, d.ui.win)
	size := d.ui.win.Canvas().Size()
	d.dlg.Resize(fyne.NewSize(min(720, size.Width-40), min(640, size.Height-40)))
}

// caseFileView is a case file with its words and JSON, as the dialog shows it.
type caseFileView struct {
	file casefile.CaseFile
	text string
	json string
}

// reload prepares the case file again, with or without values, off the
// UI goroutine.
func (d *caseFileDialog) reload() {
	withValues := d.values.Checked
	d.ready = false
	d.savePDF.Disable()
	d.saveJSON.Disable()
	load(d.ui, &d.slot, func(ctx context.Context) (caseFileView, error) {
		c, err := casefileapp.Prepare(ctx, d.ui.svc, d.requestID, withValues)
		if errors.Is(err, casefileapp.ErrNotSent) {
			return caseFileView{}, carnet.Said(d.ui.tr.T("casefile.not_sent"))
		}
		if err != nil {
			return caseFileView{}, err
		}
		js, err := c.JSON()
		return caseFileView{file: c, text: casefile.Text(c), json: string(js)}, err
	}, d.apply)
}

// apply shows a prepared case file and lets it be saved.
func (d *caseFileDialog) apply(v caseFileView) {
	d.shown, d.ready = v.file, true
	d.text.SetText(v.text)
	d.json.SetText(v.json)
	d.savePDF.Enable()
	d.saveJSON.Enable()
}

// onSaveTapped saves the case file on screen in format, under a name that
// says nothing of the person or the dates.
func (d *caseFileDialog) onSaveTapped(format string) {
	if !d.ready {
		return
	}
	data, err := casefileapp.Encode(d.shown, format)
	if err != nil {
		d.ui.showError(err)
		return
	}
	d.ui.saveAs("fiche-de-cas."+format, data, nil)
}
