package casefileapp

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/casefile"
	"github.com/carnet-app/carnet/internal/rights"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// poppler runs a poppler tool (pdftotext, pdfinfo) on data, with args
// before the file's path and after it tail, and returns its output.
func poppler(t *testing.T, data []byte, tool string, args []string, tail ...string) string {
	t.Helper()
	if _, err := exec.LookPath(tool); err != nil {
		t.Fatalf("%s is needed (poppler-utils; make test installs it)", tool)
	}
	path := filepath.Join(t.TempDir(), "case.pdf")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, append(append(args, path), tail...)...).Output()
	if err != nil {
		t.Fatalf("%s: %v", tool, err)
	}
	return string(out)
}

// pdfText returns the PDF's text with white space collapsed.
func pdfText(t *testing.T, data []byte) string {
	out := poppler(t, data, "pdftotext", []string{"-enc", "UTF-8"}, "-")
	return strings.Join(strings.Fields(strings.ReplaceAll(out, "\u00a0", " ")), " ")
}

// pdfPages returns the page count pdfinfo reads.
func pdfPages(t *testing.T, data []byte) string {
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(poppler(t, data, "pdfinfo", nil))
	if m == nil {
		t.Fatal("pdfinfo gives no page count")
	}
	return m[1]
}

// largestCase is the most a case file realistically holds: an access
// request asking all fifteen items, answered in part after a refusal,
// eight follow-ups, and forty disclosed facts with the
// longest names and values kept.
func largestCase() casefile.CaseFile {
	r := rights.Request{ID: "r", Kind: rights.KindAccess, Mode: rights.ModeRegistered, SentOn: day(2026, 1, 5),
		ReceivedOn: day(2026, 1, 8), RefusedOn: day(2026, 3, 2), AnsweredOn: day(2026, 11, 30)}
	r = r.WithAskedKeys()
	r.Checklist = map[string]bool{}
	for i, k := range r.AskedKeys {
		r.Checklist[k] = i%2 == 0
	}
	related := []rights.Request{
		{ID: "1", ParentID: "r", Kind: rights.KindReminder, SentOn: day(2026, 2, 16)},
		{ID: "2", ParentID: "r", Kind: rights.KindCNIL, SentOn: day(2026, 5, 1)},
		{ID: "3", ParentID: "r", Kind: rights.KindCADA, SentOn: day(2026, 5, 2)},
	}
	for i := range 5 {
		related = append(related, rights.Request{ID: "m" + string(rune('0'+i)), ParentID: "r", Kind: rights.KindReminder, SentOn: day(2026, time.Month(6+i), 3)})
	}
	var facts []casefile.Fact
	for i := range 40 {
		name := "Indicateur " + string(rune('A'+i%26)) + string(rune('a'+i/26)) + " " + strings.Repeat("pondération ", 6)
		facts = append(facts, casefile.Fact{Name: name[:casefile.MaxNameLen], Value: strings.Repeat("Renforcé ", 4) + "z"})
	}
	return casefile.Build(r, related, facts, "Provence-Alpes-Côte d’Azur", true)
}

func TestTheLargestCaseFileHoldsOnOnePage(t *testing.T) {
	c := largestCase()
	if len(c.Asked) != 15 || len(c.Disclosed) != 40 || len(c.Escalation.Steps) != 8 {
		t.Fatalf("the largest case holds %d items, %d facts, %d steps", len(c.Asked), len(c.Disclosed), len(c.Escalation.Steps))
	}
	data, err := PDF(c)
	if err != nil {
		t.Fatal(err)
	}
	if p := pdfPages(t, data); p != "1" {
		t.Fatalf("the case file's PDF has %s pages", p)
	}
	text := pdfText(t, data)
	for _, want := range []string{"Fiche de cas anonymisée", "Demande d’accès aux données", "Provence-Alpes-Côte d’Azur",
		"janvier 2026", "novembre 2026, 326 jours après la réception", "Refus : mars 2026, 53 jours après la réception",
		"Éléments demandés (15) et obtenus (8)", "4° les opérations effectuées", "Scores et catégories communiqués (40)",
		c.Disclosed[casefile.MaxShownFacts-1].Name, "… et 28 autres", "Saisine de la CADA — mai 2026", "Relance — juin 2026", "… et 2 autres",
		"Issue : réponse incomplète après le recours"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, c.Disclosed[casefile.MaxShownFacts].Name) {
		t.Error("the PDF lists more facts than MaxShownFacts")
	}
}

func TestAFileWithNamesOnlyShowsNoValue(t *testing.T) {
	r := rights.Request{ID: "r", Kind: rights.KindExplanation, Mode: rights.ModeEmail, SentOn: day(2026, 6, 3)}
	c := casefile.Build(r, nil, []casefile.Fact{{Name: "Score de risque", Value: "0,87"}}, "", false)
	data, err := Encode(c, FormatPDF)
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, data)
	if !strings.Contains(text, "Score de risque") || strings.Contains(text, "0,87") || !strings.Contains(text, "noms seulement") ||
		!strings.Contains(text, "Région : non indiquée") || !strings.Contains(text, "Issue : aucun recours") {
		t.Errorf("names-only case file:\n%s", text)
	}
	if _, err := Encode(c, "xml"); err == nil {
		t.Error("Encode accepts an unknown format")
	}
}
