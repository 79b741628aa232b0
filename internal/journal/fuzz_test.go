package journal

import (
	"strings"
	"testing"
	"time"
)

// FuzzParseFrenchDate: an accepted text is a real day at UTC midnight that
// prints back to a text parsed as the same day.
func FuzzParseFrenchDate(f *testing.F) {
	for _, s := range []string{"26/11/2026", "1/2/2026", "2026-11-26", "29.02.2024", "31/11/2026", " 05-06-2027 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseFrenchDate(s)
		if err != nil {
			return
		}
		if d.Location() != time.UTC || d != Day(d) {
			t.Fatalf("%q gave %v, not a UTC day", s, d)
		}
		back, err := ParseFrenchDate(FormatShortDate(d))
		if err != nil || !back.Equal(d) {
			t.Fatalf("%q → %v → %q → %v, %v", s, d, FormatShortDate(d), back, err)
		}
	})
}

// FuzzParseISODate: an accepted text is exactly the date's own layout.
func FuzzParseISODate(f *testing.F) {
	for _, s := range []string{"2026-11-26", "2024-02-29", "2026-02-29", "26/11/2026", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseISODate(s)
		if err != nil {
			return
		}
		if got := d.Format(DateLayout); got != strings.TrimSpace(s) {
			t.Fatalf("%q parsed as %s", s, got)
		}
	})
}

// FuzzParseMinutes: a negative duration is only read from a plain negative
// number (Act.Validate then refuses it); any other accepted duration is
// the same once written as « 2 h 05 » and read back.
func FuzzParseMinutes(f *testing.F) {
	for _, s := range []string{"90", "1h30", "1 h 30", "1:30", "2h", "45min", "-5", "0h60"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseMinutes(s)
		if err != nil {
			return
		}
		if n < 0 {
			if !strings.HasPrefix(strings.TrimSpace(s), "-") {
				t.Fatalf("%q gave %d minutes", s, n)
			}
			return
		}
		back, err := ParseMinutes(strings.TrimSpace(FormatMinutes(n)))
		if err != nil || back != n {
			t.Fatalf("%q → %d → %q → %d, %v", s, n, FormatMinutes(n), back, err)
		}
	})
}
