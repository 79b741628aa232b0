package defence

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

func TestComputeDeadlineOnTheSafeSide(t *testing.T) {
	tests := []struct {
		name        string
		date, seen  string
		period      Period
		departement string
		due         string
		ignored     string   // the local holiday named as not extending it
		rule        []string // phrases the French rule must hold
	}{
		{"counts from the day seen and moves a Sunday end to Monday", "2026-11-20", "2026-11-26", Period{10, ""}, "75", "2026-12-07", "",
			[]string{"dix jours après la réception de l’avis, le 26 novembre 2026", "reporté au lundi 7 décembre 2026, le dimanche 6 décembre n’étant pas un jour ouvrable", "au plus tard le lundi 7 décembre 2026"}},
		{"counts from the notice's date when the day seen is unknown", "2026-12-02", "", Period{10, UnitCalendarDays}, "75", "2026-12-14", "",
			[]string{"après la date de l’avis, le 2 décembre 2026", "le samedi 12 et le dimanche 13 décembre n’étant pas des jours ouvrables"}},
		{"a national holiday and the weekend after it move the end", "2026-12-15", "", Period{10, ""}, "75", "2026-12-28", "",
			[]string{"le vendredi 25 décembre étant Noël, jour férié", "au plus tard le lundi 28 décembre 2026"}},
		{"Ascension on a Thursday moves the end to Friday", "2027-04-26", "", Period{10, ""}, "", "2027-05-07", "",
			[]string{"l’Ascension, jour férié"}},
		{"Good Friday in Alsace-Moselle does not extend it", "2027-03-16", "", Period{10, ""}, "67", "2027-03-26", "Vendredi saint",
			[]string{"par prudence, le Vendredi saint, jour férié en Alsace-Moselle seulement, ne reporte pas ce délai", "au plus tard le vendredi 26 mars 2027"}},
		{"Good Friday elsewhere is an ordinary day", "2027-03-16", "", Period{10, ""}, "75", "2027-03-26", "", nil},
		{"the abolition day in Guadeloupe does not extend it", "2027-05-17", "", Period{10, ""}, "971", "2027-05-27", "abolition de l’esclavage",
			[]string{"jour férié en Guadeloupe seulement, ne reporte pas ce délai"}},
		{"working days count Monday to Saturday and skip Christmas", "2026-12-18", "", Period{10, UnitWorkingDays}, "75", "2026-12-31", "",
			[]string{"dix jours ouvrables après", "(du lundi au samedi, hors jours fériés)", "au plus tard le jeudi 31 décembre 2026"}},
		{"working days count Saint-Étienne in Alsace-Moselle as a working day", "2026-12-18", "", Period{10, UnitWorkingDays}, "67", "2026-12-31", "", nil},
		{"two months ending on a missing day end on the month's last day, moved past Sunday", "2026-12-31", "", Period{2, UnitMonths}, "75", "2027-03-01", "",
			[]string{"deux mois après", "ce jour n’existant pas en février, le délai prend fin le dernier jour du mois, le 28 février 2027", "reporté au lundi 1er mars 2027"}},
		{"two months ending on All Saints' Day, a Sunday", "2026-09-01", "", Period{2, UnitMonths}, "75", "2026-11-02", "",
			[]string{"le dimanche 1er novembre étant la Toussaint, jour férié"}},
		{"two months ending on Mayotte's abolition day are not extended", "2027-02-27", "", Period{2, UnitMonths}, "976", "2027-04-27", "abolition de l’esclavage",
			[]string{"jour férié à Mayotte seulement"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := Notice{Kind: KindPreSanction, Date: day(tt.date), Deadline: tt.period}
			if tt.seen != "" {
				n.SeenOn = day(tt.seen)
			}
			d, ok := ComputeDeadline(n, tt.departement)
			if !ok {
				t.Fatal("no deadline")
			}
			if !d.Due.Equal(day(tt.due)) {
				t.Errorf("due %s, want %s", d.Due.Format("2006-01-02 Monday"), tt.due)
			}
			if d.Ignored.Name != tt.ignored {
				t.Errorf("ignored %q, want %q", d.Ignored.Name, tt.ignored)
			}
			rule := d.RuleFR()
			for _, want := range tt.rule {
				if !strings.Contains(rule, strings.ReplaceAll(want, " ;", "\u00a0;")) {
					t.Errorf("rule %q lacks %q", rule, want)
				}
			}
			if !strings.Contains(rule, "\u00a0; n’attendez pas le dernier jour") || strings.Contains(rule, " ;") || strings.Contains(rule, " :") {
				t.Errorf("rule %q: no safe-side advice or a breaking space before ;", rule)
			}
			wantFromDate := d.Due
			if tt.name == "counts from the day seen and moves a Sunday end to Monday" {
				wantFromDate = day("2026-11-30") // 20 November + 10 days, a Monday
				if !strings.Contains(rule, "compté depuis la date de l’avis, le délai prendrait fin le lundi 30 novembre 2026\u00a0: par prudence, répondez avant cette date") {
					t.Errorf("rule %q does not advise the earlier date", rule)
				}
			}
			if !d.DueFromDate.Equal(wantFromDate) {
				t.Errorf("due from the notice's date %s, want %s", d.DueFromDate, wantFromDate)
			}
			if en := d.RuleEN(); !strings.Contains(en, "at the latest on "+d.Due.Weekday().String()) {
				t.Errorf("English rule %q", en)
			}
		})
	}
}

func TestComputeDeadlineWithoutPeriod(t *testing.T) {
	if _, ok := ComputeDeadline(Notice{Kind: KindWarning, Date: day("2026-11-20")}, "75"); ok {
		t.Error("a notice without a time limit has a deadline")
	}
}

func TestDeadlinePassed(t *testing.T) {
	d, _ := ComputeDeadline(Notice{Kind: KindPreSanction, Date: day("2026-11-26"), Deadline: Period{N: 10}}, "75")
	for _, tt := range []struct {
		today  string
		passed bool
		left   int
	}{{"2026-11-30", false, 7}, {"2026-12-07", false, 0}, {"2026-12-08", true, -1}} {
		if d.Passed(day(tt.today)) != tt.passed || d.DaysLeft(day(tt.today)) != tt.left {
			t.Errorf("on %s: passed %v, left %d; want %v, %d", tt.today, d.Passed(day(tt.today)), d.DaysLeft(day(tt.today)), tt.passed, tt.left)
		}
	}
}
