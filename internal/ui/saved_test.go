package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestSavingSaysWhereAndOffersTheFolder: after a save, a message names the
// file and its folder and offers to open the folder.
func TestSavingSaysWhereAndOffersTheFolder(t *testing.T) {
	u, _ := newTestUI(t)
	u.tellSaved(storage.NewFileURI("/home/camille/Documents/demande-acces-2026-11-28.pdf"))
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no message after saving")
	}
	var texts []string
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			texts = append(texts, w.Text)
		case *widget.Button:
			texts = append(texts, w.Text)
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(w).Objects() {
				walk(c)
			}
		}
	}
	walk(top)
	all := strings.Join(texts, " | ")
	for _, want := range []string{"demande-acces-2026-11-28.pdf", "/home/camille/Documents/", "Ouvrir le dossier"} {
		if !strings.Contains(all, want) {
			t.Errorf("the message lacks %q: %s", want, all)
		}
	}
}
