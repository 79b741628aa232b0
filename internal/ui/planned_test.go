package ui

import (
	"context"
	"strings"
	"testing"

	"github.com/carnet-app/carnet/internal/journal"
)

// TestThisWeekEndsToday: an act planned later this week shows in the whole
// Journal but not in « Cette semaine », and not in Accueil's hours.
func TestThisWeekEndsToday(t *testing.T) {
	u, st := newTestUI(t)
	ctx := context.Background()
	today := journal.Day(testToday) // Thursday 26 November 2026
	for _, a := range []journal.Act{
		{Date: today, Minutes: 60, Theme: "P03", Code: "Q14", Organisation: "Fait aujourd’hui"},
		{Date: today.AddDate(0, 0, 2), Minutes: 120, Theme: "P06", Code: "-", Label: "Atelier prévu samedi"},
	} {
		if _, err := st.SaveAct(ctx, a, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	u.changed(changedActs)
	if got := u.home.week.Text; !strings.HasPrefix(got, "1 h d’activité") {
		t.Errorf("Accueil counts the planned act: %q", got)
	}
	u.Show(ScreenJournal)
	if n := len(u.journal.rows); n != 2 {
		t.Fatalf("the whole journal shows %d acts", n)
	}
	u.journal.period.SetSelectedIndex(1) // Cette semaine
	rows := visibleRows(u.journal)
	if len(rows) != 1 || !strings.Contains(rows[0], "Fait aujourd’hui") {
		t.Fatalf("« Cette semaine » shows %q", rows)
	}
}
