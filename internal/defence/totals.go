package defence

import (
	"time"

	"github.com/carnet-app/carnet/internal/report"
)

// Totals are the figures an observations letter gives for a period, taken
// from the proof dossier of exactly that period (report.BuildDossier), so
// the letter and the dossier it attaches say the same thing.
type Totals struct {
	From, To      time.Time
	Acts          int
	Minutes       int
	Days          int // days in the period, both ends included
	TargetMinutes int // the weekly target of the contrat d'engagement, 0 when none
	// Weeks are the weeks (Monday to Sunday) the period touches, the first
	// and last possibly in part; WeeksAtTarget those reaching the target.
	Weeks         int
	WeeksAtTarget int
	Applications  int // acts carrying an application status
	Interviews    int // job interviews and recruitment tests (P04, Q18 and Q19)
	Meetings      int // meetings with the adviser attended (P06)
	Proofs        int // proof files attached to the acts
	Excluded      int // personal acts left out of the dossier at the user's request
}

// TotalsOf returns the totals of a dossier.
func TotalsOf(d report.Dossier) Totals {
	t := Totals{From: d.From, To: d.To, Acts: len(d.Acts), Minutes: d.TotalMinutes, Proofs: d.Proofs,
		Excluded: d.Excluded, TargetMinutes: d.Profile.TargetMinutes, Weeks: len(d.Weeks)}
	if !d.From.IsZero() && !d.To.Before(d.From) {
		t.Days = int(d.To.Sub(d.From).Hours()/24) + 1
	}
	for _, w := range d.Weeks {
		if t.TargetMinutes > 0 && w.Minutes >= t.TargetMinutes {
			t.WeeksAtTarget++
		}
	}
	for _, a := range d.Acts {
		if a.IsApplication() {
			t.Applications++
		}
		if a.Theme == "P04" && (a.Code == "Q18" || a.Code == "Q19") {
			t.Interviews++
		}
		if a.Theme == "P06" {
			t.Meetings++
		}
	}
	return t
}

// WeeklyAverageMinutes returns the average activity per seven days of the
// period, rounded down to the minute; 0 for an empty period.
func (t Totals) WeeklyAverageMinutes() int {
	if t.Days <= 0 {
		return 0
	}
	return t.Minutes * 7 / t.Days
}
