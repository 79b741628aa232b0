package answerfind

import "testing"

// TestPassagePartsJoinAsTheSentence: Before + Match + After is the
// sentence, and Match is the phrase found.
func TestPassagePartsJoinAsTheSentence(t *testing.T) {
	pages := []Page{{File: "reponse.pdf", Number: 1, Text: "Madame,\nVotre  score d’employabilité\nest de 0,42 au 1er mars 2026.\n"}}
	var found bool
	for _, f := range Default().Find(pages, Default().Items()) {
		for _, p := range f.Passages {
			found = true
			if got := p.Before + p.Match + p.After; got != p.Sentence {
				t.Errorf("%s: %q + %q + %q is not %q", f.Item, p.Before, p.Match, p.After, p.Sentence)
			}
			if p.Match == "" {
				t.Errorf("%s: no match in %q", f.Item, p.Sentence)
			}
		}
	}
	if !found {
		t.Fatal("the score sentence gave no passage")
	}
}
