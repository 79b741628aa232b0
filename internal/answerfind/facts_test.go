package answerfind

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// factLine shows a fact as « name = value @date » for comparisons.
func factLine(f Fact) string {
	s := f.Name + " = " + f.Value
	if !f.ValidOn.IsZero() {
		s += " @" + f.ValidOn.Format("2006-01-02")
	}
	return s
}

func factsOf(text string) []string {
	var out []string
	for _, f := range Default().Facts([]Page{{File: "reponse.pdf", Number: 1, Text: text}}) {
		out = append(out, factLine(f))
	}
	return out
}

func TestFactsProposesLabelledValuesAndRefusesLookalikes(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"label and value", "Score d'employabilité : 0,42", []string{"Score d’employabilité = 0,42"}},
		{"value with its date in brackets", "Score d’employabilité : 0,42 (valable au 12/03/2026)", []string{"Score d’employabilité = 0,42 @2026-03-12"}},
		{"decimal point kept", "Score d'employabilité : 0.42.", []string{"Score d’employabilité = 0.42"}},
		{"table row", "Modalité d'accompagnement | Renforcé | 12/03/2026", []string{"Modalité d’accompagnement = Renforcé @2026-03-12"}},
		{"CSV of indicators", "Indicateur | Valeur | Valable au\nScore d'employabilité | 0,42 | 12/03/2026\nSegment | Accompagné | 12/03/2026",
			[]string{"Score d’employabilité = 0,42 @2026-03-12", "Segment = Accompagné @2026-03-12"}},
		{"header row is no fact", "Segment | Valeur | Date", nil},
		{"cell with a colon", " | Segment : Guidé (mars 2026)", []string{"Segment = Guidé"}},
		{"PDF table line", "Indicateur Valeur Date\nScore d'employabilité 0,42 12/03/26\nModalité d'accompagnement Renforcé 12/03/26\nDurée de conservation 2 ans",
			[]string{"Score d’employabilité = 0,42 @2026-03-12", "Modalité d’accompagnement = Renforcé @2026-03-12"}},
		{"sentence with a dated number and a quoted value",
			"Votre score d’employabilité au 12 mars 2026 est de 0,42 et votre modalité\nd’accompagnement est « Renforcé ».",
			[]string{"Score d’employabilité = 0,42 @2026-03-12", "Modalité d’accompagnement = Renforcé"}},
		{"possessive before a label", "Votre catégorie : B.", []string{"Catégorie = B"}},
		{"longest label wins", "Score de risque : élevé", []string{"Score de risque = élevé"}},
		{"accents and case folded", "MODALITE D'ACCOMPAGNEMENT : GUIDÉ", []string{"Modalité d’accompagnement = GUIDÉ"}},
		// Lookalikes: precision first.
		{"our satisfaction score", "Notre score de satisfaction : 87 %", nil},
		{"satisfaction score in a sentence", "Notre score de satisfaction, publié chaque trimestre, atteint 87 %.", nil},
		{"reference line", "Réf. : DPO-2026-0412 — score d’employabilité : 0,42", nil},
		{"subject line", "Objet : Modalité d’accompagnement", nil},
		{"label after other words", "Un traitement automatisé calcule un score d’employabilité : il ne décide rien.", nil},
		{"label without value", "Un traitement automatisé calcule un score d’employabilité ; il ne produit aucune décision.", nil},
		{"a sentence is no value", "Modalité d’accompagnement : elle est choisie avec votre conseiller lors de l'entretien de diagnostic initial.", nil},
		{"refusal", "Score d'employabilité : nous ne sommes pas en mesure de vous le communiquer", nil},
		{"plain sentence after a label", "Modalité d'accompagnement renforcée pour tous les demandeurs", nil},
		{"category of data is no category", "Catégorie de données : identification", nil},
		{"month without day is no date", "Segment : Guidé (mars 2026)", []string{"Segment = Guidé"}},
		{"evasive answer", "Les informations relatives aux critères et à la pondération de nos outils ne peuvent pas être communiquées.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := factsOf(c.text)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("Facts(%q)\n got %q\nwant %q", c.text, got, c.want)
			}
		})
	}
}

func TestFactsNameTheirFileAndPageAndSkipScans(t *testing.T) {
	pages := []Page{
		{File: "cle.zip/scan.pdf", Number: 1, NoText: true},
		{File: "cle.zip/indicateurs.csv", Number: 1, Text: "Segment | Accompagné | 12/03/2026\nSegment | Accompagné | 12/03/2026"},
		{File: "cle.zip/cp1252.pdf", Number: 2, Text: "Modalité d’accompagnement : Renforcé"},
	}
	got := Default().Facts(pages)
	want := []Fact{
		{Name: "Segment", Value: "Accompagné", ValidOn: time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC), File: "cle.zip/indicateurs.csv", Page: 1},
		{Name: "Modalité d’accompagnement", Value: "Renforcé", File: "cle.zip/cp1252.pdf", Page: 2},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

func TestFactsIgnoreHeadersAndFootersRepeatedOnEveryPage(t *testing.T) {
	var pages []Page
	for i := 1; i <= 4; i++ {
		pages = append(pages, Page{File: "r.pdf", Number: i, Text: "Segment : Accompagnement France Travail\nLe texte de la page.\nAutre ligne.\nPied de page"})
	}
	if got := Default().Facts(pages); len(got) != 0 {
		t.Errorf("a letterhead line gave facts: %+v", got)
	}
}

func TestFirstDate(t *testing.T) {
	for in, want := range map[string]string{
		"valable au 12/03/2026": "2026-03-12", "le 1er avril 2026": "2026-04-01", "au 12 MARS 2026": "2026-03-12",
		"12/03/26": "2026-03-12", "2026-10-05": "2026-10-05", "31/02/2026": "", "mars 2026": "", "Le 4 février 2026": "2026-02-04",
	} {
		d, _, _, ok := firstDate(in)
		got := ""
		if ok {
			got = d.Format("2006-01-02")
		}
		if got != want {
			t.Errorf("firstDate(%q) = %q, want %q", in, got, want)
		}
	}
}
