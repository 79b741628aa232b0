package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/carnet-app/carnet/internal/journal"
)

// schemaOf lists every index and trigger with its CREATE statement.
func schemaOf(t *testing.T, s *Store) string {
	t.Helper()
	rows, err := s.db.Query("SELECT name, coalesce(sql, '') FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var name, q string
		if err := rows.Scan(&name, &q); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s: %s\n", name, q)
	}
	return b.String()
}

// TestImportIntoAnEmptyRecordRebuildsItsIndexes: the indexes and triggers
// an import into an empty record drops for speed are all back, the same,
// after it; the full-text index and the key table hold every act; and a
// refused import leaves the schema as it was.
func TestImportIntoAnEmptyRecordRebuildsItsIndexes(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	before := schemaOf(t, s)

	bad := []journal.Act{sentAct("a1", "h1"), sentAct("a2", "h1")} // h1 twice: refused
	var ie *ImportError
	if _, err := s.Import(ctx, nil, bad, nil, nil, nil); !errors.As(err, &ie) {
		t.Fatalf("a history ID used twice was not refused: %v", err)
	}
	if after := schemaOf(t, s); after != before {
		t.Fatalf("a refused import changed the schema:\n%s\nwant\n%s", after, before)
	}

	var acts []journal.Act
	for i := 0; i < 1200; i++ {
		a := sentAct(fmt.Sprintf("a%04d", i), fmt.Sprintf("h%04d", i))
		a.Organisation = fmt.Sprintf("Entreprise%04d", i)
		acts = append(acts, a)
	}
	if _, err := s.Import(ctx, nil, acts, nil, nil, nil); err != nil {
		t.Fatal(err)
	}
	if after := schemaOf(t, s); after != before {
		t.Fatalf("the import left another schema:\n%s\nwant\n%s", after, before)
	}
	for q, want := range map[string]int{
		"SELECT count(*) FROM acts_fts WHERE acts_fts MATCH 'Entreprise0777'": 1,
		"SELECT count(*) FROM acts_fts":                                       1200,
		"SELECT count(*) FROM act_keys":                                       1200,
	} {
		var n int
		if err := s.db.QueryRow(q).Scan(&n); err != nil || n != want {
			t.Errorf("%s: %d (%v), want %d", q, n, err, want)
		}
	}
	checkOK(t, s)
	// A later act is indexed by the triggers that came back.
	if _, err := s.Import(ctx, nil, []journal.Act{sentAct("b1", "hb1")}, nil, nil, nil); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM act_keys").Scan(&n); err != nil || n != 1201 {
		t.Errorf("act_keys after a second import: %d (%v)", n, err)
	}
	checkOK(t, s)
}

// TestTheImportsOwnReadsKeepTheirIndexes: with the deferred indexes
// dropped, the reads the import makes for each act merged one by one
// still find their rows by index, not by scanning the history.
func TestTheImportsOwnReadsKeepTheirIndexes(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	d, err := deferIndexes(ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	// importHistory brings the index back before its first read.
	if err := d.restore("act_status_history_act"); err != nil {
		t.Fatal(err)
	}
	rows, err := tx.Query("EXPLAIN QUERY PLAN "+lastStatusQuery, "a1")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if text := strings.Join(plan, "; "); strings.Contains(text, "SCAN h") {
		t.Errorf("the last status of an act scans the whole history during an import: %s", text)
	}
}
