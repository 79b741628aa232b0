package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/defence"
)

// noticeWords edits the user's answers to the points of a notice and the
// reasons they give, as many of each as they need; every one stored is
// shown, so that saving the panel never drops one. A row left empty is
// not kept.
type noticeWords struct {
	ui      *UI
	answers []answerRow
	reasons []reasonRow
	// answerBox and reasonBox hold the rows; addAnswer and addReason add
	// an empty one.
	answerBox, reasonBox *fyne.Container
	addAnswer, addReason *widget.Button
}

// answerRow is one answer: the point answered (optional) and the answer.
type answerRow struct {
	point, response *widget.Entry
}

// reasonRow is one reason: its kind and the user's words.
type reasonRow struct {
	kind *widget.Select
	text *widget.Entry
}

// newNoticeWords shows the answers and reasons of w, with one empty row
// of each when there is none.
func newNoticeWords(u *UI, w defence.Words) *noticeWords {
	nw := &noticeWords{ui: u, answerBox: container.NewVBox(), reasonBox: container.NewVBox()}
	for _, a := range w.Answers {
		nw.appendAnswer(a)
	}
	if len(w.Answers) == 0 {
		nw.appendAnswer(defence.Answer{})
	}
	for _, r := range w.Reasons {
		nw.appendReason(r)
	}
	if len(w.Reasons) == 0 {
		nw.appendReason(defence.Reason{})
	}
	nw.addAnswer = widget.NewButtonWithIcon(u.tr.T("notice.add_answer"), theme.ContentAddIcon(), func() {
		nw.appendAnswer(defence.Answer{})
		u.win.Canvas().Focus(nw.answers[len(nw.answers)-1].point)
	})
	nw.addReason = widget.NewButtonWithIcon(u.tr.T("notice.add_reason"), theme.ContentAddIcon(), func() {
		nw.appendReason(defence.Reason{})
		u.win.Canvas().Focus(nw.reasons[len(nw.reasons)-1].text)
	})
	return nw
}

// answersField is the answers' column of the panel's form.
func (nw *noticeWords) answersField() fyne.CanvasObject {
	return container.NewVBox(nw.answerBox, container.NewHBox(nw.addAnswer))
}

// reasonsField is the reasons' column of the panel's form.
func (nw *noticeWords) reasonsField() fyne.CanvasObject {
	return container.NewVBox(nw.reasonBox, container.NewHBox(nw.addReason))
}

func (nw *noticeWords) appendAnswer(a defence.Answer) {
	r := answerRow{point: widget.NewEntry(), response: widget.NewMultiLineEntry()}
	r.point.SetPlaceHolder(nw.ui.tr.T("notice.answer_point"))
	r.point.SetText(a.Point)
	r.response.SetPlaceHolder(nw.ui.tr.T("notice.answer_response"))
	r.response.Wrapping = fyne.TextWrapWord
	r.response.SetText(a.Response)
	nw.answers = append(nw.answers, r)
	if len(nw.answers) > 1 {
		nw.answerBox.Add(widget.NewSeparator())
	}
	nw.answerBox.Add(container.NewVBox(r.point, r.response))
}

func (nw *noticeWords) appendReason(reason defence.Reason) {
	tr := nw.ui.tr
	r := reasonRow{
		kind: choices(defence.ReasonKinds(), func(k defence.ReasonKind) string { return tr.T("defence.reason." + string(k)) }, reason.Kind),
		text: widget.NewEntry(),
	}
	r.text.SetText(reason.Text)
	nw.reasons = append(nw.reasons, r)
	if len(nw.reasons) > 1 {
		nw.reasonBox.Add(widget.NewSeparator())
	}
	nw.reasonBox.Add(container.NewVBox(r.kind, r.text))
}

// read returns the answers and the reasons as typed, without the rows
// left empty. A point not answered yet, or a kind of reason without its
// words, is kept for later; the letters leave it out until completed.
func (nw *noticeWords) read() ([]defence.Answer, []defence.Reason) {
	var answers []defence.Answer
	for _, r := range nw.answers {
		a := defence.Answer{Point: strings.TrimSpace(r.point.Text), Response: strings.TrimSpace(r.response.Text)}
		if a != (defence.Answer{}) {
			answers = append(answers, a)
		}
	}
	var reasons []defence.Reason
	for _, r := range nw.reasons {
		k, _ := chosen(r.kind, defence.ReasonKinds())
		if reason := (defence.Reason{Kind: k, Text: strings.TrimSpace(r.text.Text)}); reason != (defence.Reason{}) {
			reasons = append(reasons, reason)
		}
	}
	return answers, reasons
}
