package answerfind

import "testing"

// TestFactsOnConsecutiveLines: two « label : value » lines with no full
// stop between them are two facts, the first with its date.
func TestFactsOnConsecutiveLines(t *testing.T) {
	pages := []Page{{File: "reponse.txt", Number: 1, Text: "Madame,\n\nModalité d’accompagnement : Renforcé (valable au 12/03/2026)\nScore d’employabilité : 0,42\n\nCordialement."}}
	facts := Default().Facts(pages)
	got := map[string]string{}
	for _, f := range facts {
		got[f.Name] = f.Value
	}
	if got["Modalité d’accompagnement"] != "Renforcé" || got["Score d’employabilité"] != "0,42" || len(facts) != 2 {
		t.Fatalf("facts: %+v", facts)
	}
	if facts[0].ValidOn.IsZero() {
		t.Errorf("the first fact lost its date: %+v", facts[0])
	}
}
