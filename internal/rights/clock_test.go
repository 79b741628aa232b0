package rights

import (
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestEasterOverSeveralYears(t *testing.T) {
	want := map[int]string{2019: "2019-04-21", 2024: "2024-03-31", 2025: "2025-04-20", 2026: "2026-04-05",
		2027: "2027-03-28", 2028: "2028-04-16", 2030: "2030-04-21", 2038: "2038-04-25", 2285: "2285-03-22"}
	for y, w := range want {
		if got := Easter(y); !got.Equal(day(w)) {
			t.Errorf("Easter(%d) = %s, want %s", y, got.Format("2006-01-02"), w)
		}
	}
}

func TestCompute(t *testing.T) {
	tests := []struct {
		name        string
		kind        ClockKind
		from, dept  string
		want        string
		ruleContain string
	}{
		{"same date next month on a weekday", ClockGDPR, "2026-11-26", "75", "2026-12-28", "dimanche"},
		{"same date next month, plain", ClockGDPR, "2026-10-14", "75", "2026-11-16", "samedi"},
		{"a Tuesday stays", ClockGDPR, "2026-09-15", "75", "2026-10-15", "article 12"},
		{"31 January ends on the last day of February", ClockGDPR, "2027-01-31", "75", "2027-03-01", "dernier jour du mois"},
		{"leap year: 31 January 2028 ends 29 February", ClockGDPR, "2028-01-31", "75", "2028-02-29", "dernier jour"},
		{"29 February to 29 March", ClockGDPR, "2028-02-29", "75", "2028-03-29", "29 février 2028"},
		{"30 January to 28 February 2026 (Saturday) then Monday", ClockGDPR, "2026-01-30", "75", "2026-03-02", "samedi"},
		{"New Year's Day then a weekend", ClockGDPR, "2026-12-01", "75", "2027-01-04", "jour de l’An"},
		{"1 January is skipped", ClockGDPR, "2027-12-01", "75", "2028-01-03", "jour de l’An"},
		{"Easter Monday 2026", ClockGDPR, "2026-03-06", "75", "2026-04-07", "lundi de Pâques"},
		{"Easter Monday 2027", ClockGDPR, "2027-02-28", "75", "2027-03-30", "lundi de Pâques"},
		{"Ascension 2026 then Friday", ClockGDPR, "2026-04-14", "75", "2026-05-15", "Ascension"},
		{"Whit Monday 2027", ClockGDPR, "2027-04-17", "75", "2027-05-18", "lundi de Pentecôte"},
		{"1 May 2026 is a Friday holiday", ClockGDPR, "2026-04-01", "75", "2026-05-04", "fête du Travail"},
		{"8 May 2026", ClockGDPR, "2026-04-08", "75", "2026-05-11", "Victoire 1945"},
		{"14 July 2026", ClockGDPR, "2026-06-14", "75", "2026-07-15", "fête nationale"},
		{"15 August 2027 is a Sunday", ClockGDPR, "2027-07-15", "75", "2027-08-16", "Assomption"},
		{"1 November 2027 Monday", ClockGDPR, "2027-10-01", "75", "2027-11-02", "Toussaint"},
		{"11 November 2026", ClockGDPR, "2026-10-11", "75", "2026-11-12", "Armistice"},
		{"Christmas 2026 Friday then weekend", ClockGDPR, "2026-11-25", "75", "2026-12-28", "Noël"},
		{"Good Friday counts in Moselle", ClockGDPR, "2026-03-03", "57", "2026-04-07", "Vendredi saint"},
		{"Good Friday does not count in Paris", ClockGDPR, "2026-03-03", "75", "2026-04-03", ""},
		{"26 December counts in Bas-Rhin", ClockGDPR, "2027-11-26", "67", "2027-12-27", "Saint-Étienne"},
		{"26 December 2028 Tuesday in Haut-Rhin", ClockGDPR, "2028-11-26", "68", "2028-12-27", "Saint-Étienne"},
		{"26 December 2028 is a working day elsewhere", ClockGDPR, "2028-11-26", "13", "2028-12-26", ""},
		{"extension: three months", ClockGDPRExtended, "2026-11-26", "75", "2027-02-26", "prolongation"},
		{"extension from 30 November ends 28 February", ClockGDPRExtended, "2026-11-30", "75", "2027-03-01", "dernier jour"},
		{"CRPA implicit refusal after one month", ClockCRPA, "2026-06-10", "75", "2026-07-10", "refus implicite"},
		{"CADA: two months from the refusal", ClockCADA, "2026-12-31", "75", "2027-03-01", "saisine de la CADA"},
		{"CADA window across a year", ClockCADA, "2026-11-10", "75", "2027-01-11", "dimanche"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Compute(tt.kind, day(tt.from), tt.dept)
			if got := d.Due.Format("2006-01-02"); got != tt.want {
				t.Fatalf("Compute(%s, %s, %s) = %s, want %s (%s)", tt.kind, tt.from, tt.dept, got, tt.want, d.RuleFR())
			}
			rule := d.RuleFR()
			if tt.ruleContain != "" && !strings.Contains(rule, tt.ruleContain) {
				t.Fatalf("rule %q lacks %q", rule, tt.ruleContain)
			}
			if tt.ruleContain == "" && len(d.Skipped) > 0 {
				t.Fatalf("unexpected skipped days: %q", rule)
			}
		})
	}
}

func TestHolidaysHaveElevenDaysAndThirteenInAlsaceMoselle(t *testing.T) {
	for year := 2024; year <= 2032; year++ {
		if n := len(Holidays(year, "75")); n != 11 {
			t.Errorf("%d: %d holidays in Paris, want 11", year, n)
		}
		if n := len(Holidays(year, "57")); n != 13 {
			t.Errorf("%d: %d holidays in Moselle, want 13", year, n)
		}
	}
	if _, ok := HolidayOn(day("2027-05-06"), "75"); !ok {
		t.Error("Ascension 2027 (6 May) not found")
	}
}

func TestRuleInEnglish(t *testing.T) {
	d := Compute(ClockGDPR, day("2027-01-31"), "57")
	got := d.Rule("en")
	for _, want := range []string{"1 month after receipt on 31 January 2027", "Article 12(3) GDPR", "last day, 28 February 2027",
		"28 February 2027 (Sunday) is not a working day"} {
		if !strings.Contains(got, want) {
			t.Errorf("rule %q lacks %q", got, want)
		}
	}
	if g := Compute(ClockGDPR, day("2026-11-25"), "75").Rule("en"); !strings.Contains(g, "25 December 2026 (public holiday: Noël)") {
		t.Errorf("rule %q", g)
	}
	if Compute(ClockCADA, day("2026-12-31"), "75").Rule("fr") != Compute(ClockCADA, day("2026-12-31"), "75").RuleFR() {
		t.Error("Rule(fr) differs from RuleFR")
	}
}
