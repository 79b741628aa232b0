package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestRapportsCountsTheActsJustAdded: three acts added to an empty record
// show at once in Rapports' summary for the last three months.
func TestRapportsCountsTheActsJustAdded(t *testing.T) {
	u, _ := newTestUI(t)
	u.Show(ScreenReports)
	if s := u.reports.summary.Text; !strings.HasPrefix(s, "0 démarche,") {
		t.Fatalf("empty record: %q", s)
	}
	for _, org := range []string{"Boulangerie Dupont", "Keolis Lyon", "Crédit Mutuel"} {
		u.newAct()
		fillAct(u.journal.form, org)
		test.Tap(u.journal.form.save)
	}
	u.Show(ScreenReports)
	if s := u.reports.summary.Text; !strings.HasPrefix(s, "3 démarches, 4 h 30 d’activité") {
		t.Fatalf("Rapports after adding three acts: %q", s)
	}
}
