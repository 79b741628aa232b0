package defence

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/pdf"
)

// pdfText renders the letter through internal/pdf and extracts its text
// with pdftotext, no-break spaces kept.
func pdfText(t *testing.T, l doc.Letter) string {
	t.Helper()
	data, err := pdf.Letter(l)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext is needed (poppler-utils; make test installs it)")
	}
	path := filepath.Join(t.TempDir(), "letter.pdf")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// Typography faults seen in the text of a French letter's PDF. pdftotext
// writes a no-break space as a space, so what shows a missing one is a
// mark thrown to the start of a line, or « left at the end of one; the
// no-break spaces themselves are checked on the letter's values
// (checkNothingFalse).
var typoFaults = map[string]*regexp.Regexp{
	"straight quote":            regexp.MustCompile(`['"]`),
	"mark at the start of line": regexp.MustCompile(`(?m)^[:;?!»]`),
	"« at the end of a line":    regexp.MustCompile(`(?m)«\s*$`),
	"no space before a mark":    regexp.MustCompile(`[\p{L}\p{N})][:;?!»]( |$)`),
	"no space after «":          regexp.MustCompile(`«\S`),
	"numeric date":              regexp.MustCompile(`\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{4}-\d{2}-\d{2}\b`),
	"1 instead of 1er":          regexp.MustCompile(`\b1 (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b`),
}

func TestEveryLetterRendersWithFrenchTypography(t *testing.T) {
	for _, kind := range Kinds() {
		n := fixtureNotices()[kind]
		for _, lk := range LetterKinds() {
			if !lk.Fits(n) {
				continue
			}
			t.Run(string(kind)+"/"+string(lk), func(t *testing.T) {
				in := fullInput(n, lk, "2026-11-30")
				in.Reasons = []Reason{{Kind: ReasonTransport, Text: `pas de bus le matin : le "Transport à la demande" ne dessert pas ma commune`}}
				in.AskHearing = true
				l, missing := BuildLetter(in)
				if len(missing) > 0 {
					t.Fatal(missing)
				}
				text := pdfText(t, l)
				flat := strings.Join(strings.Fields(strings.ReplaceAll(text, "\u00a0", " ")), " ")
				want := []string{"Fait à Lyon, le 30 novembre 2026", "Madame, Monsieur,", "Pièces jointes", "Camille Martin", n.Reference,
					"de vive voix lors d’un entretien avant"}
				if lk != LetterRemobilisation { // lifting a suspension rests on the acts alone
					want = append(want, "Transport : pas de bus le matin : le « Transport à la demande » ne dessert pas ma commune")
				}
				for _, w := range want {
					if !strings.Contains(flat, w) {
						t.Errorf("PDF text lacks %q:\n%s", w, text)
					}
				}
				for name, re := range typoFaults {
					if m := re.FindString(text); m != "" {
						t.Errorf("%s: %q in\n%s", name, m, text)
					}
				}
			})
		}
	}
}
