package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// buttonUnder returns the button under o whose text is text, or nil.
func buttonUnder(o fyne.CanvasObject, text string) *widget.Button {
	switch v := o.(type) {
	case *widget.Button:
		if v.Text == text {
			return v
		}
	case *fyne.Container:
		for _, c := range v.Objects {
			if b := buttonUnder(c, text); b != nil {
				return b
			}
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			if b := buttonUnder(c, text); b != nil {
				return b
			}
		}
	}
	return nil
}

// TestParametresReopensTheGuideAndShowsAbout: Paramètres offers the
// getting-started guide again, the shortcuts and the « À propos » box.
func TestParametresReopensTheGuideAndShowsAbout(t *testing.T) {
	u, _ := newTestUI(t)
	u.opts.Version = "9.8.7"
	u.Show(ScreenSettings)
	for _, c := range []struct{ button, shows string }{
		{u.tr.T("settings.reopen_guide"), u.tr.T("guide.welcome.title")},
		{u.tr.T("settings.shortcuts"), u.tr.T("shortcuts.title")},
		{u.tr.T("settings.about"), "9.8.7"},
	} {
		b := buttonUnder(u.settings.content, c.button)
		if b == nil {
			t.Fatalf("Paramètres has no %q button", c.button)
		}
		test.Tap(b)
		top := u.win.Canvas().Overlays().Top()
		if top == nil || !strings.Contains(strings.Join(textsIn(top), "\n"), c.shows) {
			t.Fatalf("%q did not show %q", c.button, c.shows)
		}
		u.win.Canvas().Overlays().Remove(top)
	}
}
