package ui

import (
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// labelTexts returns the text of every label under o, in order.
func labelTexts(o fyne.CanvasObject) []string {
	var out []string
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			out = append(out, w.Text)
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		case *widget.Accordion:
			for _, it := range w.Items {
				out = append(out, it.Title)
				walk(it.Detail)
			}
		}
	}
	walk(o)
	return out
}

// bareCitation matches a legal citation: an article code (L5411-6,
// R*311-12), « article 15 », « art. 12 », a regulation's name.
var bareCitation = regexp.MustCompile(`\b[LRD]\*?\d{3,4}(-\d+)+\b|(?i)\barticles?\s+\d|\bart\.\s*\d|\bRGPD\b|\bGDPR\b|\bCRPA\b|\bLIL\b`)

// bigText is the default theme with every size doubled, as Paramètres'
// largest text size makes it.
type bigText struct{ fyne.Theme }

func (b bigText) Size(n fyne.ThemeSizeName) float32 { return b.Theme.Size(n) * 2 }

func TestEveryHelpPanelSaysWhatItsScreenIsForInPlainWords(t *testing.T) {
	u, _ := newTestUI(t)
	purposes := map[int]string{
		ScreenHome:     "Accueil résume votre semaine",
		ScreenJournal:  "Le Journal garde chacune de vos démarches",
		ScreenMail:     "Courriers garde ce que vous échangez avec France Travail",
		ScreenRights:   "Mes droits vous aide à écrire à France Travail",
		ScreenMeetings: "Rendez-vous prépare vos rendez-vous",
		ScreenReports:  "Rapports fabrique le dossier de preuves",
		ScreenSettings: "Paramètres garde vos informations",
	}
	for screen := ScreenHome; screen <= ScreenSettings; screen++ {
		h := u.openHelp(screen)
		text := strings.Join(labelTexts(h.text), "\n")
		if !strings.Contains(text, purposes[screen]) {
			t.Errorf("screen %d: the help does not say %q:\n%s", screen, purposes[screen], text)
		}
		if m := bareCitation.FindString(text); m != "" {
			t.Errorf("screen %d: %q shown outside « Références »:\n%s", screen, m, text)
		}
		refs := strings.Join(labelTexts(h.references), "\n")
		if !strings.HasPrefix(refs, "Références") || !bareCitation.MatchString(refs) {
			t.Errorf("screen %d: references %q", screen, refs)
		}
		if h.references.Items[0].Open {
			t.Errorf("screen %d: « Références » is open at first", screen)
		}
		h.dlg.Hide()
	}
	if u.openHelp(ScreenSettings+1) != nil || u.openHelp(-1) != nil {
		t.Error("a help panel for a screen that does not exist")
	}
}

func TestMesDroitsHelpGivesTheDeadlinesInWords(t *testing.T) {
	u, _ := newTestUI(t)
	text := strings.Join(labelTexts(u.openHelp(ScreenRights).text), "\n")
	for _, want := range []string{"dans un mois", "deux mois au plus", "prévenir avant la fin du premier mois",
		"CNIL", "un mois sans réponse vaut refus", "deux mois pour saisir la CADA"} {
		if !strings.Contains(text, want) {
			t.Errorf("Mes droits' help does not say %q", want)
		}
	}
}

func TestHelpPanelsFitASmallWindowAtTheLargestTextSize(t *testing.T) {
	u, _ := newTestUI(t)
	fyne.CurrentApp().Settings().SetTheme(bigText{theme.DefaultTheme()})
	u.win.Resize(fyne.NewSize(1024, 600))
	win := u.win.Canvas().Size()
	for screen := ScreenHome; screen <= ScreenSettings; screen++ {
		h := u.openHelp(screen)
		if s := h.scroll.Size(); s.Width <= 0 || s.Width > win.Width || s.Height > win.Height {
			t.Fatalf("screen %d: the text area is %v in a %v window", screen, s, win)
		}
		if need := h.scroll.Content.MinSize().Width; need > h.scroll.Size().Width {
			t.Errorf("screen %d: the text needs %.0f px in %.0f: it would be cut", screen, need, h.scroll.Size().Width)
		}
		h.dlg.Hide()
	}
}
