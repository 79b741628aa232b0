package rights

import (
	"regexp"
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

// nb is the non-breaking space French typography puts before « ; : ? ! ».
const nb = "\u00a0"

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
		name       string
		kind       ClockKind
		from, dept string
		want       string
		ruleHas    string // the French rule must contain it
		ruleLacks  string // and must not contain it, when set
	}{
		{"same date next month on a weekday", ClockGDPR, "2026-11-26", "75", "2026-12-28", "le samedi 26 et le dimanche 27 décembre n’étant pas des jours ouvrables", ""},
		{"same date next month, plain", ClockGDPR, "2026-10-14", "75", "2026-11-16", "reporté au lundi 16 novembre 2026, le samedi 14", ""},
		{"a Tuesday stays", ClockGDPR, "2026-09-15", "75", "2026-10-15", "article 12", "reporté"},
		{"31 January ends on the last day of February", ClockGDPR, "2027-01-31", "75", "2027-03-01", "dernier jour du mois", ""},
		{"leap year: 31 January 2028 ends 29 February", ClockGDPR, "2028-01-31", "75", "2028-02-29", "le même quantième n’existant pas en février, la période prend fin le dernier jour du mois, le 29 février 2028", "reporté"},
		{"29 February to 29 March", ClockGDPR, "2028-02-29", "75", "2028-03-29", "29 février 2028", "quantième"},
		{"30 January to 28 February 2026 (Saturday) then Monday", ClockGDPR, "2026-01-30", "75", "2026-03-02", "le 28 février 2026\u00a0; reporté au lundi 2 mars 2026, le samedi 28 février et le dimanche 1er mars n’étant pas", ""},
		{"New Year's Day then a weekend", ClockGDPR, "2026-12-01", "75", "2027-01-04", "le vendredi 1er janvier étant le jour de l’An, jour férié, et", ""},
		{"1 January is skipped", ClockGDPR, "2027-12-01", "75", "2028-01-03", "jour de l’An", ""},
		{"Easter Monday 2026", ClockGDPR, "2026-03-06", "75", "2026-04-07", "lundi de Pâques", ""},
		{"Easter Monday 2027", ClockGDPR, "2027-02-28", "75", "2027-03-30", "lundi de Pâques", ""},
		{"Ascension 2026 then Friday", ClockGDPR, "2026-04-14", "75", "2026-05-15", "le jeudi 14 mai étant l’Ascension, jour férié", ""},
		{"Whit Monday 2027", ClockGDPR, "2027-04-17", "75", "2027-05-18", "lundi de Pentecôte", ""},
		{"1 May 2026 is a Friday holiday", ClockGDPR, "2026-04-01", "75", "2026-05-04", "fête du Travail", ""},
		{"8 May 2026", ClockGDPR, "2026-04-08", "75", "2026-05-11", "Victoire de 1945", ""},
		{"14 July 2026", ClockGDPR, "2026-06-14", "75", "2026-07-15", "fête nationale", ""},
		{"15 August 2027 is a Sunday", ClockGDPR, "2027-07-15", "75", "2027-08-16", "le dimanche 15 août étant l’Assomption, jour férié", ""},
		{"1 November 2027 Monday", ClockGDPR, "2027-10-01", "75", "2027-11-02", "Toussaint", ""},
		{"11 November 2026", ClockGDPR, "2026-10-11", "75", "2026-11-12", "Armistice", ""},
		{"Christmas 2026 Friday then weekend", ClockGDPR, "2026-11-25", "75", "2026-12-28", "Noël", ""},
		{"Good Friday counts in Moselle", ClockGDPR, "2026-03-03", "57", "2026-04-07", "le vendredi 3 avril étant le Vendredi saint, jour férié en Alsace-Moselle", ""},
		{"Good Friday does not count in Paris", ClockGDPR, "2026-03-03", "75", "2026-04-03", "le 3 mars 2026", "reporté"},
		{"26 December counts in Bas-Rhin", ClockGDPR, "2027-11-26", "67", "2027-12-27", "Saint-Étienne", ""},
		{"26 December 2028 Tuesday in Haut-Rhin", ClockGDPR, "2028-11-26", "68", "2028-12-27", "Saint-Étienne, jour férié en Alsace-Moselle", ""},
		{"26 December 2028 is a working day elsewhere", ClockGDPR, "2028-11-26", "13", "2028-12-26", "le 26 novembre 2028", "reporté"},
		{"extension: three months", ClockGDPRExtended, "2026-11-26", "75", "2027-02-26", "trois mois après la réception", ""},
		{"extension from 30 November ends 28 February", ClockGDPRExtended, "2026-11-30", "75", "2027-03-01", "dernier jour", ""},
		{"CRPA implicit refusal after one month", ClockCRPA, "2026-06-10", "75", "2026-07-10", "un mois après la réception de la demande", "reporté"},
		{"CADA: two months from the refusal", ClockCADA, "2026-12-31", "75", "2027-03-01", "saisine de la CADA", ""},
		{"CADA window across a year", ClockCADA, "2026-11-10", "75", "2027-01-11", "dimanche", ""},

		// Overseas: the abolition of slavery moves the end for a user living there, not in Paris.
		{"Mayotte: 27 April 2026", ClockGDPR, "2026-03-27", "976", "2026-04-28", "jour férié à Mayotte", ""},
		{"27 April 2026 is a working day in Paris", ClockGDPR, "2026-03-27", "75", "2026-04-27", "le 27 mars 2026", "reporté"},
		{"Martinique: 22 May 2026, a weekend, then Whit Monday", ClockGDPR, "2026-04-22", "972", "2026-05-26", "jour férié en Martinique, le samedi 23", ""},
		{"22 May 2026 is a working day in Paris", ClockGDPR, "2026-04-22", "75", "2026-05-22", "le 22 avril 2026", "reporté"},
		{"Guadeloupe: 27 May 2026", ClockGDPR, "2026-04-27", "971", "2026-05-28", "jour férié en Guadeloupe", ""},
		{"27 May 2026 is a working day in Paris", ClockGDPR, "2026-04-27", "75", "2026-05-27", "le 27 avril 2026", "reporté"},
		{"Saint-Martin: 28 May 2026", ClockGDPR, "2026-04-28", "978", "2026-05-29", "jour férié à Saint-Martin", ""},
		{"28 May 2026 is a working day in Paris", ClockGDPR, "2026-04-28", "75", "2026-05-28", "le 28 avril 2026", "reporté"},
		{"Guyane: 10 June 2026", ClockGDPR, "2026-05-10", "973", "2026-06-11", "jour férié en Guyane", ""},
		{"10 June 2026 is a working day in Paris", ClockGDPR, "2026-05-10", "75", "2026-06-10", "le 10 mai 2026", "reporté"},
		{"Saint-Barthélemy: 9 October 2026 then a weekend", ClockGDPR, "2026-09-09", "977", "2026-10-12", "jour férié à Saint-Barthélemy, et le samedi 10", ""},
		{"9 October 2026 is a working day in Paris", ClockGDPR, "2026-09-09", "75", "2026-10-09", "le 9 septembre 2026", "reporté"},
		{"La Réunion: 20 December 2027", ClockGDPR, "2027-11-20", "974", "2027-12-21", "jour férié à La Réunion", ""},
		{"20 December 2027 is a working day in Paris", ClockGDPR, "2027-11-20", "75", "2027-12-20", "le 20 novembre 2027", "reporté"},
		{"the CRPA clock counts an overseas holiday too", ClockCRPA, "2026-04-27", "971", "2026-05-28", "jour férié en Guadeloupe", ""},

		// The CADA window is the user's: local holidays never move it.
		{"CADA: Good Friday in Moselle does not move it", ClockCADA, "2026-02-03", "57", "2026-04-03", "par prudence, le Vendredi saint, jour férié en Alsace-Moselle seulement, ne reporte pas ce délai", "reporté au"},
		{"CADA: 26 December in Moselle does not move it", ClockCADA, "2028-10-26", "57", "2028-12-26", "saisissez la CADA au plus tard le mardi 26 décembre 2028", "reporté au"},
		{"GDPR: 26 December in Moselle moves it", ClockGDPR, "2028-11-26", "57", "2028-12-27", "reporté au mercredi 27 décembre 2028", "prudence"},
		{"CADA: 27 May in Guadeloupe does not move it", ClockCADA, "2026-03-27", "971", "2026-05-27", "jour férié en Guadeloupe seulement", "reporté au"},
		{"CADA: 20 December at La Réunion does not move it", ClockCADA, "2027-10-20", "974", "2027-12-20", "au plus tard le lundi 20 décembre 2027", "reporté au"},
		{"CADA: a national holiday still moves it", ClockCADA, "2026-05-14", "57", "2026-07-15", "le mardi 14 juillet étant la fête nationale, jour férié", "prudence"},
		{"CADA: Easter Monday moves it in Moselle too", ClockCADA, "2026-02-06", "57", "2026-04-07", "le lundi 6 avril étant le lundi de Pâques, jour férié", "Vendredi saint"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.ruleHas == "" {
				t.Fatal("every row must assert something about the rule")
			}
			d := Compute(tt.kind, day(tt.from), tt.dept)
			rule := d.RuleFR()
			if got := d.Due.Format("2006-01-02"); got != tt.want {
				t.Fatalf("Compute(%s, %s, %s) = %s, want %s (%s)", tt.kind, tt.from, tt.dept, got, tt.want, rule)
			}
			if !strings.Contains(rule, tt.ruleHas) {
				t.Errorf("rule %q lacks %q", rule, tt.ruleHas)
			}
			if tt.ruleLacks != "" && strings.Contains(rule, tt.ruleLacks) {
				t.Errorf("rule %q contains %q", rule, tt.ruleLacks)
			}
			if moved := !d.Due.Equal(d.Nominal); moved != (len(d.Skipped) > 0) || moved != strings.Contains(rule, "reporté au") {
				t.Errorf("moved %v, %d skipped days, rule %q", moved, len(d.Skipped), rule)
			}
			if problem := badFrenchWording(rule); problem != "" {
				t.Errorf("rule %q: %s", rule, problem)
			}
		})
	}
}

// badFrenchWording returns what is wrong with a French rule, or "".
func badFrenchWording(rule string) string {
	checks := []struct {
		re   *regexp.Regexp
		what string
	}{
		{regexp.MustCompile(`\d[\s\x{a0}]*mois`), "months in figures (« 1 mois »)"},
		{regexp.MustCompile(`\bcar\b`), "« car »"},
		{regexp.MustCompile(`\((samedi|dimanche|férié)`), "a reason in brackets"},
		{regexp.MustCompile(`'`), "a straight apostrophe"},
		{regexp.MustCompile(`[^\x{a0}][;:?!]|^[;:?!]`), "« ; : ? ! » without a non-breaking space before"},
		{regexp.MustCompile(`« |[^\x{a0}]»`), "guillemets without non-breaking spaces"},
		{regexp.MustCompile(`\b(Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche) \d`), "a weekday with a capital"},
		{regexp.MustCompile(`(^|[^\d])1 (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)`), "« 1 » instead of « 1er »"},
		{regexp.MustCompile(`\s{2}|\s$|^\s`), "stray spaces"},
	}
	for _, c := range checks {
		if c.re.MatchString(rule) {
			return c.what
		}
	}
	return ""
}

func TestBadFrenchWordingCatchesTheOldRule(t *testing.T) {
	for _, old := range []string{
		"1 mois après la réception le 4 septembre 2026",
		"2 mois après le refus",
		"reporté au premier jour ouvrable, car 10 octobre 2026 est un samedi",
		"10 octobre 2026 (samedi)",
		"3 avril 2026 (férié\u00a0: Vendredi saint (Alsace-Moselle))",
		"l'article 12",
		"du RGPD ; reporté",
		"au lundi 1 mars 2027",
		"le Vendredi 3 avril",
	} {
		if badFrenchWording(old) == "" {
			t.Errorf("badFrenchWording(%q) found nothing", old)
		}
	}
}

// TestRuleFRText pins the whole French wording of typical cases.
func TestRuleFRText(t *testing.T) {
	const gdpr = "en application de l’article 12, paragraphe 3, du RGPD"
	tests := []struct {
		name       string
		kind       ClockKind
		from, dept string
		want       string
	}{
		{"plain", ClockGDPR, "2026-09-15", "75",
			"un mois après la réception, le 15 septembre 2026, " + gdpr},
		{"a weekend of two days", ClockGDPR, "2026-09-10", "75",
			"un mois après la réception, le 10 septembre 2026, " + gdpr + nb + "; reporté au lundi 12 octobre 2026, " +
				"le samedi 10 et le dimanche 11 octobre n’étant pas des jours ouvrables"},
		{"one Sunday", ClockGDPR, "2026-10-08", "75",
			"un mois après la réception, le 8 octobre 2026, " + gdpr + nb + "; reporté au lundi 9 novembre 2026, " +
				"le dimanche 8 novembre n’étant pas un jour ouvrable"},
		{"a weekend across two months", ClockGDPR, "2025-12-31", "75",
			"un mois après la réception, le 31 décembre 2025, " + gdpr + nb + "; reporté au lundi 2 février 2026, " +
				"le samedi 31 janvier et le dimanche 1er février n’étant pas des jours ouvrables"},
		{"one holiday", ClockGDPR, "2026-03-06", "75",
			"un mois après la réception, le 6 mars 2026, " + gdpr + nb + "; reporté au mardi 7 avril 2026, " +
				"le lundi 6 avril étant le lundi de Pâques, jour férié"},
		{"a holiday then a weekend", ClockGDPR, "2026-04-01", "75",
			"un mois après la réception, le 1er avril 2026, " + gdpr + nb + "; reporté au lundi 4 mai 2026, " +
				"le vendredi 1er mai étant la fête du Travail, jour férié, et le samedi 2 et le dimanche 3 mai n’étant pas des jours ouvrables"},
		{"Good Friday in Moselle", ClockGDPR, "2026-03-03", "57",
			"un mois après la réception, le 3 mars 2026, " + gdpr + nb + "; reporté au mardi 7 avril 2026, " +
				"le vendredi 3 avril étant le Vendredi saint, jour férié en Alsace-Moselle, " +
				"le samedi 4 et le dimanche 5 avril n’étant pas des jours ouvrables " +
				"et le lundi 6 avril étant le lundi de Pâques, jour férié"},
		{"overseas holiday", ClockGDPR, "2026-04-27", "971",
			"un mois après la réception, le 27 avril 2026, " + gdpr + nb + "; reporté au jeudi 28 mai 2026, " +
				"le mercredi 27 mai étant la commémoration de l’abolition de l’esclavage, jour férié en Guadeloupe"},
		{"end of month", ClockGDPR, "2027-01-31", "75",
			"un mois après la réception, le 31 janvier 2027, " + gdpr + nb + "; le même quantième n’existant pas en février, " +
				"la période prend fin le dernier jour du mois, le 28 février 2027" + nb + "; reporté au lundi 1er mars 2027, " +
				"le dimanche 28 février n’étant pas un jour ouvrable"},
		{"extension", ClockGDPRExtended, "2026-11-26", "75",
			"trois mois après la réception, le 26 novembre 2026, " + gdpr + ", la prolongation de deux mois ayant été annoncée"},
		{"CRPA", ClockCRPA, "2026-06-10", "75",
			"un mois après la réception de la demande, le 10 juin 2026, le silence gardé valant alors refus implicite " +
				"en application des articles R*311-12 et R311-13 du CRPA"},
		{"CADA, safe side", ClockCADA, "2026-12-31", "75",
			"deux mois après le refus, le 31 décembre 2026, délai de saisine de la CADA fixé par l’article R343-1 du CRPA" + nb +
				"; le même quantième n’existant pas en février, la période prend fin le dernier jour du mois, le 28 février 2027" + nb +
				"; reporté au lundi 1er mars 2027, le dimanche 28 février n’étant pas un jour ouvrable" + nb +
				"; saisissez la CADA au plus tard le lundi 1er mars 2027" + nb + "; n’attendez pas le dernier jour"},
		{"CADA across a year, in Haut-Rhin", ClockCADA, "2022-10-31", "68",
			"deux mois après le refus, le 31 octobre 2022, délai de saisine de la CADA fixé par l’article R343-1 du CRPA" + nb +
				"; reporté au lundi 2 janvier 2023, le samedi 31 décembre 2022 n’étant pas un jour ouvrable " +
				"et le dimanche 1er janvier étant le jour de l’An, jour férié" + nb +
				"; saisissez la CADA au plus tard le lundi 2 janvier 2023" + nb + "; n’attendez pas le dernier jour"},
		{"CADA, local holiday ignored", ClockCADA, "2026-02-03", "57",
			"deux mois après le refus, le 3 février 2026, délai de saisine de la CADA fixé par l’article R343-1 du CRPA" + nb +
				"; par prudence, le Vendredi saint, jour férié en Alsace-Moselle seulement, ne reporte pas ce délai" + nb +
				": saisissez la CADA au plus tard le vendredi 3 avril 2026" + nb + "; n’attendez pas le dernier jour"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Compute(tt.kind, day(tt.from), tt.dept).RuleFR()
			if got != tt.want {
				t.Errorf("RuleFR\n got  %q\n want %q", got, tt.want)
			}
			if problem := badFrenchWording(got); problem != "" {
				t.Errorf("rule %q: %s", got, problem)
			}
		})
	}
}

// TestRuleEN pins the whole English wording of typical cases.
func TestRuleEN(t *testing.T) {
	const gdpr = "under Article 12(3) GDPR"
	tests := []struct {
		name       string
		kind       ClockKind
		from, dept string
		want       string
	}{
		{"plain", ClockGDPR, "2026-09-15", "75", "one month after receipt, on 15 September 2026, " + gdpr},
		{"a weekend", ClockGDPR, "2026-09-10", "75", "one month after receipt, on 10 September 2026, " + gdpr +
			"; moved to Monday 12 October 2026, as Saturday 10 and Sunday 11 October are not working days"},
		{"a holiday then a weekend", ClockGDPR, "2026-11-25", "75", "one month after receipt, on 25 November 2026, " + gdpr +
			"; moved to Monday 28 December 2026, as Friday 25 December is Christmas Day, a public holiday, " +
			"and Saturday 26 and Sunday 27 December are not working days"},
		{"end of month in Moselle", ClockGDPR, "2027-01-31", "57", "one month after receipt, on 31 January 2027, " + gdpr +
			"; as that day does not exist in February, the period ends on the last day of the month, 28 February 2027" +
			"; moved to Monday 1 March 2027, as Sunday 28 February is not a working day"},
		{"overseas holiday", ClockGDPR, "2027-11-20", "974", "one month after receipt, on 20 November 2027, " + gdpr +
			"; moved to Tuesday 21 December 2027, as Monday 20 December is the commemoration of the abolition of slavery, " +
			"a public holiday in Réunion"},
		{"CADA, safe side", ClockCADA, "2026-11-10", "75", "two months after the refusal, on 10 November 2026, " +
			"the time limit to refer to the CADA set by article R343-1 CRPA; moved to Monday 11 January 2027, " +
			"as Sunday 10 January is not a working day; refer the matter to the CADA at the latest on Monday 11 January 2027; " +
			"do not wait for the last day"},
		{"CADA, local holiday ignored", ClockCADA, "2026-02-03", "57", "two months after the refusal, on 3 February 2026, " +
			"the time limit to refer to the CADA set by article R343-1 CRPA; as a precaution, Good Friday, a public holiday " +
			"only in Alsace-Moselle, does not extend this time limit: refer the matter to the CADA at the latest on " +
			"Friday 3 April 2026; do not wait for the last day"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Compute(tt.kind, day(tt.from), tt.dept)
			if got := d.Rule("en"); got != tt.want {
				t.Errorf("Rule(en)\n got  %q\n want %q", got, tt.want)
			}
			if d.Rule("fr") != d.RuleFR() || d.Rule("") != d.RuleFR() {
				t.Error("Rule(fr) differs from RuleFR")
			}
		})
	}
}

func TestUserMeetsOnlyTheCADAClock(t *testing.T) {
	want := map[ClockKind]bool{ClockGDPR: false, ClockGDPRExtended: false, ClockCRPA: false, ClockCADA: true}
	if len(want) != len(ClockKinds()) {
		t.Fatalf("the table covers %d kinds, ClockKinds has %d", len(want), len(ClockKinds()))
	}
	for _, k := range ClockKinds() {
		if got := k.UserMeets(); got != want[k] {
			t.Errorf("%s.UserMeets() = %v, want %v", k, got, want[k])
		}
		d := Compute(k, day("2026-02-03"), "57")
		if d.UserMeets != want[k] {
			t.Errorf("Compute(%s).UserMeets = %v, want %v", k, d.UserMeets, want[k])
		}
		if has := strings.Contains(d.RuleFR(), "n’attendez pas le dernier jour"); has != want[k] {
			t.Errorf("%s: safe-side advice %v in %q", k, has, d.RuleFR())
		}
		if has := strings.Contains(d.RuleEN(), "do not wait for the last day"); has != want[k] {
			t.Errorf("%s: safe-side advice %v in %q", k, has, d.RuleEN())
		}
		if letter := d.LetterRuleFR(); strings.Contains(letter, "n’attendez") || !strings.HasPrefix(d.RuleFR(), letter) {
			t.Errorf("%s: LetterRuleFR %q, RuleFR %q", k, letter, d.RuleFR())
		}
	}
}

// TestUserDeadlinesCountNationalHolidaysOnly checks over three years that a
// CADA window ends on the same day wherever the user lives, while the
// France Travail clocks follow the département's holidays.
func TestUserDeadlinesCountNationalHolidaysOnly(t *testing.T) {
	depts := []string{"57", "67", "68", "971", "972", "973", "974", "976", "977", "978"}
	movedGDPR := 0
	for from := day("2026-01-01"); from.Year() < 2029; from = from.AddDate(0, 0, 1) {
		paris := Compute(ClockCADA, from, "75")
		for _, dept := range depts {
			cada := Compute(ClockCADA, from, dept)
			if !cada.Due.Equal(paris.Due) {
				t.Fatalf("CADA from %s in %s ends %s, in Paris %s", from.Format("2006-01-02"), dept,
					cada.Due.Format("2006-01-02"), paris.Due.Format("2006-01-02"))
			}
			if g, p := Compute(ClockGDPR, from, dept), Compute(ClockGDPR, from, "75"); g.Due.After(p.Due) {
				movedGDPR++
			} else if g.Due.Before(p.Due) {
				t.Fatalf("GDPR from %s in %s ends before Paris", from.Format("2006-01-02"), dept)
			}
		}
	}
	if movedGDPR == 0 {
		t.Error("no local holiday ever moved a GDPR deadline")
	}
}

func TestHolidayCounts(t *testing.T) {
	tests := []struct {
		dept string
		n    int
	}{
		{"", 11}, {"75", 11}, {"2A", 11}, {"13", 11}, {"975", 11},
		{"57", 13}, {"67", 13}, {"68", 13},
		{"971", 12}, {"972", 12}, {"973", 12}, {"974", 12}, {"976", 12}, {"977", 12}, {"978", 12},
	}
	for _, tt := range tests {
		for year := 2024; year <= 2032; year++ {
			hs := Holidays(year, tt.dept)
			if len(hs) != tt.n {
				t.Errorf("%d in %q: %d holidays, want %d", year, tt.dept, len(hs), tt.n)
			}
			for i := 1; i < len(hs); i++ {
				if hs[i].Date.Before(hs[i-1].Date) {
					t.Errorf("%d in %q: %s before %s", year, tt.dept, hs[i].Label(), hs[i-1].Label())
				}
			}
			local := 0
			for _, h := range hs {
				if !h.National() {
					local++
				}
			}
			if local != tt.n-11 {
				t.Errorf("%d in %q: %d local holidays, want %d", year, tt.dept, local, tt.n-11)
			}
		}
	}
	if _, ok := HolidayOn(day("2027-05-06"), "75"); !ok {
		t.Error("Ascension 2027 (6 May) not found")
	}
}

func TestOverseasHolidays(t *testing.T) {
	tests := []struct {
		dept, date, label string
	}{
		{"976", "2026-04-27", "abolition de l’esclavage (Mayotte)"},
		{"972", "2026-05-22", "abolition de l’esclavage (Martinique)"},
		{"971", "2026-05-27", "abolition de l’esclavage (Guadeloupe)"},
		{"978", "2026-05-28", "abolition de l’esclavage (Saint-Martin)"},
		{"973", "2026-06-10", "abolition de l’esclavage (Guyane)"},
		{"977", "2026-10-09", "abolition de l’esclavage (Saint-Barthélemy)"},
		{"974", "2026-12-20", "abolition de l’esclavage (La Réunion)"},
		{"57", "2026-04-03", "Vendredi saint (Alsace-Moselle)"},
		{"67", "2026-12-26", "Saint-Étienne (Alsace-Moselle)"},
	}
	for _, tt := range tests {
		h, ok := HolidayOn(day(tt.date), tt.dept)
		if !ok || h.Label() != tt.label || h.National() {
			t.Errorf("HolidayOn(%s, %s) = %+v, %v; want %q", tt.date, tt.dept, h, ok, tt.label)
		}
		if h, ok := HolidayOn(day(tt.date), "75"); ok {
			t.Errorf("%s is a holiday in Paris: %s", tt.date, h.Label())
		}
	}
	// Whit Monday 2030 falls on 10 June: the national holiday comes first.
	if h, _ := HolidayOn(day("2030-06-10"), "973"); h.Name != "lundi de Pentecôte" || !h.National() {
		t.Errorf("10 June 2030 in Guyane: %+v", h)
	}
	if h, _ := HolidayOn(day("2026-12-25"), "75"); h.Label() != "Noël" {
		t.Errorf("Noël labelled %q", h.Label())
	}
}
