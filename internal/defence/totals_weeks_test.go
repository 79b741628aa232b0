package defence

import (
	"strings"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/doc"
)

// TestTheWeeksAtTargetAreToldWhenTheyHelp: the observations tell how many
// weeks reached the target when at least half did, and otherwise give the
// target alone (the dossier joined shows every week).
func TestTheWeeksAtTargetAreToldWhenTheyHelp(t *testing.T) {
	base := Totals{From: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2026, 10, 31, 0, 0, 0, 0, time.UTC),
		Acts: 30, Minutes: 6000, Days: 61, TargetMinutes: 900, Weeks: 9}
	tests := []struct {
		atTarget int
		want     string
	}{
		{5, "il est atteint 5 semaines sur 9"},
		{4, "contrat d’engagement est de 15 h."},
		{0, "contrat d’engagement est de 15 h."},
	}
	for _, tt := range tests {
		tot := base
		tot.WeeksAtTarget = tt.atTarget
		var text strings.Builder
		for _, b := range totalsBlocks(tot) {
			text.WriteString(doc.Text(doc.Letter{Body: []doc.Block{b}}))
		}
		got := strings.ReplaceAll(text.String(), "\u00a0", " ")
		if !strings.Contains(got, tt.want) {
			t.Errorf("%d weeks at target: %q lacks %q", tt.atTarget, got, tt.want)
		}
		if tt.atTarget*2 < base.Weeks && strings.Contains(got, "atteint") {
			t.Errorf("%d weeks at target out of 9 are told: %q", tt.atTarget, got)
		}
	}
}
