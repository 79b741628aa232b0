package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/answerfind"
	"github.com/carnet-app/carnet/internal/journal"
)

func answerFile(t *testing.T, name, content string) journal.Attachment {
	t.Helper()
	a, err := journal.NewAttachment(name, "application/pdf", []byte(content), time.Date(2026, 4, 2, 9, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestAnswerFilesAreKeptLikeProofsAndCheckedByCheck(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	r := sentRequest(t, s)
	got, err := s.AttachAnswerFiles(ctx, r.ID, []journal.Attachment{answerFile(t, "reponse.pdf", "%PDF réponse"), answerFile(t, "scan.png", "png")})
	if err != nil || len(got) != 2 {
		t.Fatalf("attach: %+v %v", got, err)
	}
	again, err := s.AttachAnswerFiles(ctx, r.ID, []journal.Attachment{answerFile(t, "copie.pdf", "%PDF réponse")})
	if err != nil || len(again) != 1 || again[0].ID != got[0].ID {
		t.Fatalf("the same bytes attached again must give the stored file: %+v %v", again, err)
	}
	list, err := s.AnswerFiles(ctx, r.ID, true)
	if err != nil || len(list) != 2 || string(list[0].Data) != "%PDF réponse" || !list[0].Verify() {
		t.Fatalf("answer files: %+v %v", list, err)
	}
	if problems, err := s.Check(ctx); err != nil || len(problems) != 0 {
		t.Fatalf("check: %v %v", problems, err)
	}
	if _, err := s.db.Exec("UPDATE answer_files SET name = 'autre.pdf'"); err == nil {
		t.Error("an answer file as received was changed")
	}
	// A byte changed behind Carnet's back (triggers off) is found.
	if _, err := s.db.Exec("DROP TRIGGER answer_files_immutable"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec("UPDATE answer_files SET data = X'00' WHERE id = ?", got[1].ID); err != nil {
		t.Fatal(err)
	}
	problems, err := s.Check(ctx)
	if err != nil || !strings.Contains(strings.Join(problems, "\n"), "answer file "+got[1].ID+" (scan.png): size or SHA-256 does not match") {
		t.Errorf("check after a changed byte: %v %v", problems, err)
	}
}

func TestAttachAnswerFilesRefusesAndWritesNothing(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	r := sentRequest(t, s)
	big := answerFile(t, "gros.pdf", "x")
	big.Data = make([]byte, journal.MaxAttachmentSize+1)
	big.Size = int64(len(big.Data))
	cases := []struct {
		name, request string
		files         []journal.Attachment
		want          error
	}{
		{"unknown request", "nope", []journal.Attachment{answerFile(t, "a.pdf", "a")}, ErrNotFound},
		{"a file over 25 MiB after a good one", r.ID, []journal.Attachment{answerFile(t, "a.pdf", "a"), big}, journal.ErrAttachmentTooLarge},
	}
	for _, c := range cases {
		if _, err := s.AttachAnswerFiles(ctx, c.request, c.files); !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, err, c.want)
		}
	}
	if list, _ := s.AnswerFiles(ctx, r.ID, false); len(list) != 0 {
		t.Errorf("a refused attach stored %d files", len(list))
	}
}

func TestConfirmedFactsKeepTheirHistory(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	r := sentRequest(t, s)
	first, err := s.ConfirmFact(ctx, answerfind.ConfirmedFact{RequestID: r.ID, Fact: answerfind.Fact{Name: "Modalité d’accompagnement",
		Value: "Guidé", ValidOn: day("2026-03-12"), File: "reponse.pdf", Page: 2}})
	if err != nil || first.ID == "" || first.ConfirmedAt.IsZero() {
		t.Fatalf("confirm: %+v %v", first, err)
	}
	if _, err := s.ConfirmFact(ctx, answerfind.ConfirmedFact{RequestID: r.ID, Fact: answerfind.Fact{Name: "Modalité d’accompagnement",
		Value: "Renforcé", ValidOn: day("2026-10-01")}, ConfirmedAt: time.Date(2026, 10, 20, 8, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	facts, err := s.ConfirmedFacts(ctx)
	if err != nil || len(facts) != 2 {
		t.Fatalf("facts: %+v %v", facts, err)
	}
	if facts[1] != first {
		t.Errorf("stored %+v, read %+v (facts come in the order confirmed)", first, facts[1])
	}
	h := answerfind.Histories(facts)
	if ch := h[0].Changes(); len(ch) != 1 || ch[0].Before.Value != "Guidé" || ch[0].After.Value != "Renforcé" {
		t.Errorf("changes %+v", ch)
	}
	if _, err := s.ConfirmFact(ctx, answerfind.ConfirmedFact{RequestID: "nope", Fact: answerfind.Fact{Name: "Score", Value: "1"}}); !errors.Is(err, ErrNotFound) {
		t.Errorf("a fact of an unknown request: %v", err)
	}
	var v *journal.ValidationError
	if _, err := s.ConfirmFact(ctx, answerfind.ConfirmedFact{RequestID: r.ID, Fact: answerfind.Fact{Name: "Score"}}); !errors.As(err, &v) {
		t.Errorf("a fact without value: %v", err)
	}
	if _, err := s.db.Exec("UPDATE facts SET value = 'Autonome'"); err == nil {
		t.Error("a confirmed fact was changed")
	}
	if problems, err := s.Check(ctx); err != nil || len(problems) != 0 {
		t.Fatalf("check: %v %v", problems, err)
	}
}

// TestMigratesFromVersion9WithARequest opens a version 9 record holding a
// sent request and attaches an answer and confirms a fact on it.
func TestMigratesFromVersion9WithARequest(t *testing.T) {
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	db, err := sql.Open("sqlite", fileURI(filepath.Join(dir, FileName), url.Values{"_pragma": {"foreign_keys(1)"}}))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if m.version > 9 {
			break
		}
		if _, err := db.Exec(m.sql + fmt.Sprintf(";PRAGMA user_version = %d", m.version)); err != nil {
			t.Fatalf("%s: %v", m.name, err)
		}
	}
	if _, err := db.Exec(`INSERT INTO requests (id, kind, mode, sent_on, created_at, updated_at)
		VALUES ('q1', 'access', 'registered', '2026-03-03', '2026-03-03T09:00:00Z', '2026-03-03T09:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if v, _ := s.SchemaVersion(ctx); v < 10 {
		t.Fatalf("schema %d after migration", v)
	}
	if _, err := s.AttachAnswerFiles(ctx, "q1", []journal.Attachment{answerFile(t, "reponse.pdf", "%PDF")}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ConfirmFact(ctx, answerfind.ConfirmedFact{RequestID: "q1", Fact: answerfind.Fact{Name: "Score", Value: "0,42"}}); err != nil {
		t.Fatal(err)
	}
	if r, err := s.Request(ctx, "q1"); err != nil || r.Kind != "access" {
		t.Fatalf("request after migration: %+v %v", r, err)
	}
	if problems, err := s.Check(ctx); err != nil || len(problems) != 0 {
		t.Fatalf("check: %v %v", problems, err)
	}
}
