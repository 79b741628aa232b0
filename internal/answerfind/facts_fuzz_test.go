package answerfind

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzFacts feeds any text to the fact detector: it must not panic, and
// every fact it proposes has a known name and a short value written in
// the page as is.
func FuzzFacts(f *testing.F) {
	for _, s := range []string{
		"Score d'employabilité : 0,42 (valable au 12/03/2026)",
		"Modalité d'accompagnement | Renforcé | 12/03/2026",
		"Votre score d’employabilité au 12 mars 2026 est de 0,42 et votre modalité\nd’accompagnement est « Renforcé ».",
		"Score d'employabilité 0,42 12/03/26",
		" | Segment : Guidé (mars 2026)",
		"Catégorie : « »",
		"Score : |",
	} {
		f.Add(s)
	}
	names := map[string]bool{}
	for _, n := range Default().FactNames() {
		names[n] = true
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		for _, fact := range Default().Facts([]Page{{File: "r.pdf", Number: 1, Text: text}}) {
			if !names[fact.Name] || fact.Value == "" || utf8.RuneCountInString(fact.Value) > maxValueRunes {
				t.Fatalf("fact %+v from %q", fact, text)
			}
			if !strings.Contains(text, fact.Value) {
				t.Fatalf("value %q is not in the page %q", fact.Value, text)
			}
		}
	})
}
