package ui

import (
	"strings"
	"testing"
)

// TestAboutShowsTheVersionAndTheLicence opens the « À propos » box and
// reads it as drawn.
func TestAboutShowsTheVersionAndTheLicence(t *testing.T) {
	u, _ := newTestUI(t)
	u.opts.Version = "9.8.7"
	before := u.win.Canvas().Overlays().Top()
	u.ShowAbout()
	top := u.win.Canvas().Overlays().Top()
	if top == nil || top == before {
		t.Fatal("the box was not shown")
	}
	all := strings.Join(labelsIn(top), "\n")
	for _, want := range []string{
		"Version 9.8.7",
		"GPL-3.0-or-later",
		"Tout reste sur cet ordinateur",
		"DejaVu",
		"Carnet n’est pas un avocat.",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("the box does not say %q; it says:\n%s", want, all)
		}
	}
}
