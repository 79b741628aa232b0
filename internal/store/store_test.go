package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func day(s string) time.Time {
	t, err := journal.ParseISODate(s)
	if err != nil {
		panic(err)
	}
	return t
}

func sampleAct(org string) journal.Act {
	return journal.Act{Date: day("2026-11-20"), Minutes: 90, Theme: "P03", Code: "Q14",
		Label: "Candidature comptable", Organisation: org, Channel: journal.ChannelEmail,
		Status: journal.StatusSent}
}

func TestOpenCreatesPrivateFolderAndFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for path, want := range map[string]os.FileMode{dir: 0o700, s.Path(): 0o600} {
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Mode().Perm(); got != want {
			t.Errorf("%s has mode %v, want %v", path, got, want)
		}
	}
	v, err := s.SchemaVersion(context.Background())
	if err != nil || v != LatestSchemaVersion() || v == 0 {
		t.Fatalf("schema version %d (%v), want %d", v, err, LatestSchemaVersion())
	}
	var mode string
	if err := s.db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode %q, want wal", mode)
	}
}

func TestOpenRefusesAFileThatIsNotADatabase(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, FileName), []byte("not a database at all, just text"), 0o600); err != nil {
		t.Fatal(err)
	}
	if s, err := Open(dir); err == nil {
		s.Close()
		t.Fatal("opened a text file as a database")
	}
}

func TestSaveActRecordsStatusHistory(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	s.SetClock(func() time.Time { return time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC) })
	a, err := s.SaveAct(ctx, sampleAct("Société Générale"), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.History) != 1 || a.History[0].Status != journal.StatusSent || !a.History[0].Date.Equal(day("2026-11-20")) {
		t.Fatalf("history after insert: %+v", a.History)
	}
	s.SetClock(func() time.Time { return time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC) })
	a.Status = journal.StatusInterview
	a, err = s.SaveAct(ctx, a, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.History) != 2 || a.History[1].Status != journal.StatusInterview || !a.History[1].Date.Equal(day("2026-11-25")) {
		t.Fatalf("history after change: %+v", a.History)
	}
	if !a.CreatedAt.Equal(time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC)) || !a.UpdatedAt.After(a.CreatedAt) {
		t.Errorf("created %v updated %v", a.CreatedAt, a.UpdatedAt)
	}
}

func TestSaveActRefusesInvalidActsAndWritesNothing(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(*journal.Act)
		field string
	}{
		{"refuses an act without date", func(a *journal.Act) { a.Date = time.Time{} }, "date"},
		{"refuses a negative duration", func(a *journal.Act) { a.Minutes = -5 }, "minutes"},
		{"refuses a duration over 24 hours", func(a *journal.Act) { a.Minutes = 24*60 + 1 }, "minutes"},
		{"refuses an act without type", func(a *journal.Act) { a.Theme, a.Code = "", "" }, "type"},
		{"refuses a type outside the catalogue", func(a *journal.Act) { a.Code = "Q999" }, "type"},
	}
	s := openTemp(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := sampleAct("X")
			tt.edit(&a)
			_, err := s.SaveAct(context.Background(), a, nil, nil)
			var v *journal.ValidationError
			if !errors.As(err, &v) || v.Fields[tt.field] == "" {
				t.Fatalf("error %v, want a problem on %s", err, tt.field)
			}
			acts, _ := s.ListActs(context.Background(), journal.ActFilter{})
			if len(acts) != 0 {
				t.Fatalf("%d acts written", len(acts))
			}
		})
	}
}

func TestSearchIgnoresAccentsAndCase(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	for _, org := range []string{"Société Générale", "Crédit Agricole", "Boulangerie Dupont"} {
		if _, err := s.SaveAct(ctx, sampleAct(org), nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		query string
		want  int
	}{
		{"societe generale", 1}, {"SOCIÉTÉ", 1}, {"credit", 1}, {"comptable", 3},
		{"gén", 1}, {"boulangerie \"", 1}, {"inexistant", 0}, {"", 3},
	}
	for _, tt := range tests {
		got, err := s.ListActs(ctx, journal.ActFilter{Query: tt.query})
		if err != nil {
			t.Fatalf("%q: %v", tt.query, err)
		}
		if len(got) != tt.want {
			t.Errorf("search %q found %d acts, want %d", tt.query, len(got), tt.want)
		}
	}
}

func TestTrashAndRestoreKeepAttachments(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	att, err := journal.NewAttachment("cv.pdf", "application/pdf", []byte("%PDF-1.4 cv"), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	a, err := s.SaveAct(ctx, sampleAct("Acme"), []journal.Attachment{att}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.TrashAct(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if list, _ := s.ListActs(ctx, journal.ActFilter{}); len(list) != 0 {
		t.Fatal("trashed act still listed")
	}
	if err := s.RestoreAct(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	list, _ := s.ListActs(ctx, journal.ActFilter{})
	if len(list) != 1 || len(list[0].AttachmentIDs) != 1 {
		t.Fatalf("after restore: %+v", list)
	}
	data, err := s.AttachmentData(ctx, list[0].AttachmentIDs[0])
	if err != nil || string(data) != "%PDF-1.4 cv" {
		t.Fatalf("attachment data %q, %v", data, err)
	}
	if problems, err := s.Check(ctx); err != nil || len(problems) != 0 {
		t.Fatalf("check: %v %v", problems, err)
	}
}

func TestPurgeTrashDeletesOnlyOldTrash(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	s.SetClock(func() time.Time { return time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC) })
	old, _ := s.SaveAct(ctx, sampleAct("Old"), nil, nil)
	_ = s.TrashAct(ctx, old.ID)
	s.SetClock(func() time.Time { return time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC) })
	recent, _ := s.SaveAct(ctx, sampleAct("Recent"), nil, nil)
	_ = s.TrashAct(ctx, recent.ID)
	n, err := s.PurgeTrash(ctx, time.Date(2026, 10, 27, 0, 0, 0, 0, time.UTC))
	if err != nil || n != 1 {
		t.Fatalf("purged %d (%v), want 1", n, err)
	}
	if err := s.RestoreAct(ctx, recent.ID); err != nil {
		t.Fatalf("recent trash lost: %v", err)
	}
}

func TestPreviousApplicationsMatchesOrganisationLoosely(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	first, _ := s.SaveAct(ctx, sampleAct("Société Générale"), nil, nil)
	got, err := s.PreviousApplications(ctx, "  societe  GENERALE ", "")
	if err != nil || len(got) != 1 || got[0].ID != first.ID {
		t.Fatalf("got %+v, %v", got, err)
	}
	if got, _ := s.PreviousApplications(ctx, "Société Générale", first.ID); len(got) != 0 {
		t.Fatal("the act itself counted as a previous application")
	}
}

func TestImportMergesWithoutDeleting(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	kept, _ := s.SaveAct(ctx, sampleAct("Kept"), nil, nil)
	incoming := sampleAct("Incoming")
	incoming.ID = "abc"
	incoming.CreatedAt = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	incoming.UpdatedAt = incoming.CreatedAt
	incoming.History = []journal.StatusChange{{ID: "h1", Status: journal.StatusSent, Date: incoming.Date, CreatedAt: incoming.CreatedAt}}
	st, err := s.Import(ctx, nil, []journal.Act{incoming}, nil, nil, nil)
	if err != nil || st.ActsAdded != 1 {
		t.Fatalf("import: %+v %v", st, err)
	}
	st, err = s.Import(ctx, nil, []journal.Act{incoming}, nil, nil, nil)
	if err != nil || st.ActsAdded != 0 || st.ActsUpdated != 0 {
		t.Fatalf("second import changed things: %+v %v", st, err)
	}
	list, _ := s.ListActs(ctx, journal.ActFilter{})
	if len(list) != 2 {
		t.Fatalf("%d acts after import, want 2", len(list))
	}
	if _, err := s.Act(ctx, kept.ID); err != nil {
		t.Fatal(err)
	}
}
