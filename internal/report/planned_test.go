package report

import (
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

func TestPlannedActsAreNeverInTheDossier(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 11, d, 0, 0, 0, 0, time.UTC) }
	acts := []journal.Act{
		{ID: "done", Date: day(20), Minutes: 60, Theme: "P03", Code: "Q14"},
		{ID: "today", Date: day(26), Minutes: 30, Theme: "P03", Code: "Q14"},
		{ID: "planned", Date: day(28), Minutes: 90, Theme: "P06", Code: "-"},
	}
	d := BuildDossier(DossierInput{Acts: acts, From: day(1), To: day(30), Generated: day(26).Add(15 * time.Hour)})
	if len(d.Acts) != 2 || d.TotalMinutes != 90 || d.Planned != 1 {
		t.Fatalf("%d acts, %d min, %d planned; want 2, 90, 1", len(d.Acts), d.TotalMinutes, d.Planned)
	}
	for _, a := range d.Acts {
		if a.ID == "planned" {
			t.Fatal("an act planned after the day the dossier is made is in it")
		}
	}
}
