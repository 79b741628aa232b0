package app

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestTheCalendarHoldsTheNoticesTimeLimits: the ICS export of the demo
// record has an event for the warning's time limit (issue 13, acceptance
// 3), on the day its rule gives.
func TestTheCalendarHoldsTheNoticesTimeLimits(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "d")
	mustRun(t, "--data", dir, "demo", "--acts", "60")
	out := filepath.Join(t.TempDir(), "c.ics")
	mustRun(t, "--data", dir, "export", "--format", "ics", "--out", out)
	ics := strings.ReplaceAll(string(read(t, out)), "\r\n ", "") // unfold the lines
	i := strings.Index(ics, "Avertissement")
	if i < 0 {
		t.Fatalf("no event for the demo warning:\n%s", ics)
	}
	event := ics[strings.LastIndex(ics[:i], "BEGIN:VEVENT"):]
	event = event[:strings.Index(event, "END:VEVENT")]
	if !strings.Contains(event, "répondre au courrier") && !strings.Contains(event, "Répondre au courrier") {
		t.Errorf("the warning's event does not say what to do:\n%s", event)
	}
	if !strings.Contains(event, "DTSTART") {
		t.Errorf("the warning's event has no date:\n%s", event)
	}
}
