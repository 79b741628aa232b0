package ui

import (
	"errors"
	"net/url"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// firstKinds are the requests the wizard starts.
var firstKinds = []rights.Kind{rights.KindAccess, rights.KindExplanation, rights.KindRectification, rights.KindObjection}

// recipientChoices are the recipients offered for a first request.
var recipientChoices = []rights.RecipientKind{rights.RecipientDPO, rights.RecipientAgency, rights.RecipientCustom}

// requestWizard walks the user through a letter: choose, fill, read and send.
type requestWizard struct {
	formBase
	req     rights.Request
	parent  *rights.Request
	done    func(reopen string)
	content *fyne.Container
	body    *fyne.Container
	step    int

	chooseNext, fillNext *widget.Button

	// step 1
	kinds    *widget.RadioGroup
	kindHelp *widget.Label
	// step 2
	recipientKind *widget.Select
	recipient     *formEntry
	mode          *widget.Select
	electronic    *widget.Check
	decisionDate  *formEntry
	decisionRef   *formEntry
	nature        *widget.Select
	description   *formEntry
	scoreWeighed  *widget.Check
	contestable   *widget.Label
	corrections   [][4]*formEntry // recorded, truth, proof, proof label
	correctionBox *fyne.Container
	statement     *formEntry
	profileNeeds  *widget.Label
	// step 3
	letter     carnet.Letter
	missing    *widget.Label
	preview    *widget.Label
	sentOn     *formEntry
	registered *formEntry
	sendButton *widget.Button
	cancels    []*widget.Button // « Annuler » of every step built
}

func newRequestWizard(u *UI, r rights.Request, parent *rights.Request, done func(string)) *requestWizard {
	w := &requestWizard{req: r, parent: parent, done: done}
	w.formBase = newFormBase(u, w.onNextTapped, func() { w.done("") })
	w.body = container.NewStack()
	title := widget.NewLabelWithStyle(u.tr.T("rights.wizard_title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	w.content = container.NewBorder(title, nil, nil, nil, w.body)
	if r.Kind == "" {
		w.showStep(1)
	} else {
		w.showStep(2)
	}
	return w
}

func (w *requestWizard) showStep(n int) {
	w.step = n
	w.errors = map[string]fieldError{}
	var c fyne.CanvasObject
	switch n {
	case 1:
		c = w.stepChoose()
	case 2:
		c = w.stepFill()
	default:
		c = w.stepPreview()
	}
	w.body.Objects = []fyne.CanvasObject{c}
	w.body.Refresh()
}

func (w *requestWizard) onNextTapped() {
	switch w.step {
	case 1:
		w.onChooseNext()
	case 2:
		w.onFillNext()
	}
}

// cancelButton leaves the wizard without saving, at any step (Escape in a field does the same).
func (w *requestWizard) cancelButton() *widget.Button {
	b := widget.NewButtonWithIcon(w.ui.tr.T("action.cancel"), theme.CancelIcon(), func() { w.done("") })
	w.cancels = append(w.cancels, b)
	return b
}

func (w *requestWizard) stepHeader(n int) *widget.Label {
	return widget.NewLabelWithStyle(w.ui.tr.T("rights.step", n, w.ui.tr.T("rights.step"+string(rune('0'+n)))),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// Step 1: choose what to ask.
func (w *requestWizard) stepChoose() fyne.CanvasObject {
	tr := w.ui.tr
	labels := make([]string, len(firstKinds))
	for i, k := range firstKinds {
		labels[i] = w.ui.lbl.requestKind(k)
	}
	w.kindHelp = widget.NewLabel("")
	w.kindHelp.Wrapping = fyne.TextWrapWord
	w.kinds = widget.NewRadioGroup(labels, func(string) { w.onKindChanged() })
	w.kinds.Required = true
	// Coming back from step 2 keeps the kind chosen (or of the draft).
	w.kinds.SetSelected(labels[0])
	for i, k := range firstKinds {
		if k == w.req.Kind {
			w.kinds.SetSelected(labels[i])
		}
	}
	w.chooseNext = widget.NewButtonWithIcon(tr.T("rights.next"), theme.NavigateNextIcon(), w.onChooseNext)
	w.chooseNext.Importance = widget.HighImportance
	return container.NewBorder(w.stepHeader(1), newFlow(w.chooseNext, w.cancelButton()), nil, nil,
		container.NewVScroll(container.NewVBox(w.kinds, widget.NewSeparator(), w.kindHelp)))
}

func (w *requestWizard) chosenKind() rights.Kind {
	for i, k := range firstKinds {
		if w.kinds.Selected == w.ui.lbl.requestKind(k) {
			return firstKinds[i]
		}
	}
	return rights.KindAccess
}

func (w *requestWizard) onKindChanged() {
	k := w.chosenKind()
	w.kindHelp.SetText(w.ui.tr.T("rights.help." + string(k)))
	w.kindHelp.Importance = widget.MediumImportance
	if k == rights.KindObjection {
		w.kindHelp.Importance = widget.WarningImportance
	}
	w.kindHelp.Refresh()
}

func (w *requestWizard) onChooseNext() {
	w.req.Kind = w.chosenKind()
	if w.req.Mode == "" {
		w.req.Mode = rights.ModeRegistered
	}
	w.showStep(2)
}

// minCorrectionRows is how many rows a rectification offers at least.
const minCorrectionRows = 3

// appendCorrection adds a row for c: what France Travail recorded, what
// is true, the proof and its label.
func (w *requestWizard) appendCorrection(c rights.Correction) {
	tr := w.ui.tr
	row := [4]*formEntry{w.entry(tr.T("rights.recorded"), c.Recorded), w.entry(tr.T("rights.truth"), c.Truth),
		w.entry(tr.T("rights.proof"), c.Proof), w.entry(tr.T("rights.proof_label"), c.ProofLabel)}
	w.corrections = append(w.corrections, row)
	if len(w.corrections) > 1 {
		w.correctionBox.Add(widget.NewSeparator())
	}
	w.correctionBox.Add(container.NewGridWithColumns(2, row[0], row[1], row[2], row[3]))
}

// Step 2: fill in the recipient, the sending mode and the kind's details.
func (w *requestWizard) stepFill() fyne.CanvasObject {
	tr, lbl, r := w.ui.tr, w.ui.lbl, w.req
	rows := []fyne.CanvasObject{}
	add := func(label string, obj fyne.CanvasObject) { rows = append(rows, boldLabel(label), obj) }

	w.recipient = w.multiLine(strings.Join(r.Recipient, "\n"))
	w.recipient.SetMinRowsVisible(4)
	checkNote := widget.NewLabel(tr.T("rights.address_check"))
	checkNote.Importance = widget.WarningImportance
	checkNote.Wrapping = fyne.TextWrapWord
	if !r.Kind.FollowUp() {
		rk := r.RecipientKind
		if rk == "" {
			rk = rights.RecipientDPO
		}
		w.recipientKind = choices(recipientChoices, lbl.recipientKind, rk)
		w.recipientKind.OnChanged = func(string) { w.fillRecipient() }
		if len(r.Recipient) == 0 {
			w.fillRecipient()
		}
		add(tr.T("rights.recipient"), w.recipientKind)
	} else if len(r.Recipient) == 0 {
		w.recipient.SetText(strings.Join(w.defaultFollowUpRecipient(), "\n"))
	}
	add(tr.T("rights.address"), w.field("recipient", w.recipient, checkNote))
	w.mode = choices(rights.SendModes(), lbl.sendMode, r.Mode)
	add(tr.T("rights.mode"), w.field("mode", w.mode))
	w.profileNeeds = widget.NewLabel("")
	w.profileNeeds.Wrapping = fyne.TextWrapWord
	add(tr.T("rights.profile_uses"), w.profileNeeds)

	switch r.Kind {
	case rights.KindAccess:
		w.electronic = widget.NewCheck(tr.T("rights.electronic"), func(bool) { w.showProfileNeeds() })
		w.electronic.SetChecked(r.ElectronicCopy)
		add("", w.electronic)
	case rights.KindExplanation:
		w.decisionDate = w.entry(tr.T("form.date_placeholder"), journal.FormatShortDate(r.Decision.Date))
		w.decisionRef = w.entry(tr.T("rights.decision_ref_placeholder"), r.Decision.Reference)
		w.nature = choices(rights.DecisionNatures, lbl.decisionNature, r.Decision.Nature)
		w.nature.PlaceHolder = tr.T("form.choose")
		w.contestable = widget.NewLabel(tr.T("rights.notice.contestable"))
		w.contestable.Wrapping = fyne.TextWrapWord
		w.contestable.Importance = widget.WarningImportance
		w.nature.OnChanged = func(string) { w.showContestable() }
		w.showContestable()
		w.description = w.multiLine(r.Decision.Description)
		w.scoreWeighed = widget.NewCheck(tr.T("rights.score_weighed"), nil)
		w.scoreWeighed.SetChecked(r.Decision.ScoreWeighed)
		add(tr.T("rights.decision_date"), w.field("decision.date", w.decisionDate))
		add(tr.T("rights.decision_ref"), w.decisionRef)
		add(tr.T("rights.decision_nature"), w.field("decision.nature", w.nature, w.contestable))
		add(tr.T("rights.decision_description"), w.description)
		add("", w.scoreWeighed)
	case rights.KindRectification:
		// Every correction of the draft is shown, and at least three rows.
		w.corrections, w.correctionBox = nil, container.NewVBox()
		for _, c := range r.Corrections {
			w.appendCorrection(c)
		}
		for len(w.corrections) < minCorrectionRows {
			w.appendCorrection(rights.Correction{})
		}
		more := widget.NewButtonWithIcon(tr.T("rights.add_correction"), theme.ContentAddIcon(), func() {
			w.appendCorrection(rights.Correction{})
			w.ui.win.Canvas().Focus(w.corrections[len(w.corrections)-1][0])
		})
		add(tr.T("rights.corrections"), w.field("corrections", container.NewVBox(w.correctionBox, container.NewHBox(more))))
		w.statement = w.multiLine(r.Statement)
		add(tr.T("rights.statement_optional"), w.statement)
	case rights.KindObjection:
		warn := widget.NewLabel(tr.T("rights.help.objection"))
		warn.Importance = widget.WarningImportance
		warn.Wrapping = fyne.TextWrapWord
		w.statement = w.multiLine(r.Statement)
		add(tr.T("rights.situation"), w.field("statement", w.statement, warn))
	case rights.KindCNIL:
		help := widget.NewLabel(tr.T("rights.help.cnil"))
		help.Wrapping = fyne.TextWrapWord
		add("", help)
	case rights.KindCADA:
		help := widget.NewLabel(tr.T("rights.help.cada"))
		help.Wrapping = fyne.TextWrapWord
		add("", help)
	}
	if r.Kind.FollowUp() && w.parent != nil {
		where := widget.NewLabel(caseSummary(w.ui, w.parentCase()))
		where.Wrapping = fyne.TextWrapWord
		add(tr.T("rights.case"), where)
	}
	w.showProfileNeeds()
	w.fillNext = widget.NewButtonWithIcon(tr.T("rights.preview"), theme.NavigateNextIcon(), w.onFillNext)
	w.fillNext.Importance = widget.HighImportance
	back := widget.NewButtonWithIcon(tr.T("rights.back"), theme.NavigateBackIcon(), func() {
		w.read()
		if w.req.Kind.FollowUp() {
			w.done("")
		} else {
			w.showStep(1)
		}
	})
	saveDraft := widget.NewButtonWithIcon(tr.T("rights.save_draft"), theme.DocumentSaveIcon(), w.onSaveDraftTapped)
	buttons := newFlow(back, w.fillNext, saveDraft, w.cancelButton(), layout.NewSpacer())
	if w.req.ID != "" {
		del := widget.NewButtonWithIcon(tr.T("rights.delete_draft"), theme.DeleteIcon(), w.onDeleteDraftTapped)
		del.Importance = widget.DangerImportance
		buttons.Add(del)
	}
	header := container.NewVBox(w.stepHeader(2), widget.NewLabel(lbl.requestKind(r.Kind)))
	return container.NewBorder(header, buttons, nil, nil, container.NewVScroll(container.New(newFormLayout(), rows...)))
}

func (w *requestWizard) defaultFollowUpRecipient() []string {
	switch w.req.Kind {
	case rights.KindCNIL:
		return rights.AddressCNIL
	case rights.KindCADA:
		return rights.AddressCADA
	}
	if w.parent != nil {
		return w.parent.Recipient
	}
	return nil
}

// fillRecipient writes the chosen recipient's default address.
func (w *requestWizard) fillRecipient() {
	rk, _ := chosen(w.recipientKind, recipientChoices)
	switch rk {
	case rights.RecipientDPO:
		w.recipient.SetText(strings.Join(rights.AddressDPO, "\n"))
	case rights.RecipientAgency:
		agency := w.ui.rights.profile.Agency
		if agency == "" {
			agency = "France Travail"
		}
		w.recipient.SetText(agency + "\n")
	default:
		w.recipient.SetText("")
	}
}

// read copies the fields of step 2 into the request; it returns the
// problems found in dates typed.
func (w *requestWizard) read() map[string]string {
	bad := map[string]string{}
	r := &w.req
	r.Recipient = nonEmptyLines(w.recipient.Text)
	if w.recipientKind != nil {
		r.RecipientKind, _ = chosen(w.recipientKind, recipientChoices)
	}
	r.Mode, _ = chosen(w.mode, rights.SendModes())
	switch r.Kind {
	case rights.KindAccess:
		r.ElectronicCopy = w.electronic.Checked
	case rights.KindExplanation:
		r.Decision.Date = time.Time{}
		if s := strings.TrimSpace(w.decisionDate.Text); s != "" {
			d, err := journal.ParseFrenchDate(s)
			if err != nil {
				bad["decision.date"] = journal.ProblemInvalidDate
			}
			r.Decision.Date = d
		}
		r.Decision.Reference = strings.TrimSpace(w.decisionRef.Text)
		r.Decision.Nature, _ = chosen(w.nature, rights.DecisionNatures)
		r.Decision.Description = strings.TrimSpace(w.description.Text)
		r.Decision.ScoreWeighed = w.scoreWeighed.Checked
	case rights.KindRectification:
		r.Corrections = nil
		for _, c := range w.corrections {
			corr := rights.Correction{Recorded: strings.TrimSpace(c[0].Text), Truth: strings.TrimSpace(c[1].Text),
				Proof: strings.TrimSpace(c[2].Text), ProofLabel: strings.TrimSpace(c[3].Text)}
			if corr != (rights.Correction{}) {
				r.Corrections = append(r.Corrections, corr)
			}
		}
		r.Statement = strings.TrimSpace(w.statement.Text)
	case rights.KindObjection:
		r.Statement = strings.TrimSpace(w.statement.Text)
	}
	return bad
}

func nonEmptyLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func (w *requestWizard) onFillNext() {
	if bad := w.read(); w.showProblems(bad) {
		return
	}
	w.showStep(3)
}

func (w *requestWizard) onSaveDraftTapped() {
	if bad := w.read(); w.showProblems(bad) {
		return
	}
	saved, err := w.ui.svc.SaveRequest(w.ui.ctx, w.req)
	if err != nil {
		w.ui.showError(err)
		return
	}
	w.req = saved
	w.done("")
}

func (w *requestWizard) onDeleteDraftTapped() {
	if err := w.ui.svc.TrashRequest(w.ui.ctx, w.req.ID); err != nil {
		w.ui.showError(err)
		return
	}
	deleted := w.req
	w.done("")
	w.ui.rights.offerUndoDraft(deleted)
}

// input returns what the letter is built from, dated today.
func (w *requestWizard) input() rights.LetterInput {
	in := rights.LetterInput{Profile: w.ui.rights.profile, Request: w.req, Parent: w.parent, Today: journal.Day(w.ui.today())}
	if w.parent != nil {
		in.FollowUps = rights.FollowUpsOf(w.ui.rights.rows, w.parent.ID, w.req.ID)
	}
	return in
}

// parentCase decides the facts of the request a follow-up answers.
func (w *requestWizard) parentCase() rights.Case {
	return rights.CaseOf(*w.parent, rights.FollowUpsOf(w.ui.rights.rows, w.parent.ID, w.req.ID),
		w.ui.rights.profile.Departement, journal.Day(w.ui.today()))
}

// showContestable shows, for a sanction, a warning or a radiation, that
// this letter does not replace the observations, the mediator or the appeal.
func (w *requestWizard) showContestable() {
	nature, _ := chosen(w.nature, rights.DecisionNatures)
	if rights.Contestable(nature) {
		w.contestable.Show()
	} else {
		w.contestable.Hide()
	}
}

// showProfileNeeds lists which profile fields this letter uses and which
// are missing, so the user knows what to fill in Paramètres.
func (w *requestWizard) showProfileNeeds() {
	if w.profileNeeds == nil {
		return
	}
	tr, p := w.ui.tr, w.ui.rights.profile
	electronic := w.electronic != nil && w.electronic.Checked
	var lines []string
	line := func(key string, have bool, need string) {
		mark := "✓ "
		if !have {
			mark = "✗ "
		}
		lines = append(lines, mark+tr.T("rights.profile."+key)+" — "+tr.T("rights.need."+need))
	}
	line("name", strings.TrimSpace(p.Name) != "", "required")
	line("address", len(nonEmptyLines(p.Address)) >= 2, "required")
	line("france_travail_id", strings.TrimSpace(p.FranceTravailID) != "", "required")
	if !w.req.Kind.FollowUp() {
		line("birth_date", !p.BirthDate.IsZero(), "birth_date")
	}
	switch {
	case electronic:
		line("email", strings.TrimSpace(p.Email) != "", "email_required")
	default:
		line("email", strings.TrimSpace(p.Email) != "", "email_optional")
	}
	w.profileNeeds.SetText(strings.Join(lines, "\n"))
}

// Step 3: read the letter, save or copy it, and mark it sent.
func (w *requestWizard) stepPreview() fyne.CanvasObject {
	tr := w.ui.tr
	back := widget.NewButtonWithIcon(tr.T("rights.back"), theme.NavigateBackIcon(), func() { w.showStep(2) })
	letter, err := carnet.PrepareLetter(w.input())
	w.missing = widget.NewLabel("")
	w.missing.Wrapping = fyne.TextWrapWord
	w.missing.Importance = widget.DangerImportance
	var missing *carnet.MissingError
	switch {
	case errors.As(err, &missing):
		w.missing.SetText(tr.T("rights.missing") + "\n" + w.ui.lbl.missing(missing.Keys))
		return container.NewBorder(w.stepHeader(3), newFlow(back, w.cancelButton()), nil, nil, w.missing)
	case err != nil:
		w.missing.SetText(carnet.Explain(tr, err))
		return container.NewBorder(w.stepHeader(3), newFlow(back, w.cancelButton()), nil, nil, w.missing)
	}
	w.letter = letter
	w.preview = widget.NewLabel(letter.Text)
	w.preview.Wrapping = fyne.TextWrapWord
	var notes []string
	for _, b := range letter.Doc.Body {
		if b.Note != "" {
			notes = append(notes, "• "+tr.T(b.Note))
		}
	}
	notesLabel := widget.NewLabel(strings.Join(notes, "\n"))
	notesLabel.Wrapping = fyne.TextWrapWord
	notesCard := widget.NewCard(tr.T("rights.what_it_says"), "", notesLabel)

	savePDF := widget.NewButtonWithIcon(tr.T("rights.save_pdf"), theme.DocumentSaveIcon(), w.onSavePDFTapped)
	copyText := widget.NewButtonWithIcon(tr.T("rights.copy_text"), theme.ContentCopyIcon(), w.onCopyTapped)
	mail := widget.NewButtonWithIcon(tr.T("rights.mailto"), theme.MailSendIcon(), w.onMailtoTapped)

	w.sentOn = w.entry(tr.T("form.date_placeholder"), journal.FormatShortDate(journal.Day(w.ui.today())))
	w.registered = w.entry(tr.T("rights.registered_placeholder"), w.req.RegisteredNumber)
	w.sendButton = widget.NewButtonWithIcon(tr.T("rights.mark_sent"), theme.ConfirmIcon(), w.onMarkSentTapped)
	w.sendButton.Importance = widget.HighImportance
	sendForm := container.New(newFormLayout(),
		boldLabel(tr.T("rights.sent_on")), w.field("sent_on", w.sentOn),
		boldLabel(tr.T("rights.registered")), w.registered,
	)
	sendHelp := widget.NewLabel(tr.T("rights.send_help"))
	sendHelp.Wrapping = fyne.TextWrapWord // a card's subtitle would not wrap
	sendCard := widget.NewCard(tr.T("rights.send_title"), "", container.NewVBox(sendHelp, sendForm, w.sendButton))
	left := container.NewVScroll(w.preview)
	right := container.NewVScroll(container.NewVBox(container.NewGridWithColumns(1, savePDF, copyText, mail), sendCard, notesCard))
	split := container.NewHSplit(left, right)
	split.Offset = 0.58
	return container.NewBorder(w.stepHeader(3), newFlow(back, w.cancelButton()), nil, nil, split)
}

func (w *requestWizard) onSavePDFTapped() {
	w.ui.saveAs(carnet.LetterFileName(w.req.Kind, journal.Day(w.ui.today())), w.letter.PDF, nil)
}

func (w *requestWizard) onCopyTapped() {
	fyne.CurrentApp().Clipboard().SetContent(w.letter.Text)
}

func (w *requestWizard) onMailtoTapped() {
	u := &url.URL{Scheme: "mailto", RawQuery: "subject=" + url.QueryEscape(w.letter.Doc.Subject) + "&body=" + url.QueryEscape(w.letter.Text)}
	if err := fyne.CurrentApp().OpenURL(u); err != nil {
		w.noMailProgram()
	}
}

// noMailProgram says, when no mail program opened, what to do instead and
// offers to copy the letter.
func (w *requestWizard) noMailProgram() {
	tr := w.ui.tr
	msg := widget.NewLabel(tr.T("rights.no_mail_program"))
	msg.Wrapping = fyne.TextWrapWord
	dialog.ShowCustomConfirm(tr.T("rights.mailto"), tr.T("rights.copy_text"), tr.T("action.close"), msg, func(copyIt bool) {
		if copyIt {
			w.onCopyTapped()
		}
	}, w.ui.win)
}

// onMarkSentTapped stores the request as sent with the letter exactly as
// previewed, then opens its tracking page.
func (w *requestWizard) onMarkSentTapped() {
	sent, err := journal.ParseFrenchDate(w.sentOn.Text)
	if err != nil {
		w.showProblems(map[string]string{"sent_on": journal.ProblemInvalidDate})
		return
	}
	w.showProblems(nil)
	stored, err := w.ui.svc.SendLetter(w.ui.ctx, w.req, w.letter, sent, w.registered.Text)
	if err != nil {
		w.ui.showError(err)
		return
	}
	w.done(stored.ID)
}
