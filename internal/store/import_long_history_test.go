package store

import (
	"context"
	"fmt"
	"testing"

	"github.com/carnet-app/carnet/internal/journal"
)

// TestImportActsWithLongHistories: a batch of acts whose histories hold
// more entries than SQLite takes variables in one statement is imported
// whole, every entry kept.
func TestImportActsWithLongHistories(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const acts, entries = 600, 30 // 18,000 entries, 6 columns each
	list := make([]journal.Act, acts)
	for i := range list {
		a := sentAct(fmt.Sprintf("a%04d", i), "")
		a.History = nil
		for j := 0; j < entries; j++ {
			a.History = append(a.History, journal.StatusChange{ID: fmt.Sprintf("h%04d-%02d", i, j),
				Status: journal.StatusSent, Date: a.Date, CreatedAt: importNow.Add(-1)})
		}
		list[i] = a
	}
	st, err := s.Import(context.Background(), nil, list, nil, nil, nil)
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	if st.ActsAdded != acts {
		t.Fatalf("%d acts added, want %d", st.ActsAdded, acts)
	}
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM act_status_history").Scan(&n); err != nil || n != acts*entries {
		t.Fatalf("%d history entries stored (%v), want %d", n, err, acts*entries)
	}
	checkOK(t, s)
}
