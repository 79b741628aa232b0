package store

import (
	"strings"
	"testing"
)

// TestSealChecksFindEachSealByItsKey: checking the seals looks each row's
// seal up by table and key; by table alone, check took 100 s for 20,000
// acts (and so did verifying every backup).
func TestSealChecksFindEachSealByItsKey(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, tb := range sealedTables {
		rows, err := s.db.Query("EXPLAIN QUERY PLAN " + sealQuery(tb, "1"))
		if err != nil {
			t.Fatal(err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, detail)
		}
		rows.Close()
		if text := strings.Join(plan, "; "); !strings.Contains(text, "key=?") {
			t.Errorf("%s: the seal is not looked up by its key: %s", tb.name, text)
		}
	}
}
