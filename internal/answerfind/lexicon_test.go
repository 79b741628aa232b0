package answerfind

import (
	"slices"
	"strings"
	"testing"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

func TestLexiconCoversEveryChecklistItem(t *testing.T) {
	known := Default().Items()
	keys := []string{"mention"} // asked by the letters of parts 2 and 3 only
	for _, k := range []rights.Kind{rights.KindAccess, rights.KindExplanation, rights.KindRectification, rights.KindObjection} {
		r := rights.Request{Kind: k, Statement: "Je conteste."}
		r.Decision.ScoreWeighed = true
		for _, it := range r.Asked() {
			keys = append(keys, it.Key)
		}
	}
	for _, k := range keys {
		if !slices.Contains(known, k) {
			t.Errorf("checklist item %q has no term in lexicon.tsv", k)
		}
	}
	for _, k := range known {
		if !slices.Contains(keys, k) {
			t.Errorf("lexicon.tsv names item %q that no checklist asks", k)
		}
	}
}

func TestParseLexiconRefusesMalformedLines(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"unknown kind", "guess\ta\tfinalités", "unknown kind"},
		{"missing field", "term\ta", "separated by tabs"},
		{"sentence rule for one item", "refuse\ta\tpas en mesure", "every item"},
		{"phrase that folds to nothing", "term\ta\tfinalités|« »", "empty phrase"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseLexicon(strings.NewReader("# comment\n\n" + c.text + "\n"))
			if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "line 3") {
				t.Errorf("err = %v, want %q at line 3", err, c.want)
			}
		})
	}
}

func TestLexiconPhrasesAreFoldedAndStemsKept(t *testing.T) {
	l, err := ParseLexicon(strings.NewReader("term\tr3\tPondér* des CRITÈRES\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"La pondération des critères : 40 %.", "PONDERATIONS DES CRITERES : 40 %."} {
		if !l.Find([]Page{{File: "f", Number: 1, Text: text}}, []string{"r3"})[0].Found() {
			t.Errorf("stem phrase not found in %q", text)
		}
	}
	if l.Find([]Page{{File: "f", Number: 1, Text: "Les pondeuses des critères : 4."}}, []string{"r3"})[0].Found() {
		t.Error("a word short of the stem matched")
	}
}

func FuzzFind(f *testing.F) {
	f.Add("Score d’employabilité : 0,42\nDestinataire : Mme Haddad. Les finalités du traitement sont X.")
	f.Add("Page 1 sur 3\n| | :\n\n. . A")
	f.Add("\xff\xfe é\u0301 ﬁnalités")
	items := Default().Items()
	f.Fuzz(func(t *testing.T, text string) {
		var words []string
		for _, tk := range tokenize(text, 0, len(text), folder{}) {
			words = append(words, tk.word)
		}
		if got, want := strings.Join(words, " "), journal.FoldText(text); got != want {
			t.Fatalf("tokens fold to %q, journal.FoldText to %q", got, want)
		}
		pages := []Page{{File: "a", Number: 1, Text: text}, {File: "a", Number: 2, Text: text}, {File: "a", Number: 3, Text: text}}
		for _, fd := range Default().Find(pages, items) {
			for _, p := range fd.Passages {
				if p.Start < p.SentenceStart || p.End > p.SentenceEnd || p.Start >= p.End || p.SentenceEnd > len(text) {
					t.Fatalf("passage out of bounds: %+v in %q", p, text)
				}
			}
		}
	})
}
