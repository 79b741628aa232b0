package ui

import (
	"bytes"
	"context"
	"image"
	image_png "image/png"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/rights"
)

// answerText is a short answer that gives the purposes and a score, and
// says nothing of the retention period.
const answerText = `France Travail
Direction régionale

Madame,

Les finalités du traitement sont l’accompagnement des demandeurs d’emploi et le versement des allocations.
Score d’employabilité : 0,42
Nous restons à votre disposition.
`

// TestTheAnswerIsReadAndTheUserConfirmsEachTick: attaching France
// Travail's answer to a sent request shows, per item asked, the passage
// found or « non trouvé »; nothing is ticked until the user confirms, and
// a value the answer gives is kept only when the user confirms it, then
// shows in « Ce que France Travail a enregistré ».
func TestTheAnswerIsReadAndTheUserConfirmsEachTick(t *testing.T) {
	u, st := newTestUI(t)
	saveTestProfile(t, st)
	ctx := context.Background()
	r := rights.Request{Kind: rights.KindAccess, Recipient: rights.AddressDPO, Mode: rights.ModeRegistered,
		SentOn: day(t, "2026-10-01"), ReceivedOn: day(t, "2026-10-03")}
	saved, err := st.SaveRequest(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	u.changed(changedAll)
	u.Show(ScreenRights)
	u.rights.openDetail(saved.ID)
	d := u.rights.detail
	if d.answer == nil || !strings.Contains(strings.Join(panelTexts(d.answer.body), "\n"), "Aucun fichier") {
		t.Fatal("a sent request should offer to attach the answer, with no file yet")
	}
	d.answer.attachFrom("reponse.txt", strings.NewReader(answerText))
	shown := strings.Join(panelTexts(d.answer.body), "\n")
	for _, want := range []string{"a) les finalités — trouvé", "d) la durée de conservation — non trouvé", "reponse.txt, page 1", "Score d’employabilité\u00a0: 0,42"} {
		if !strings.Contains(strings.ReplaceAll(shown, "\u00a0", " "), strings.ReplaceAll(want, "\u00a0", " ")) {
			t.Errorf("the answer panel lacks %q:\n%s", want, shown)
		}
	}
	if d.checks["a"].Checked {
		t.Fatal("an item was ticked without the user")
	}
	confirm := d.answer.confirms["a"]
	if confirm == nil {
		t.Fatal("no button to confirm the passage found")
	}
	test.Tap(confirm)
	if !d.checks["a"].Checked {
		t.Fatalf("confirming the passage did not tick « a) les finalités »:\n%s", strings.Join(panelTexts(d.answer.body), "\n"))
	}
	test.Tap(d.saveButton)
	got, err := st.Request(ctx, saved.ID)
	if err != nil || !got.Checklist["a"] || got.Checklist["d"] {
		t.Fatalf("checklist saved: %v (%v)", got.Checklist, err)
	}

	if facts, _ := u.svc.Facts(ctx); len(facts) != 0 {
		t.Fatalf("a fact was kept before the user confirmed it: %v", facts)
	}
	d = u.rights.detail
	keep := buttonUnder(d.answer.body, u.tr.T("answer.confirm_fact"))
	if keep == nil {
		t.Fatalf("no button to confirm the score:\n%s", strings.Join(panelTexts(d.answer.body), "\n"))
	}
	// The user corrects the value read before keeping it.
	value := d.answer.factValues["Score d’employabilité"]
	if value == nil || value.Text != "0,42" {
		t.Fatalf("the score's value is not offered for correction: %v", value)
	}
	value.SetText("0,43")
	test.Tap(keep)
	if facts, _ := u.svc.Facts(ctx); len(facts) != 1 || facts[0].Entries[0].Value != "0,43" {
		t.Fatalf("kept: %+v", facts)
	}
	// A scan is said to be unread, never pretended read.
	var png bytes.Buffer
	if err := image_png.Encode(&png, image.NewGray(image.Rect(0, 0, 8, 8))); err != nil {
		t.Fatal(err)
	}
	u.rights.detail.answer.attachFrom("scan.png", &png)
	if shown := strings.Join(panelTexts(u.rights.detail.answer.body), "\n"); !strings.Contains(shown, "scan.png, page 1\u00a0: image, texte non lisible automatiquement") {
		t.Errorf("the scan is not said to be unread:\n%s", shown)
	}
	u.showFacts()
	f := u.lastFacts
	if f == nil || !strings.Contains(strings.Join(f.text, "\n"), "0,43") {
		t.Fatalf("the facts dialog does not show the confirmed score: %v", f)
	}
	// One click from the score prepares the rectification, the score as
	// the contested item, and the explanation request naming it.
	for name, b := range f.rectify {
		test.Tap(b)
		w := u.rights.wizard
		if w == nil || w.req.Kind != rights.KindRectification || len(w.req.Corrections) != 1 ||
			!strings.Contains(w.req.Corrections[0].Recorded, name) || !strings.Contains(w.req.Corrections[0].Recorded, "0,43") {
			t.Fatalf("rectification from %q: %+v", name, w)
		}
	}
	u.lastFacts = nil
	u.showFacts()
	if f = u.lastFacts; f == nil {
		t.Fatal("the facts dialog did not open again")
	}
	for name, b := range f.explain {
		test.Tap(b)
		w := u.rights.wizard
		if w == nil || w.req.Kind != rights.KindExplanation || !strings.Contains(w.req.Decision.Description, name) {
			t.Fatalf("explanation from %q: %+v", name, w)
		}
	}
}

// panelTexts returns the texts of the visible labels and rich texts
// under o, in order.
func panelTexts(o fyne.CanvasObject) []string {
	if o == nil || !o.Visible() {
		return nil
	}
	switch v := o.(type) {
	case *widget.Label:
		return []string{v.Text}
	case *widget.RichText:
		return []string{v.String()}
	case *widget.Button:
		return []string{v.Text}
	case *fyne.Container:
		var out []string
		for _, c := range v.Objects {
			out = append(out, panelTexts(c)...)
		}
		return out
	case fyne.Widget:
		var out []string
		for _, c := range test.WidgetRenderer(v).Objects() {
			out = append(out, panelTexts(c)...)
		}
		return out
	}
	return nil
}
