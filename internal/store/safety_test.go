package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/recorderr"
	"github.com/carnet-app/carnet/internal/rights"
)

// rawDB opens the record file without the store, for tests that damage it
// the way a disk or another program would.
func rawDB(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", fileURI(path, url.Values{}))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestOpenRefusesFilesThatAreNotCarnetRecordsAndLeavesThemAlone(t *testing.T) {
	foreign := func(t *testing.T, path string) {
		db := rawDB(t, path)
		if _, err := db.Exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine')"); err != nil {
			t.Fatal(err)
		}
		db.Close()
	}
	stampedOther := func(t *testing.T, path string) {
		foreign(t, path)
		db := rawDB(t, path)
		if _, err := db.Exec("PRAGMA application_id = 1234"); err != nil {
			t.Fatal(err)
		}
		db.Close()
	}
	for _, c := range []struct {
		name string
		make func(t *testing.T, path string)
	}{
		{"an empty file", func(t *testing.T, path string) { os.WriteFile(path, nil, 0o600) }},
		{"text", func(t *testing.T, path string) { os.WriteFile(path, []byte("just text, no database"), 0o600) }},
		{"another program's SQLite database", foreign},
		{"a database with another application_id", stampedOther},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, FileName)
			c.make(t, path)
			before := mustRead(t, path)
			for _, open := range []func(string) (*Store, error){Open, OpenReadOnly} {
				s, err := open(dir)
				if err == nil {
					s.Close()
					t.Fatal("opened it")
				}
				if !errors.Is(err, recorderr.ErrNotCarnet) {
					t.Errorf("error %v, want ErrNotCarnet", err)
				}
			}
			if !bytes.Equal(before, mustRead(t, path)) {
				t.Error("the file was changed")
			}
		})
	}
}

func TestOpenCreatesOnlyAMissingFileStampedAsCarnets(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if id, err := s.applicationID(context.Background()); err != nil || id != ApplicationID {
		t.Errorf("application_id %#x %v, want %#x", id, err, ApplicationID)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".carnet-") {
			t.Errorf("left %s behind", e.Name())
		}
	}
}

func TestOpenAcceptsAndStampsARecordOfAnEarlierVersion(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	db := rawDB(t, path)
	ms, _ := migrations()
	for _, m := range ms[:6] {
		if _, err := db.Exec(m.sql); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Exec("PRAGMA user_version = 6"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if id, _ := s.applicationID(context.Background()); id != ApplicationID {
		t.Errorf("application_id %#x, want %#x", id, ApplicationID)
	}
	if problems, err := s.Check(context.Background()); err != nil || len(problems) > 0 {
		t.Errorf("check after upgrade: %v %v", problems, err)
	}
}

func TestSealTriggersMatchCheck(t *testing.T) {
	s := openTemp(t)
	for _, tb := range sealedTables {
		var body string
		if err := s.db.QueryRow("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?", tb.name+"_seal_insert").Scan(&body); err != nil {
			t.Fatalf("%s: %v", tb.name, err)
		}
		if want := "carnet_seal(" + prefixed("new.", tb.columns) + ")"; !strings.Contains(body, want) {
			t.Errorf("trigger of %s seals other columns than Check: want %s in\n%s", tb.name, want, body)
		}
		cols, err := queryAll(context.Background(), s, scanString, "SELECT name FROM pragma_table_info(?) WHERE name NOT IN ('data', 'pdf', 'text')", tb.name)
		if err != nil {
			t.Fatal(err)
		}
		sort.Strings(cols)
		want := strings.Split(tb.columns, ", ")
		sort.Strings(want)
		if got := strings.Join(cols, ", "); got != strings.Join(want, ", ") {
			t.Errorf("%s has columns %s, seal covers %s: a migration added a column without sealing it", tb.name, got, tb.columns)
		}
	}
}

// sentRequest stores a request marked as sent with its letter.
func sentRequest(t *testing.T, s *Store) rights.Request {
	t.Helper()
	r := rights.Request{Kind: rights.KindAccess, Mode: rights.ModeRegistered, SentOn: day("2026-11-02")}
	r, err := s.SaveRequest(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	r, err = s.MarkSent(context.Background(), r, rights.Snapshot{PDF: []byte("%PDF-1.4 lettre envoyée"), Text: "Madame, Monsieur,"})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestCheckFindsChangedBytesTheFileStructureHides(t *testing.T) {
	for _, c := range []struct {
		name, sql, want string
	}{
		{"a letter as sent", "DROP TRIGGER letter_snapshots_immutable; UPDATE letter_snapshots SET pdf = CAST('%PDF-1.4 lettre modifiée' AS BLOB)", "letter as sent of request"},
		{"an act's notes", "DROP TRIGGER acts_seal_update; UPDATE acts SET notes = 'changé'", "acts id "},
		{"a proof's name", "DROP TRIGGER attachments_seal_update; UPDATE attachments SET name = 'autre.pdf'", "attachments id "},
		{"a deleted request", "DROP TRIGGER requests_seal_delete; DROP TRIGGER letter_snapshots_kept; DELETE FROM letter_snapshots; DELETE FROM requests", "sealed but missing"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := openTemp(t)
			ctx := context.Background()
			r := sentRequest(t, s)
			a := sampleAct("Boulangerie Martin")
			a.Notes = "original"
			if _, err := s.SaveAct(ctx, a, attachmentFixture(), nil); err != nil {
				t.Fatal(err)
			}
			if problems, err := s.Check(ctx); err != nil || len(problems) > 0 {
				t.Fatalf("check before: %v %v", problems, err)
			}
			if _, err := s.db.Exec(c.sql); err != nil {
				t.Fatal(err)
			}
			problems, err := s.Check(ctx)
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, p := range problems {
				found = found || strings.Contains(p, c.want)
			}
			if !found {
				t.Errorf("check after changing %s: %q, want a problem with %q (request %s)", c.name, problems, c.want, r.ID)
			}
		})
	}
}

func TestADamagedRecordIsReadOnlyAndNeverWritten(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for i := 0; i < 200; i++ {
		if _, err := s.SaveAct(ctx, sampleAct("Entreprise "+strings.Repeat("x", i%50)), nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	path := filepath.Join(dir, FileName)
	damageIndexPage(t, path, "acts_order")
	before := mustRead(t, path)

	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !s.Damaged() || !s.ReadOnly() || !strings.Contains(strings.Join(s.Notices(), " "), NoticeDamaged) {
		t.Errorf("damaged %v, read-only %v, notices %v", s.Damaged(), s.ReadOnly(), s.Notices())
	}
	if _, err := s.SaveAct(ctx, sampleAct("Nouvelle"), nil, nil); !errors.Is(err, recorderr.ErrDamaged) {
		t.Errorf("write on a damaged record: %v, want ErrDamaged", err)
	}
	if st, err := s.Import(ctx, nil, nil, nil, nil, nil); !errors.Is(err, recorderr.ErrDamaged) {
		t.Errorf("import on a damaged record: %+v %v, want ErrDamaged", st, err)
	}
	if acts, err := s.FullActs(ctx, time.Time{}, time.Time{}); err != nil || len(acts) != 200 {
		t.Errorf("reading a record damaged in an index: %d acts, %v", len(acts), err)
	}
	problems, err := s.Check(ctx)
	if err != nil || len(problems) == 0 || !strings.Contains(strings.Join(problems, "\n"), "table acts (index acts_order)") {
		t.Errorf("check: %q %v, want the damaged index named", problems, err)
	}
	s.Close()
	if !bytes.Equal(before, mustRead(t, path)) {
		t.Error("the damaged file was changed")
	}

	// Opened for the window, the check waits until needed: the first
	// write asks for it and is refused; reads went ahead before it.
	s, err = OpenHeld(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	select {
	case <-s.checked:
		t.Error("the held quick check ran before anything needed it")
	case <-time.After(100 * time.Millisecond):
	}
	if acts, err := s.FullActs(ctx, time.Time{}, time.Time{}); err != nil || len(acts) != 200 {
		t.Errorf("reading before the held check: %d acts, %v", len(acts), err)
	}
	if _, err := s.SaveAct(ctx, sampleAct("Nouvelle"), nil, nil); !errors.Is(err, recorderr.ErrDamaged) {
		t.Errorf("first write on a damaged record opened held: %v, want ErrDamaged", err)
	}
	if !strings.Contains(strings.Join(s.Notices(), " "), NoticeDamaged) {
		t.Errorf("notices after the held check: %v", s.Notices())
	}
	s.Close()
	if !bytes.Equal(before, mustRead(t, path)) {
		t.Error("the damaged file was changed")
	}
}

// The quick check of Open runs by itself; a held one that nothing asked
// for does not keep Close waiting.
func TestAHeldCheckDoesNotHoldClose(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	select {
	case <-s.checked:
	case <-time.After(10 * time.Second):
		t.Error("the quick check of Open did not run by itself")
	}
	s.Close()
	s, err = OpenHeld(dir)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- s.Close() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Close hung on a held quick check")
	}
}

// damageIndexPage checkpoints the file at path and overwrites the middle
// of the root page of index with garbage.
func damageIndexPage(t *testing.T, path, index string) {
	t.Helper()
	db := rawDB(t, path)
	var root, size int
	if err := db.QueryRow("SELECT rootpage FROM sqlite_schema WHERE name = ?", index).Scan(&root); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRow("PRAGMA page_size").Scan(&size); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(bytes.Repeat([]byte{0xA5}, 64), int64((root-1)*size)); err != nil {
		t.Fatal(err)
	}
}

func TestOpenReadOnlyReadsAndWritesNothing(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := s.SaveAct(ctx, sampleAct("Mairie"), nil, nil); err != nil {
		t.Fatal(err)
	}
	s.Close()
	path := filepath.Join(dir, FileName)
	before := mustRead(t, path)
	s, err = OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	if acts, err := s.FullActs(ctx, time.Time{}, time.Time{}); err != nil || len(acts) != 1 {
		t.Errorf("read %d acts, %v", len(acts), err)
	}
	if problems, err := s.Check(ctx); err != nil || len(problems) > 0 {
		t.Errorf("check: %v %v", problems, err)
	}
	if _, err := s.SaveAct(ctx, sampleAct("Autre"), nil, nil); !errors.Is(err, recorderr.ErrReadOnly) {
		t.Errorf("write: %v, want ErrReadOnly", err)
	}
	s.Close()
	if !bytes.Equal(before, mustRead(t, path)) {
		t.Error("the file was changed")
	}
	if _, err := OpenReadOnly(t.TempDir()); err == nil {
		t.Error("OpenReadOnly of an empty folder succeeded")
	}
}

func TestOpenMakesAnOpenDataFolderPrivateAndSaysSo(t *testing.T) {
	for _, mode := range []os.FileMode{0o755, 0o777, 0o700} {
		dir := filepath.Join(t.TempDir(), "carnet")
		if err := os.Mkdir(dir, mode); err != nil {
			t.Fatal(err)
		}
		os.Chmod(dir, mode)
		s, err := Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		told := strings.Contains(strings.Join(s.Notices(), " "), NoticeFolderTightened)
		s.Close()
		info, _ := os.Stat(dir)
		if info.Mode().Perm() != 0o700 || told != (mode != 0o700) {
			t.Errorf("folder %v: now %v, told %v", mode, info.Mode().Perm(), told)
		}
	}
}

func attachmentFixture() []journal.Attachment {
	att, err := journal.NewAttachment("preuve.pdf", "application/pdf", []byte("%PDF-1.4 preuve"), time.Date(2026, 11, 3, 10, 0, 0, 0, time.UTC))
	if err != nil {
		panic(err)
	}
	return []journal.Attachment{att}
}
