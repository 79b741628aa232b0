package ui

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/carnet-app/carnet/internal/demo"
)

// dateText matches a date as the screens write it: 26/11/2026, or
// 26 novembre 2026.
var dateText = regexp.MustCompile(`\d{1,2}/\d{1,2}/\d{4}|\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}`)

// partialDate matches the start of a date cut by an ellipsis (« le 2… »,
// « 26/11/2… »).
var partialDate = regexp.MustCompile(`(\d|\d/|\d \p{L}*)…$`)

// shownText is a text drawn in the window, with its place in it.
type shownText struct {
	text *canvas.Text
	x, y float32
}

// shownTexts returns the texts the window draws: visible, under visible
// parents, with their positions in the window.
func shownTexts(w fyne.Window) []shownText {
	var out []shownText
	var walk func(o fyne.CanvasObject, x, y float32)
	walk = func(o fyne.CanvasObject, x, y float32) {
		if o == nil || !o.Visible() {
			return
		}
		x, y = x+o.Position().X, y+o.Position().Y
		var children []fyne.CanvasObject
		switch v := o.(type) {
		case *canvas.Text:
			out = append(out, shownText{v, x, y})
		case *fyne.Container:
			children = v.Objects
		case fyne.Widget:
			children = test.WidgetRenderer(v).Objects()
		}
		for _, c := range children {
			walk(c, x, y)
		}
	}
	test.LaidOutObjects(w.Content()) // lays out what is not yet
	walk(w.Content(), 0, 0)
	return out
}

// cutDates returns the texts the window draws holding a date that is cut:
// ended by an ellipsis inside the date, wider than the box they are drawn
// in, or running past the window's right edge.
func cutDates(w fyne.Window) []string {
	var cut []string
	size := w.Canvas().Size()
	for _, s := range shownTexts(w) {
		t := s.text
		if s.y > size.Height || s.y+t.Size().Height < 0 {
			continue // scrolled out of sight
		}
		if partialDate.MatchString(t.Text) {
			cut = append(cut, t.Text+" (ellipsis)")
			continue
		}
		if !dateText.MatchString(t.Text) {
			continue
		}
		need := fyne.MeasureText(t.Text, t.TextSize, t.TextStyle).Width
		if s.x+need > size.Width+1 {
			cut = append(cut, t.Text+" (past the window's edge)")
		} else if t.Size().Width+1 < need {
			cut = append(cut, t.Text+" (wider than its box)")
		}
	}
	return cut
}

// datesShown counts the dates the window draws (the test must see some).
func datesShown(w fyne.Window) int {
	n := 0
	for _, s := range shownTexts(w) {
		if dateText.MatchString(s.text.Text) {
			n++
		}
	}
	return n
}

// TestLargeTextKeepsDatesAndNavigationAt1024x600 opens every screen with
// the largest text size in a 1024×600 window holding a demo record: no
// date is cut, every screen's button stays on screen, and the window does
// not ask to be wider than the screen.
func TestLargeTextKeepsDatesAndNavigationAt1024x600(t *testing.T) {
	u, s := newTestUI(t)
	fyne.CurrentApp().Settings().SetTheme(NewTheme(textScales[len(textScales)-1], ""))
	rec := demo.Generate(120, 3, testToday)
	if _, err := s.Import(context.Background(), &rec.Profile, rec.Acts, rec.Mails, rec.Requests, rec.Meetings); err != nil {
		t.Fatal(err)
	}
	u.win.Resize(fyne.NewSize(1024, 600))
	u.changed(changedAll)
	if min := u.win.Content().MinSize(); min.Width > 1024 {
		t.Errorf("the window asks for %.0f px of width at 1024×600", min.Width)
	}
	if !u.tabs.Side() {
		t.Errorf("at 1024×600 with the largest text the screens should be listed down the side")
	}
	views := []struct {
		name string
		open func()
	}{
		{"Accueil", func() { u.Show(ScreenHome) }},
		{"Journal", func() { u.Show(ScreenJournal) }},
		{"Journal, form", u.OpenFirstAct},
		{"Courriers", func() { u.Show(ScreenMail) }},
		{"Courriers, form", func() { u.Show(ScreenMail); u.mail.openForm(&u.mail.rows[0]) }},
		{"Mes droits", func() { u.Show(ScreenRights) }},
		{"Mes droits, late request", u.OpenLateRequest},
		{"Mes droits, letter preview", u.OpenDraftPreview},
		{"Rendez-vous", func() { u.Show(ScreenMeetings) }},
		{"Rendez-vous, form", u.OpenNextMeeting},
		{"Rapports", func() { u.Show(ScreenReports) }},
		{"Paramètres", func() { u.Show(ScreenSettings) }},
	}
	for _, v := range views {
		v.open()
		u.win.Resize(fyne.NewSize(1024, 600))
		if min := u.win.Content().MinSize(); min.Width > 1024 || min.Height > 600 {
			t.Errorf("%s asks for %.0f×%.0f px, more than the 1024×600 screen", v.name, min.Width, min.Height)
		}
		for j, b := range u.tabs.buttons {
			p := fyne.CurrentApp().Driver().AbsolutePositionForObject(b)
			if !b.Visible() || p.Y+b.Size().Height > 600 || p.X+b.Size().Width > 1024 {
				t.Errorf("%s: the button of %q is off the window", v.name, u.tabs.Label(j))
			}
		}
		if v.name != "Paramètres" && datesShown(u.win) == 0 {
			t.Errorf("%s shows no date: the test does not see it", v.name)
		}
		if cut := cutDates(u.win); len(cut) > 0 {
			t.Errorf("%s cuts dates:\n%s", v.name, strings.Join(cut, "\n"))
		}
	}
}

// TestTheScreensRunAlongTheTopWhenTheyFit: a wide window with normal text
// keeps the buttons in one row above the screen.
func TestTheScreensRunAlongTheTopWhenTheyFit(t *testing.T) {
	u, _ := newTestUI(t)
	u.win.Resize(fyne.NewSize(1400, 800))
	if u.tabs.Side() {
		t.Fatal("a 1400 px window with normal text should list the screens along the top")
	}
	test.Tap(u.tabs.buttons[ScreenMail])
	if u.tabs.SelectedIndex() != ScreenMail || !u.mail.content.Visible() {
		t.Fatal("tapping « Courriers » should show the mail screen")
	}
}
