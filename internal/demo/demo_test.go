package demo

import (
	"github.com/carnet-app/carnet/internal/defence"
	"reflect"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

func TestGenerateIsDeterministicAndValid(t *testing.T) {
	today := time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)
	a, b := Generate(400, 7, today), Generate(400, 7, today)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed gave different records")
	}
	if reflect.DeepEqual(a.Acts, Generate(400, 8, today).Acts) {
		t.Fatal("different seeds gave the same acts")
	}
	if len(a.Acts) != 400 {
		t.Fatalf("%d acts, want 400", len(a.Acts))
	}
	themes, statuses, channels := map[string]bool{}, map[journal.Status]bool{}, map[journal.Channel]bool{}
	oldest := today
	for _, act := range a.Acts {
		if err := act.Validate(); err != nil {
			t.Fatalf("invalid act %+v: %v", act, err)
		}
		if act.Date.After(today) || act.Date.Before(today.AddDate(0, -18, -3)) {
			t.Fatalf("act dated %v outside the 18 months", act.Date)
		}
		if act.Date.Before(oldest) {
			oldest = act.Date
		}
		if n := len(act.History); n > 0 && act.History[n-1].Status != act.Status {
			t.Fatalf("status %s but history ends with %s", act.Status, act.History[n-1].Status)
		}
		themes[act.Theme], statuses[act.Status], channels[act.Channel] = true, true, true
	}
	if len(themes) != 7 || len(statuses) < 8 || len(channels) < 8 {
		t.Errorf("coverage: %d themes, %d statuses, %d channels", len(themes), len(statuses), len(channels))
	}
	if oldest.After(today.AddDate(0, -17, 0)) {
		t.Errorf("oldest act %v: history does not span 18 months", oldest)
	}
	received := 0
	for _, m := range a.Mails {
		if err := m.Validate(); err != nil {
			t.Fatalf("invalid mail %+v: %v", m, err)
		}
		if m.Direction == journal.DirectionReceived {
			received++
		}
	}
	if received != 50+len(defence.Kinds()) {
		t.Errorf("%d received mails, want one per 8 acts (50) and one per notice", received)
	}
}

// TestDemoHistoriesAreEnteredInTheOrderTheyHappened: the last entry of each
// history (by date, then by entry time) is the act's status, as the import
// and check require.
func TestDemoHistoriesAreEnteredInTheOrderTheyHappened(t *testing.T) {
	rec := Generate(20000, 7, time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC))
	for _, a := range rec.Acts {
		for i := 1; i < len(a.History); i++ {
			prev, cur := a.History[i-1], a.History[i]
			if cur.Date.Before(prev.Date) || !cur.CreatedAt.After(prev.CreatedAt) {
				t.Fatalf("act %s: history entry %d (%s, entered %s) comes before entry %d (%s, entered %s)",
					a.ID, i, cur.Date.Format("2006-01-02"), cur.CreatedAt, i-1, prev.Date.Format("2006-01-02"), prev.CreatedAt)
			}
		}
	}
}
