package pdf

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/doc"
)

// reportPages renders r and returns the lines of each page as laid out by
// pdftotext -layout, spaces normalised.
func reportPages(t *testing.T, r doc.Report) [][]string {
	t.Helper()
	data, err := Report(r)
	if err != nil {
		t.Fatal(err)
	}
	pages, footers := pdfPages(t, data)
	if len(footers) > 0 {
		t.Fatalf("letter page numbers in a report: %q", footers)
	}
	return pages
}

// pageOf returns the index of the first page with a line containing s, or -1.
func pageOf(pages [][]string, s string) int {
	for i, p := range pages {
		for _, l := range p {
			if strings.Contains(l, s) {
				return i
			}
		}
	}
	return -1
}

// longReport has a cover, a summary with a chart pushed to the foot of
// its page, a table of n rows over several pages, figures and a cut list.
func longReport(n int) doc.Report {
	rows := make([][]string, n)
	for i := range rows {
		rows[i] = []string{fmt.Sprintf("%02d/10/2026\nsaisi le 30/10", i%28+1), fmt.Sprintf("Candidature n°%d", i+1), "Groupe SEB\nMme Moreau", "E-mail", "1 h 30"}
	}
	var filler []doc.Element
	for i := 0; i < 4; i++ {
		filler = append(filler, doc.Para{Text: strings.Repeat(fmt.Sprintf("Remplissage %d du sommaire. ", i), 40)})
	}
	bars := []doc.Bar{{Value: 2.8, Text: "2,8", Label: "29/09"}, {Value: 16, Text: "16,0", Label: "06/10"}, {Value: 0, Text: "0,0", Label: "13/10"}}
	els := []doc.Element{
		doc.Cover{Title: "Dossier de recherche d’emploi", Subtitle: "Démarches accomplies du 1er au 31 octobre 2026", Name: "Camille Martin",
			Details: []string{"Identifiant France Travail : 1234567A", "69003 Lyon"}, Facts: []string{"12 démarches au total"}},
		doc.PageBreak{},
		doc.Title{Text: "Synthèse", Level: 1},
	}
	els = append(els, filler...)
	els = append(els,
		doc.Title{Text: "Heures par semaine", Level: 1},
		doc.Para{Text: "Objectif hebdomadaire : 15 h (ligne rouge)."},
		doc.BarChart{Bars: bars, Target: 15, Caption: "Heures en décimal (1,5 = 1 h 30)."},
		doc.PageBreak{},
		doc.Title{Text: "Démarches, dans l’ordre chronologique", Level: 1},
		doc.Table{Header: []string{"Date", "Démarche", "Organisation", "Canal", "Durée"}, Widths: []float64{0.15, 0.35, 0.25, 0.15, 0.1}, Rows: rows, Dense: true},
		doc.Para{Text: "« saisi le » : date d’enregistrement.", Small: true},
		doc.PageBreak{},
		doc.Title{Text: "Candidature — Groupe SEB", Level: 1},
		doc.KeyFigures{Figures: []doc.Figure{{Label: "Canal", Value: "E-mail"}, {Label: "Offre", Value: "455KXR8"}}},
		doc.Title{Text: "Mes questions", Level: 2},
		doc.List{Items: []string{"Première question ?", "Deuxième question ?", "Troisième question ?", "Quatrième question ?"}, Max: 2, More: "… et " + doc.ListRest + " autres"},
	)
	return doc.Report{Title: "Dossier — Camille Martin", Created: time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC),
		Footer: "Généré par Carnet le 28 novembre 2026 — page " + doc.PageNumber + "/" + doc.PageCount, Elements: els}
}

func TestReportPDFSaysItsDocument(t *testing.T) {
	pages := reportPages(t, longReport(60))
	n := len(pages)
	if n < 5 {
		t.Fatalf("%d pages; the table should run over several", n)
	}
	for i, p := range pages {
		if want := fmt.Sprintf("Généré par Carnet le 28 novembre 2026 — page %d/%d", i+1, n); p[len(p)-1] != want {
			t.Errorf("page %d ends with %q, want %q", i+1, p[len(p)-1], want)
		}
	}
	for _, tt := range []struct {
		text string
		page int
	}{
		{"Dossier de recherche d’emploi", 0}, {"Démarches accomplies du 1er au 31 octobre 2026", 0}, {"Identifiant France Travail : 1234567A", 0},
		{"12 démarches au total", 0}, {"Synthèse", 1}, {"Remplissage 0 du sommaire.", 1},
		{"Candidature n°1 ", 3}, {"Candidature n°60", n - 2}, {"« saisi le » : date d’enregistrement.", n - 2},
		{"Canal : E-mail", n - 1}, {"Offre : 455KXR8", n - 1}, {"• Deuxième question ?", n - 1}, {"… et 2 autres", n - 1},
	} {
		if got := pageOf(pages, tt.text); got != tt.page {
			t.Errorf("%q on page %d, want %d", tt.text, got+1, tt.page+1)
		}
	}
	if pageOf(pages, "Troisième question") >= 0 {
		t.Errorf("the list is not cut after two items")
	}
	chart := pageOf(pages, "Heures en décimal")
	if chart < 1 || pageOf(pages, "Heures par semaine") != chart || pageOf(pages, "Objectif hebdomadaire") != chart ||
		pageOf(pages, "29/09") != chart || pageOf(pages, "16,0") != chart {
		t.Errorf("the chart (page %d) is parted from its title (page %d), its paragraph or its bars",
			chart+1, pageOf(pages, "Heures par semaine")+1)
	}
	for i := 3; i < n-1; i++ {
		if pageOf(pages[i:i+1], "Date Démarche Organisation Canal Durée") != 0 {
			t.Errorf("page %d of the table has no header row", i+1)
		}
	}
}

func TestCompactReportHoldsOnOnePage(t *testing.T) {
	r := doc.Report{Title: "Préparation de l’entretien", Compact: true, Footer: "Généré par Carnet le 28 novembre 2026", Elements: []doc.Element{
		doc.Title{Text: "Entretien du 12 décembre 2026 à 14 h 00", Level: 1},
		doc.Title{Text: "Mes questions", Level: 2},
		doc.List{Empty: "—"},
		doc.Title{Text: "Notes pendant l’entretien", Level: 2},
		doc.WritingLines{},
	}}
	pages := reportPages(t, r)
	if len(pages) != 1 {
		t.Fatalf("%d pages, want 1", len(pages))
	}
	want := []string{"Entretien du 12 décembre 2026 à 14 h 00", "Mes questions", "—", "Notes pendant l’entretien", "Généré par Carnet le 28 novembre 2026"}
	if strings.Join(pages[0], "\n") != strings.Join(want, "\n") {
		t.Errorf("page says\n%s\nwant\n%s", strings.Join(pages[0], "\n"), strings.Join(want, "\n"))
	}
}

func TestReportPDFIsDeterministicAndTitled(t *testing.T) {
	r := longReport(10)
	a, err := Report(r)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Report(r)
	if !bytes.Equal(a, b) {
		t.Errorf("two renders of the same report differ")
	}
	path := filepath.Join(t.TempDir(), "report.pdf")
	if err := os.WriteFile(path, a, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Title:           Dossier — Camille Martin", "Creator:         Carnet", "CreationDate:    Sat Nov 28 00:00:00 2026 UTC"} {
		if !strings.Contains(string(out), w) {
			t.Errorf("pdfinfo lacks %q:\n%s", w, out)
		}
	}
}

func TestReportTableWithoutWidthsSharesTheLine(t *testing.T) {
	r := doc.Report{Elements: []doc.Element{
		doc.Table{Header: []string{"Thème", "Nombre"}, Rows: [][]string{{"P01", "3", "note en trop"}}},
	}}
	pages := reportPages(t, r)
	if len(pages) != 1 || pageOf(pages, "note en trop") != 0 || pageOf(pages, "Thème") != 0 {
		t.Fatalf("pages %q", pages)
	}
}
