package doc

import (
	"strings"
	"testing"
)

func TestListShown(t *testing.T) {
	items := []string{"a", "b", "c", "d"}
	tests := []struct {
		name  string
		list  List
		shown int
		more  string
	}{
		{"shows every item without a limit", List{Items: items, More: "… et {n} autres"}, 4, ""},
		{"shows every item that fits the limit", List{Items: items, Max: 4, More: "… et {n} autres"}, 4, ""},
		{"shows one item over the limit rather than counting it", List{Items: items, Max: 3, More: "… et {n} autres"}, 4, ""},
		{"cuts after the limit and counts the rest", List{Items: items, Max: 2, More: "… et {n} autres"}, 2, "… et 2 autres"},
		{"counts every item left out", List{Items: items, Max: 1, More: "{n} de plus"}, 1, "3 de plus"},
		{"shows nothing of an empty list", List{Max: 2, More: "… et {n} autres"}, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			shown, more := tt.list.Shown()
			if len(shown) != tt.shown || more != tt.more {
				t.Errorf("Shown() = %q, %q; want %d items and %q", shown, more, tt.shown, tt.more)
			}
		})
	}
}

func TestReportTextSaysEveryElement(t *testing.T) {
	r := Report{Title: "metadata only", Footer: "page {page}/{pages}", Elements: []Element{
		Cover{Title: "Dossier", Subtitle: "Du 1er au 7", Name: "Camille", Details: []string{"Lyon"}, Facts: []string{"2 démarches"}},
		PageBreak{},
		Title{Text: "Synthèse", Level: 1},
		Para{Text: "Un paragraphe."},
		Table{Header: []string{"Date", "Quoi"}, Widths: []float64{0.5, 0.5}, Rows: [][]string{{"01/10", "Candidature\nOffre 12"}}},
		BarChart{Bars: []Bar{{Value: 1.5, Text: "1,5", Label: "05/10"}}, Target: 15, Caption: "Heures."},
		Title{Text: "Section", Level: 2},
		List{Items: []string{"un", "deux", "trois", "quatre"}, Max: 2, More: "… et {n} autres"},
		List{Empty: "Aucun."},
		KeyFigures{Figures: []Figure{{Label: "Canal", Value: "E-mail"}}},
		WritingLines{},
	}}
	want := "Dossier\nDu 1er au 7\n\nCamille\nLyon\n\n2 démarches\n\nSynthèse\n\nUn paragraphe.\n\n" +
		"Date | Quoi\n01/10 | Candidature / Offre 12\n\n05/10 | 1,5\nHeures.\n\nSection\n\n" +
		"• un\n• deux\n… et 2 autres\n\nAucun.\n\nCanal\u00a0: E-mail\n"
	if got := ReportText(r); got != want {
		t.Errorf("ReportText =\n%s\nwant\n%s", got, want)
	}
	if strings.Contains(ReportText(r), "page") {
		t.Errorf("the text names pages")
	}
}
