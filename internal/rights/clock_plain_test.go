package rights

import (
	"strings"
	"testing"

	"github.com/carnet-app/carnet/internal/journal"
)

// TestPlainRuleDropsOnlyTheLegalWords: the window's wording of a deadline
// is the lawyer's wording without the text setting the period and without
// « quantième »; the dates, the moves and the advice are the same, and
// Basis gives the text left out.
func TestPlainRuleDropsOnlyTheLegalWords(t *testing.T) {
	tests := []struct {
		kind       ClockKind
		from, dept string
	}{
		{ClockGDPR, "2026-10-08", "75"},
		{ClockGDPRExtended, "2026-09-10", "75"},
		{ClockGDPR, "2027-01-31", "75"},
		{ClockCRPA, "2026-04-01", "57"},
		{ClockCADA, "2026-12-18", "971"},
	}
	for _, tt := range tests {
		d := Compute(tt.kind, day(tt.from), tt.dept)
		for _, lang := range []string{"fr", "en"} {
			plain, legal, basis := d.PlainRule(lang), d.Rule(lang), d.Basis(lang)
			for _, jargon := range []string{"article", "Article", "RGPD", "GDPR", "CRPA", "R*311", "quantième"} {
				if strings.Contains(plain, jargon) {
					t.Errorf("%s %s %s: plain rule says %q: %s", tt.kind, tt.from, lang, jargon, plain)
				}
			}
			if basis == "" || !strings.Contains(legal, basis) {
				t.Errorf("%s %s %s: the legal rule %q does not hold the basis %q", tt.kind, tt.from, lang, legal, basis)
			}
			due := journal.FormatLongDate(d.Due)
			if lang == "en" {
				due = journal.FormatLongDateEN(d.Due)
			}
			if strings.Contains(legal, due) != strings.Contains(plain, due) {
				t.Errorf("%s %s %s: the due date %s is in one wording only:\n%s\n%s", tt.kind, tt.from, lang, due, legal, plain)
			}
		}
	}
}
