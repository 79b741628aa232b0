package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/carnet-app/carnet/internal/journal"
)

// A text size stored that the list does not offer (an imported profile)
// is shown as « Taille enregistrée (175 %) » and kept when Paramètres is
// saved for another field.
func TestSettingsKeepATextSizeTheListDoesNotOffer(t *testing.T) {
	u, st := newTestUI(t)
	ctx := context.Background()
	p := journal.DefaultProfile()
	p.Name, p.TextScale = "Camille Martin", 1.75
	if err := st.SaveProfile(ctx, p); err != nil {
		t.Fatal(err)
	}
	u.Show(ScreenSettings)
	s := u.settings
	s.load()
	if got := s.textSize.Selected; got != "Taille enregistrée (175\u00a0%)" {
		t.Errorf("the text size reads %q", got)
	}
	typeInto(s.adviser, "M. Petit")
	test.Tap(s.saveButton)
	got, err := st.Profile(ctx)
	if err != nil || got.TextScale != 1.75 || got.Adviser != "M. Petit" {
		t.Errorf("after saving: text size %v, adviser %q (%v)", got.TextScale, got.Adviser, err)
	}
	// Choosing an offered size replaces it.
	s.textSize.SetSelectedIndex(2)
	test.Tap(s.saveButton)
	if got, _ := st.Profile(ctx); got.TextScale != textScales[2] {
		t.Errorf("the size chosen was not saved: %v", got.TextScale)
	}
}
