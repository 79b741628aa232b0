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

	"github.com/carnet-app/carnet/internal/defence"
	"github.com/carnet-app/carnet/internal/journal"
)

func warningNotice(mailID string) defence.Notice {
	return defence.Notice{MailID: mailID, Kind: defence.KindWarning, Date: day("2026-10-05"), SeenOn: day("2026-10-07"),
		Reference: "AV-2026-118", Failure: defence.Failure{Kind: defence.FailureSearch, Text: "recherche d’emploi insuffisante"},
		PeriodFrom: day("2026-09-01"), PeriodTo: day("2026-09-30"), Deadline: defence.Period{N: 10, Unit: defence.UnitCalendarDays},
		Addressee: []string{"France Travail Lyon Part-Dieu", "10 rue Garibaldi", "69003 Lyon"}}
}

func TestNoticesAreKeptWithTheirWordsAndLettersAsSent(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	m, err := s.SaveMail(ctx, journal.Mail{Direction: journal.DirectionReceived, Date: day("2026-10-05"), Channel: journal.MailPersonalSpace,
		Kind: journal.KindWarning, Subject: "Avertissement"}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	w := defence.Words{Answers: []defence.Answer{{Point: "recherche", Response: "J’ai postulé à douze offres."}},
		Reasons: []defence.Reason{{Kind: defence.ReasonHealth, Text: "arrêt maladie du 8 au 15 septembre"}}, AskHearing: true}
	r, err := s.SaveNotice(ctx, warningNotice(m.ID), w)
	if err != nil {
		t.Fatal(err)
	}
	if r.Notice.ID == "" || r.Notice.Reference != "AV-2026-118" || len(r.Notice.Addressee) != 3 || !r.Notice.SeenOn.Equal(day("2026-10-07")) ||
		len(r.Words.Answers) != 1 || r.Words.Reasons[0].Kind != defence.ReasonHealth || !r.Words.AskHearing {
		t.Fatalf("stored notice: %+v", r)
	}
	sent, err := s.AddNoticeLetter(ctx, defence.SentLetter{NoticeID: r.Notice.ID, Letter: defence.LetterObservations,
		SentOn: day("2026-10-09"), PDF: []byte("%PDF observations"), Text: "Madame, Monsieur,"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddNoticeLetter(ctx, defence.SentLetter{NoticeID: r.Notice.ID, Letter: defence.LetterObservations,
		SentOn: day("2026-10-10"), PDF: []byte("%PDF"), Text: "x"}); !errors.Is(err, ErrAlreadySent) {
		t.Errorf("the same letter sent twice: %v", err)
	}
	if err := s.SetNoticeLetterReceived(ctx, sent.ID, day("2026-10-11")); err != nil {
		t.Fatal(err)
	}
	if err := s.SetNoticeLetterReceived(ctx, sent.ID, day("2026-10-12")); err == nil {
		t.Error("a receipt day was changed")
	}
	if err := s.TrashNotice(ctx, r.Notice.ID); !errors.Is(err, ErrAlreadySent) {
		t.Errorf("a notice answered by a letter was trashed: %v", err)
	}
	got, err := s.Notice(ctx, r.Notice.ID)
	if err != nil || len(got.Sent) != 1 || string(got.Sent[0].PDF) != "%PDF observations" || !got.Sent[0].ReceivedOn.Equal(day("2026-10-11")) {
		t.Fatalf("notice with its letter: %+v %v", got, err)
	}
	if problems, err := s.Check(ctx); err != nil || len(problems) != 0 {
		t.Fatalf("check: %v %v", problems, err)
	}
	if _, err := s.db.Exec("UPDATE notice_letters SET text = 'autre'"); err == nil {
		t.Error("a letter as sent was changed")
	}
	if _, err := s.db.Exec("DELETE FROM notice_letters"); err == nil {
		t.Error("a letter as sent was deleted")
	}
	if _, err := s.db.Exec("DROP TRIGGER notice_letters_immutable"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec("UPDATE notice_letters SET pdf = X'00'"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec("UPDATE notices SET failure_text = 'autre' WHERE id = ?", r.Notice.ID); err != nil {
		t.Fatal(err)
	}
	problems, err := s.Check(ctx)
	all := strings.Join(problems, "\n")
	if err != nil || !strings.Contains(all, "letter as sent "+sent.ID+" (notice): SHA-256 does not match") {
		t.Errorf("check after a changed byte: %v %v", problems, err)
	}
}

func TestSaveNoticeRefusesAndWritesNothing(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	for name, c := range map[string]struct {
		n    defence.Notice
		want func(error) bool
	}{
		"a notice without date": {defence.Notice{Kind: defence.KindWarning}, func(err error) bool {
			var v *journal.ValidationError
			return errors.As(err, &v)
		}},
		"a notice of an unknown mail": {warningNotice("nope"), func(err error) bool { return errors.Is(err, ErrNotFound) }},
	} {
		if _, err := s.SaveNotice(ctx, c.n, defence.Words{}); !c.want(err) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if list, err := s.ListNotices(ctx); err != nil || len(list) != 0 {
		t.Errorf("notices after refusals: %+v %v", list, err)
	}
	if _, err := s.AddNoticeLetter(ctx, defence.SentLetter{NoticeID: "nope", Letter: defence.LetterAppeal, SentOn: day("2026-10-01")}); !errors.Is(err, ErrNotFound) {
		t.Errorf("a letter for an unknown notice: %v", err)
	}
}

// TestMigratesFromVersion10WithAMail opens a version 10 record holding a
// warning mail, marks it as a notice and sends a letter for it.
func TestMigratesFromVersion10WithAMail(t *testing.T) {
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
		if m.version > 10 {
			break
		}
		if _, err := db.Exec(m.sql + fmt.Sprintf(";PRAGMA user_version = %d", m.version)); err != nil {
			t.Fatalf("%s: %v", m.name, err)
		}
	}
	if _, err := db.Exec(`INSERT INTO mails (id, direction, date, channel, kind, subject, created_at, updated_at)
		VALUES ('m1', 'received', '2026-10-05', 'personal_space', 'warning', 'Avertissement', '2026-10-05T09:00:00Z', '2026-10-05T09:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if v, _ := s.SchemaVersion(ctx); v < 11 {
		t.Fatalf("schema %d after migration", v)
	}
	r, err := s.SaveNotice(ctx, warningNotice("m1"), defence.Words{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddNoticeLetter(ctx, defence.SentLetter{NoticeID: r.Notice.ID, Letter: defence.LetterObservations,
		SentOn: time.Date(2026, 10, 9, 0, 0, 0, 0, time.UTC), PDF: []byte("%PDF"), Text: "t"}); err != nil {
		t.Fatal(err)
	}
	if m, err := s.Mail(ctx, "m1"); err != nil || m.Subject != "Avertissement" {
		t.Fatalf("mail after migration: %+v %v", m, err)
	}
	if problems, err := s.Check(ctx); err != nil || len(problems) != 0 {
		t.Fatalf("check: %v %v", problems, err)
	}
}

func TestImportKeepsNoticesAndRefusesOneWhoseMailIsMissing(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	m := journal.Mail{ID: "mail1", Direction: journal.DirectionReceived, Date: day("2026-10-05"), Channel: journal.MailPersonalSpace,
		Kind: journal.KindWarning, Subject: "Avertissement", CreatedAt: day("2026-10-05"), UpdatedAt: day("2026-10-05")}
	n := warningNotice("mail1")
	n.ID = "n1"
	r := defence.Record{Notice: n, CreatedAt: day("2026-10-06"), UpdatedAt: day("2026-10-06"),
		Sent: []defence.SentLetter{{ID: "l1", Letter: defence.LetterObservations, SentOn: day("2026-10-09"), PDF: []byte("%PDF"), Text: "t", CreatedAt: day("2026-10-09")}}}
	put := func(items ...ImportItem) error {
		_, err := s.ImportEach(ctx, func(p func(ImportItem) error) error {
			for _, it := range items {
				if err := p(it); err != nil {
					return err
				}
			}
			return nil
		})
		return err
	}
	orphan := r
	orphan.Notice.ID, orphan.Notice.MailID, orphan.Sent = "n2", "nope", nil
	var ie *ImportError
	if err := put(ImportItem{Mail: &m}, ImportItem{Notice: &r}, ImportItem{Notice: &orphan}); !errors.As(err, &ie) || ie.Reason != ImportMissingMail {
		t.Fatalf("a notice of a missing mail: %v", err)
	}
	if list, _ := s.FullNotices(ctx); len(list) != 0 {
		t.Fatalf("a refused import wrote %d notices", len(list))
	}
	for i := 0; i < 2; i++ {
		if err := put(ImportItem{Mail: &m}, ImportItem{Notice: &r}); err != nil {
			t.Fatal(err)
		}
	}
	list, err := s.FullNotices(ctx)
	if err != nil || len(list) != 1 || len(list[0].Sent) != 1 || string(list[0].Sent[0].PDF) != "%PDF" || !list[0].CreatedAt.Equal(day("2026-10-06")) {
		t.Fatalf("imported twice: %+v %v", list, err)
	}
	if problems, err := s.Check(ctx); err != nil || len(problems) != 0 {
		t.Fatalf("check: %v %v", problems, err)
	}
}
