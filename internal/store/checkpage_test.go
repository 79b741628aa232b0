package store

import (
	"context"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheckNamesTheRowsADamagedPageHolds(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for i := 0; i < 300; i++ {
		a := sampleAct("Entreprise")
		a.Notes = strings.Repeat("n", 200)
		if _, err := s.SaveAct(ctx, a, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	var page, size int
	if err := s.db.QueryRow("SELECT pageno FROM dbstat WHERE name = 'acts' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 3").Scan(&page); err != nil {
		t.Fatal(err)
	}
	s.db.QueryRow("PRAGMA page_size").Scan(&size)
	rows := s.pageRows(ctx, page)
	if len(rows) < 2 {
		t.Fatalf("page %d holds rows %v", page, rows)
	}
	if _, err := s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	// Break the last cell's payload length: the page's other cells still
	// name their rows.
	f, err := os.OpenFile(filepath.Join(dir, FileName), os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	head := make([]byte, 12)
	f.ReadAt(head, int64((page-1)*size))
	n := int(binary.BigEndian.Uint16(head[3:]))
	ptr := make([]byte, 2)
	f.ReadAt(ptr, int64((page-1)*size+8+2*(n-1)))
	f.WriteAt([]byte{0xFF, 0xFF, 0xFF, 0xFF}, int64((page-1)*size+int(binary.BigEndian.Uint16(ptr))))
	f.Close()

	s, err = OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	problems, err := s.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	all := strings.Join(problems, "\n")
	if !strings.Contains(all, "table acts, page ") || !strings.Contains(all, "the page holds rows") {
		t.Errorf("check does not name the rows of the damaged page %d (rows %v):\n%s", page, rows, all)
	}
}
