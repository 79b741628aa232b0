package journal

import (
	"errors"
	"testing"
	"time"
)

func d(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }

func TestParseFrenchDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"26/11/2026", d(2026, 11, 26), true},
		{"1/2/2024", d(2024, 2, 1), true},
		{"29/02/2024", d(2024, 2, 29), true},
		{"2026-11-26", d(2026, 11, 26), true},
		{"26.11.2026", d(2026, 11, 26), true},
		{"29/02/2026", time.Time{}, false},
		{"31/04/2026", time.Time{}, false},
		{"32/01/2026", time.Time{}, false},
		{"26/13/2026", time.Time{}, false},
		{"26/11/26", time.Time{}, false},
		{"demain", time.Time{}, false},
		{"", time.Time{}, false},
	}
	for _, tt := range tests {
		got, err := ParseFrenchDate(tt.in)
		if (err == nil) != tt.ok || (tt.ok && !got.Equal(tt.want)) {
			t.Errorf("ParseFrenchDate(%q) = %v, %v; want %v ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestFormatLongDateWritesFrenchDates(t *testing.T) {
	tests := map[time.Time]string{
		d(2026, 11, 26): "26 novembre 2026",
		d(2027, 1, 1):   "1er janvier 2027",
		d(2026, 8, 15):  "15 août 2026",
		d(2026, 2, 3):   "3 février 2026",
		{}:              "",
	}
	for in, want := range tests {
		if got := FormatLongDate(in); got != want {
			t.Errorf("FormatLongDate(%v) = %q, want %q", in, got, want)
		}
	}
}

func TestParseMinutes(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"90", 90, true}, {"1h30", 90, true}, {"1 h 30", 90, true}, {"1:05", 65, true},
		{"2h", 120, true}, {"45 min", 45, true}, {"-5", -5, true}, {"1h75", 0, false},
		{"", 0, false}, {"une heure", 0, false},
	}
	for _, tt := range tests {
		got, err := ParseMinutes(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseMinutes(%q) = %d, %v; want %d ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestActValidate(t *testing.T) {
	valid := Act{Date: d(2026, 11, 20), Minutes: 60, Theme: "P03", Code: "Q14"}
	tests := []struct {
		name  string
		edit  func(*Act)
		field string
	}{
		{"accepts a complete act", func(*Act) {}, ""},
		{"accepts the P06 act without code", func(a *Act) { a.Theme, a.Code = "P06", "-" }, ""},
		{"accepts exactly 24 hours", func(a *Act) { a.Minutes = 1440 }, ""},
		{"refuses an act without date", func(a *Act) { a.Date = time.Time{} }, "date"},
		{"refuses a negative duration", func(a *Act) { a.Minutes = -1 }, "minutes"},
		{"refuses more than 24 hours", func(a *Act) { a.Minutes = 1441 }, "minutes"},
		{"refuses a missing type", func(a *Act) { a.Code = "" }, "type"},
		{"refuses a code of another theme", func(a *Act) { a.Theme = "P01" }, "type"},
		{"refuses a bad start time", func(a *Act) { a.StartTime = "25:00" }, "start_time"},
		{"refuses an unknown status", func(a *Act) { a.Status = "lost" }, "status"},
		{"refuses a next action without date", func(a *Act) { a.NextAction = "Relancer" }, "next_action_on"},
		{"refuses a malformed e-mail", func(a *Act) { a.Contact.Email = "jean.exemple.fr" }, "contact_email"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := valid
			tt.edit(&a)
			err := a.Validate()
			var v *ValidationError
			if tt.field == "" {
				if err != nil {
					t.Fatalf("unexpected error %v", err)
				}
				return
			}
			if !errors.As(err, &v) || v.Fields[tt.field] == "" {
				t.Fatalf("error %v, want one on %s", err, tt.field)
			}
		})
	}
}

func TestWeeklyTotalsCountsMondayToSunday(t *testing.T) {
	today := d(2026, 11, 26) // a Thursday
	acts := []Act{
		{Date: d(2026, 11, 23), Minutes: 60},  // Monday this week
		{Date: d(2026, 11, 29), Minutes: 30},  // Sunday this week: planned, not done yet
		{Date: d(2026, 11, 22), Minutes: 45},  // Sunday last week
		{Date: d(2026, 9, 1), Minutes: 600},   // outside 8 weeks
		{Date: d(2026, 11, 30), Minutes: 120}, // next week
	}
	weeks := WeeklyTotals(acts, today, 8)
	if len(weeks) != 8 || !weeks[7].Monday.Equal(d(2026, 11, 23)) || !weeks[0].Monday.Equal(d(2026, 10, 5)) {
		t.Fatalf("weeks %+v", weeks)
	}
	if weeks[7].Minutes != 60 || weeks[7].Acts != 1 || weeks[6].Minutes != 45 {
		t.Fatalf("this week %+v, last week %+v", weeks[7], weeks[6])
	}
	total := 0
	for _, w := range weeks {
		total += w.Minutes
	}
	if total != 105 {
		t.Errorf("total %d, want 105", total)
	}
}

func TestFoldTextIgnoresAccentsCaseAndPunctuation(t *testing.T) {
	tests := map[string]string{
		"Société  Générale": "societe generale", "ÉLÉONORE-Ça": "eleonore ca",
		"  L’Oréal ": "l oreal", "Cœur": "cœur",
		"Léa\xf1Été": "lea ete", // a byte that is not UTF-8 separates words (found by FuzzFind)
	}
	for in, want := range tests {
		if got := FoldText(in); got != want {
			t.Errorf("FoldText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestProfileValidate(t *testing.T) {
	tests := []struct {
		edit  func(*Profile)
		field string
	}{
		{func(p *Profile) {}, ""},
		{func(p *Profile) { p.TargetMinutes = 0 }, ""},
		{func(p *Profile) { p.TargetMinutes = 35 * 60 }, ""},
		{func(p *Profile) { p.TargetMinutes = 35*60 + 1 }, "target"},
		{func(p *Profile) { p.TargetMinutes = -60 }, "target"},
		{func(p *Profile) { p.Departement = "2A" }, ""},
		{func(p *Profile) { p.Departement = "974" }, ""},
		{func(p *Profile) { p.Departement = "99" }, "departement"},
		{func(p *Profile) { p.Language = "de" }, "language"},
	}
	for i, tt := range tests {
		p := DefaultProfile()
		tt.edit(&p)
		err := p.Validate()
		var v *ValidationError
		if tt.field == "" && err != nil || tt.field != "" && (!errors.As(err, &v) || v.Fields[tt.field] == "") {
			t.Errorf("case %d: error %v, want problem on %q", i, err, tt.field)
		}
	}
}

func TestCatalogueHasEveryTheme(t *testing.T) {
	if got := len(Themes()); got != 7 {
		t.Fatalf("%d themes, want 7", got)
	}
	if _, ok := LookupActType("P06", "-"); !ok {
		t.Fatal("P06 meeting missing")
	}
	if got := len(Catalogue()); got < 50 {
		t.Fatalf("catalogue has %d acts", got)
	}
}
