package ui

import (
	"context"
	"image/color"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/journal"
)

func TestSettingsThemeIsAppliedAtOnceSavedAndShownAfterAReload(t *testing.T) {
	u, st := newTestUI(t)
	ctx := context.Background()
	u.Show(ScreenSettings)
	s := u.settings
	if got := s.theme.Selected; got != "Système" {
		t.Fatalf("theme shown first: %q, want Système", got)
	}
	if want := []string{"Système", "Clair", "Sombre", "Contraste élevé"}; !slices.Equal(s.theme.Options, want) {
		t.Fatalf("theme options %q, want %q", s.theme.Options, want)
	}
	// A name typed but not saved stays typed and unsaved.
	test.Type(s.name, "Camille Martin")

	s.theme.SetSelected("Contraste élevé")
	p, err := st.Profile(ctx)
	if err != nil || p.Theme != journal.ColorThemeHighContrast {
		t.Fatalf("theme saved as %q (%v), want high contrast", p.Theme, err)
	}
	if p.Name != "" || s.name.Text != "Camille Martin" {
		t.Fatalf("choosing a theme saved the name %q or lost the typed one %q", p.Name, s.name.Text)
	}
	if bg := fyne.CurrentApp().Settings().Theme().Color(theme.ColorNameBackground, theme.VariantLight); !sameColor(bg, rgb(0x000000)) {
		t.Fatalf("theme not applied: background %v", bg)
	}

	// Choosing the theme in use again does nothing: the window is not redrawn.
	sentinel := theme.DefaultTheme()
	fyne.CurrentApp().Settings().SetTheme(sentinel)
	s.theme.SetSelected("Contraste élevé")
	if fyne.CurrentApp().Settings().Theme() != sentinel {
		t.Fatal("choosing the theme in use applied it again")
	}

	// « Enregistrer » keeps the theme with the rest of the form.
	test.Tap(s.saveButton)
	if p, _ := st.Profile(ctx); p.Theme != journal.ColorThemeHighContrast || p.Name != "Camille Martin" {
		t.Fatalf("after saving the form: theme %q, name %q", p.Theme, p.Name)
	}

	// A new window on the same record shows the theme chosen.
	w := test.NewTempWindow(t, nil)
	clock := func() time.Time { return testToday }
	again := New(w, carnet.New(st, clock), "fr", Options{Now: clock, Synchronous: true})
	again.Show(ScreenSettings)
	if got := again.settings.theme.Selected; got != "Contraste élevé" {
		t.Fatalf("after a reload the theme shows %q", got)
	}

	// Back to following the system.
	again.settings.theme.SetSelected("Système")
	if p, _ := st.Profile(ctx); p.Theme != journal.ColorThemeSystem {
		t.Fatalf("theme saved as %q, want the system's", p.Theme)
	}
}

func sameColor(a, b color.Color) bool {
	return color.NRGBAModel.Convert(a) == color.NRGBAModel.Convert(b)
}
