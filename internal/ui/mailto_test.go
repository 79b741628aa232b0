package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestNoMailProgramSaysSoAndOffersToCopy: when the letter cannot be opened
// in a mail program, the window says so in French and copies it on demand.
func TestNoMailProgramSaysSoAndOffersToCopy(t *testing.T) {
	u, st := newTestUI(t)
	saveTestProfile(t, st)
	u.changed(changedAll)
	u.Show(ScreenRights)
	test.Tap(u.rights.newButton)
	w := u.rights.wizard
	test.Tap(w.chooseNext)
	test.Tap(w.fillNext)
	w.noMailProgram()
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("nothing said when no mail program opened")
	}
	if all := strings.Join(labelsIn(top), " "); !strings.Contains(all, "Aucun programme de courriel") || !strings.Contains(all, "Copier") {
		t.Fatalf("the message says %q", all)
	}
}

// labelsIn returns the text of every label and button drawn inside o.
func labelsIn(o fyne.CanvasObject) []string {
	var out []string
	switch w := o.(type) {
	case *widget.Label:
		out = append(out, w.Text)
	case *widget.Button:
		out = append(out, w.Text)
	case *fyne.Container:
		for _, c := range w.Objects {
			out = append(out, labelsIn(c)...)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(w).Objects() {
			out = append(out, labelsIn(c)...)
		}
	}
	return out
}
