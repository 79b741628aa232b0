package defence

import "testing"

func TestTotalsEqualTheFixture(t *testing.T) {
	for _, p := range [][2]string{{"2026-09-01", "2026-10-31"}, {"2026-09-10", "2026-09-10"}, {"2026-11-01", "2026-11-30"}, {"2026-10-07", "2026-10-29"}} {
		got := TotalsOf(*dossier(p[0], p[1]))
		want := expectedTotals(day(p[0]), day(p[1]), testProfile().TargetMinutes)
		if got != want {
			t.Errorf("%s – %s: totals\n%+v, want\n%+v", p[0], p[1], got, want)
		}
	}
	// The September–October figures, by hand: 7 acts, 735 minutes, 3
	// applications, 1 interview, 2 adviser meetings, 4 proofs, 1 personal
	// act left out, 9 weeks of which one (5 October, 7 h 30) reaches 7 h.
	got := TotalsOf(*dossier("2026-09-01", "2026-10-31"))
	if got.Acts != 7 || got.Minutes != 735 || got.Applications != 3 || got.Interviews != 1 || got.Meetings != 2 ||
		got.Proofs != 4 || got.Excluded != 1 || got.Weeks != 9 || got.WeeksAtTarget != 1 || got.Days != 61 || got.WeeklyAverageMinutes() != 735*7/61 {
		t.Errorf("September–October totals %+v", got)
	}
}
