package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/rights"
	"github.com/carnet-app/carnet/internal/store"
)

// accessItems are the items an access letter asks, in its order.
var accessItems = []string{"copy", "scores", "a", "b", "c", "d", "e", "f", "g", "h", "decisions", "r1", "r2", "r3", "r4"}

// sentAccessRequest makes a record in a new data folder holding one access
// request marked sent, and returns the folder and the request's ID.
func sentAccessRequest(t *testing.T) (string, string) {
	t.Helper()
	dir := t.TempDir()
	s, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	r, err := s.SaveRequest(ctx, rights.Request{Kind: rights.KindAccess, Mode: rights.ModeRegistered, SentOn: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	r, err = s.MarkSent(ctx, r.WithAskedKeys(), rights.Snapshot{PDF: []byte("%PDF lettre"), Text: "Madame, Monsieur,"})
	if err != nil {
		t.Fatal(err)
	}
	return dir, r.ID
}

// answerExpect is what carnet answer prints for a fixture beyond its found
// items: the facts, the pages it cannot read, and the items the finder is
// known to miss (paraphrases the lexicon lacks, docs/ANSWER-READING.md).
type answerExpect struct {
	facts, unread, missed []string
}

var answerExpects = map[string]answerExpect{
	"complete answer":       {facts: []string{"Score d’employabilité = 0,42 (reponse.pdf p.1)", "Modalité d’accompagnement = Renforcé (reponse.pdf p.1)"}},
	"evasive answer":        {},
	"answer in other words": {facts: []string{"Catégorie = B (autres-mots.pdf p.1)"}, missed: []string{"a", "c", "d"}},
	"LibreOffice table":     {facts: []string{"Score d’employabilité = 0,42 (table.pdf p.1)", "Modalité d’accompagnement = Renforcé (table.pdf p.1)"}},
	"Windows-1252 PDF":      {facts: []string{"Modalité d’accompagnement = Renforcé (cp1252.pdf p.1)"}},
	"scan only":             {unread: []string{"scan.pdf p.2"}},
	"Windows-1252 CSV":      {facts: []string{"Score d’employabilité = 0,42 (indicateurs.csv p.1)", "Segment = Accompagné (indicateurs.csv p.1)"}},
	"XLSX": {facts: []string{"Score d’employabilité = 0.42 (indicateurs.xlsx p.1)", "Modalité d’accompagnement = Renforcé (indicateurs.xlsx p.1)",
		"Segment = Guidé (indicateurs.xlsx p.2)"}},
	"e-mail with the answer attached": {facts: []string{"Score d’employabilité = 0,42 (reponse.eml/reponse.pdf p.1)",
		"Modalité d’accompagnement = Renforcé (reponse.eml/reponse.pdf p.1)"}},
	"ZIP of several": {facts: []string{"Modalité d’accompagnement = Renforcé (cle.zip/cp1252.pdf p.1)",
		"Score d’employabilité = 0,42 (cle.zip/indicateurs.csv p.1)", "Segment = Accompagné (cle.zip/indicateurs.csv p.1)"},
		unread: []string{"cle.zip/scan.pdf p.2"}},
}

// TestAnswerCommandOnEachFixture is issue 12's acceptance 1: carnet answer
// prints, for each fixture answer, the expected found and missing items
// and facts; the evasive answer gives « missing » for every item.
func TestAnswerCommandOnEachFixture(t *testing.T) {
	for _, fx := range answerFixtures() {
		t.Run(fx.name, func(t *testing.T) {
			want, ok := answerExpects[fx.name]
			if !ok {
				t.Fatalf("no expectation for fixture %q", fx.name)
			}
			dir, id := sentAccessRequest(t)
			path := filepath.Join(t.TempDir(), fx.file)
			// The fixture set is kept in answerread's testdata (written by
			// the project, CARNET_WRITE_FIXTURES=1 makes it again there).
			data, err := os.ReadFile(filepath.Join("..", "internal", "answerread", "testdata", "answers", strings.ReplaceAll(fx.name, " ", "-"), fx.file))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, data, 0o600); err != nil {
				t.Fatal(err)
			}
			out := mustRun(t, "--data", dir, "answer", "--request", id, path)
			var items, facts, unread []string
			for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
				switch kind, rest, _ := strings.Cut(line, " "); kind {
				case "found":
					item, _, _ := strings.Cut(rest, " ")
					items = append(items, "found "+item)
					if !strings.Contains(rest, fx.file) || !strings.Contains(rest, " p.") || !strings.Contains(rest, ": ") {
						t.Errorf("found line without file, page and passage: %q", line)
					}
				case "missing":
					items = append(items, line)
				case "fact":
					facts = append(facts, rest)
				case "unread":
					where, sentence, _ := strings.Cut(rest, ": ")
					unread = append(unread, where)
					if sentence != "image, texte non lisible automatiquement" {
						t.Errorf("unread line %q", line)
					}
				default:
					t.Errorf("unexpected line %q", line)
				}
			}
			var wantItems []string
			for _, it := range accessItems {
				if slices.Contains(fx.found, it) && !slices.Contains(want.missed, it) {
					wantItems = append(wantItems, "found "+it)
				} else {
					wantItems = append(wantItems, "missing "+it)
				}
			}
			if fmt.Sprint(items) != fmt.Sprint(wantItems) {
				t.Errorf("items\n got %q\nwant %q", items, wantItems)
			}
			if fmt.Sprint(facts) != fmt.Sprint(want.facts) {
				t.Errorf("facts\n got %q\nwant %q", facts, want.facts)
			}
			if fmt.Sprint(unread) != fmt.Sprint(want.unread) {
				t.Errorf("unread pages\n got %q\nwant %q", unread, want.unread)
			}
			if fx.name == "evasive answer" && strings.Contains(out, "found") {
				t.Errorf("the evasive answer gave a found item:\n%s", out)
			}
			// The same reading again from the stored files, as JSON.
			js := mustRun(t, "--data", dir, "answer", "--request", id, "--json")
			if !strings.Contains(js, `"name": "`+fx.file+`"`) || strings.Count(js, `"item": `) != len(accessItems) {
				t.Errorf("--json lacks the file or the items:\n%s", js)
			}
			if out := mustRun(t, "--data", dir, "check"); out != "ok\n" {
				t.Errorf("check after attaching: %q", out)
			}
		})
	}
}
