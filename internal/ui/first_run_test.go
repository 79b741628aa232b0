package ui

import (
	"context"
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/store"
)

// overlayShown reports whether a dialog is open over the window.
func overlayShown(u *UI) bool { return u.win.Canvas().Overlays().Top() != nil }

// assertEmptyRecord fails when anything was written to the record.
func assertEmptyRecord(t *testing.T, st *store.Store) {
	t.Helper()
	if empty, err := st.IsEmpty(context.Background()); err != nil || !empty {
		t.Fatalf("the record was written: empty=%v %v", empty, err)
	}
}

func TestTheFirstRunGuideClosedOrSkippedWritesNothing(t *testing.T) {
	tests := []struct {
		name string
		walk func(g *firstRunGuide)
	}{
		{"closed at the first step", func(g *firstRunGuide) { test.Tap(g.closeButton) }},
		{"Escape at the profile step", func(g *firstRunGuide) {
			test.Tap(g.next)
			test.Type(g.name, "Camille Martin")
			g.name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		}},
		{"every step skipped, a name typed but skipped", func(g *firstRunGuide) {
			test.Tap(g.skip)
			test.Type(g.name, "Camille Martin")
			for range 4 {
				test.Tap(g.skip)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, st := newTestUI(t)
			g := u.openFirstRunGuide()
			if !overlayShown(u) || g.step != 0 || !g.previous.Disabled() {
				t.Fatalf("the guide did not open at its first step (step %d)", g.step)
			}
			tt.walk(g)
			if overlayShown(u) {
				t.Fatalf("the guide is still open at step %d", g.step+1)
			}
			assertEmptyRecord(t, st)
			if u.settings.name.Text != "" {
				t.Fatalf("Paramètres shows the name %q", u.settings.name.Text)
			}
		})
	}
}

func TestTheFirstRunGuideFilledSavesWhatParametresShows(t *testing.T) {
	u, st := newTestUI(t)
	g := u.openFirstRunGuide()
	test.Tap(g.next) // what Carnet is
	if g.title.Text != "Qui vous êtes" || g.counter.Text != "Étape 2 sur 5" {
		t.Fatalf("step 2 shows %q, %q", g.title.Text, g.counter.Text)
	}
	test.Type(g.name, "  Camille Martin ")
	test.Tap(g.next)
	typeInto(g.target, "10")
	test.Tap(g.next)
	if g.title.Text != "Vos sauvegardes" {
		t.Fatalf("after the target the guide shows %q", g.title.Text)
	}
	test.Tap(g.next)
	if g.next.Text != "Terminer" {
		t.Fatalf("the last step's button says %q", g.next.Text)
	}
	test.Tap(g.next)
	if overlayShown(u) {
		t.Fatal("« Terminer » did not close the guide")
	}
	p, err := st.Profile(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := journal.DefaultProfile()
	want.Name, want.TargetMinutes = "Camille Martin", 600
	if p != want {
		t.Fatalf("saved profile\n%+v, want\n%+v (nothing else filled in)", p, want)
	}
	u.Show(ScreenSettings)
	if u.settings.name.Text != "Camille Martin" || u.settings.target.Text != "10" {
		t.Fatalf("Paramètres shows name %q, target %q", u.settings.name.Text, u.settings.target.Text)
	}
	if !strings.HasPrefix(u.home.week.Text, "0 min d’activité sur un objectif de 10 h") {
		t.Fatalf("Accueil shows %q", u.home.week.Text)
	}
}

func TestTheFirstRunGuideRefusesWhatParametresRefusesInTheSameWords(t *testing.T) {
	u, st := newTestUI(t)
	g := u.openFirstRunGuide()
	test.Tap(g.next)
	test.Type(g.email, "camille.martin@example")
	test.Type(g.birthDate, "27/11/2026") // tomorrow
	test.Tap(g.next)
	if g.step != 1 {
		t.Fatalf("an invalid profile moved the guide to step %d", g.step+1)
	}
	assertEmptyRecord(t, st)
	for field, want := range map[string]string{"email": "Adresse e-mail invalide", "birth_date": "dans le futur"} {
		if e := g.errors[field]; !e.Visible() || !strings.Contains(e.Text, want) {
			t.Errorf("%s error: visible=%v %q, want %q", field, e.Visible(), e.Text, want)
		}
	}
	typeInto(g.email, "camille.martin@example.org")
	if g.errors["email"].Visible() {
		t.Error("the e-mail error stays once the address is right")
	}
	typeInto(g.birthDate, "")
	test.Tap(g.next)
	if g.step != 2 {
		t.Fatalf("a valid profile left the guide at step %d", g.step+1)
	}
	typeInto(g.target, "40")
	test.Tap(g.next)
	if e := g.errors["target"]; g.step != 2 || !e.Visible() {
		t.Fatalf("a 40 h target: step %d, error %q", g.step+1, e.Text)
	}
	p, _ := st.Profile(context.Background())
	if p.Email != "camille.martin@example.org" || !p.BirthDate.IsZero() || p.TargetMinutes != journal.DefaultTargetMinutes {
		t.Fatalf("saved profile %+v", p)
	}
}

func TestTheFirstRunGuideOffersTheDemonstration(t *testing.T) {
	u, st := newTestUI(t)
	calls := 0
	u.opts.OpenDemo = func() error { calls++; return nil }
	g := u.openFirstRunGuide()
	for range 4 {
		test.Tap(g.skip)
	}
	if g.demoButton == nil {
		t.Fatal("no demonstration button when Options.OpenDemo is set")
	}
	test.Tap(g.demoButton)
	if calls != 1 || g.demoStatus.Text == "" {
		t.Fatalf("OpenDemo called %d times, status %q", calls, g.demoStatus.Text)
	}
	u.opts.OpenDemo = func() error { return errors.New("disk full") }
	g2 := u.openFirstRunGuide()
	for range 4 {
		test.Tap(g2.skip)
	}
	test.Tap(g2.demoButton)
	if g2.demoStatus.Text != "" {
		t.Fatalf("a failed demonstration says %q", g2.demoStatus.Text)
	}
	assertEmptyRecord(t, st)
}

func TestTheFirstRunGuideHasNoDemonstrationWithoutOpenDemo(t *testing.T) {
	u, _ := newTestUI(t)
	g := u.openFirstRunGuide()
	if g.demoButton != nil {
		t.Fatal("a demonstration button with no way to open it")
	}
}

func TestEveryGuideStepFitsASmallWindowAtTheLargestTextSize(t *testing.T) {
	u, _ := newTestUI(t)
	u.opts.OpenDemo = func() error { return nil }
	fyne.CurrentApp().Settings().SetTheme(bigText{theme.DefaultTheme()})
	u.win.Resize(fyne.NewSize(1024, 600))
	win := u.win.Canvas().Size()
	g := u.openFirstRunGuide()
	for i := range g.steps {
		g.showStep(i)
		if s := g.scroll.Size(); s.Width <= 0 || s.Width > win.Width || s.Height > win.Height {
			t.Fatalf("step %d: the text area is %v in a %v window", i+1, s, win)
		}
		if need := g.scroll.Content.MinSize().Width; need > g.scroll.Size().Width {
			t.Errorf("step %d: the step needs %.0f px in %.0f: it would be cut", i+1, need, g.scroll.Size().Width)
		}
		if need := g.next.MinSize().Width + g.previous.MinSize().Width + g.skip.MinSize().Width +
			g.closeButton.MinSize().Width; need > win.Width {
			t.Errorf("step %d: the buttons need %.0f px in a %.0f px window", i+1, need, win.Width)
		}
	}
}
