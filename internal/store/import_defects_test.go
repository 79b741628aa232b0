package store

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

var importNow = time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)

// sentAct is an application sent on its date, with one history entry.
func sentAct(id, historyID string) journal.Act {
	a := journal.Act{ID: id, Date: day("2026-11-02"), Minutes: 30, Theme: "P03", Code: "Q14",
		Organisation: "Acme", Status: journal.StatusSent, CreatedAt: importNow, UpdatedAt: importNow}
	a.History = []journal.StatusChange{{ID: historyID, Status: journal.StatusSent, Date: a.Date, CreatedAt: importNow}}
	return a
}

func proof(t *testing.T, id string, body string) journal.Attachment {
	t.Helper()
	att, err := journal.NewAttachment("preuve.pdf", "application/pdf", []byte(body), importNow)
	if err != nil {
		t.Fatal(err)
	}
	att.ID = id
	return att
}

func mailOn(id, reply string) journal.Mail {
	return journal.Mail{ID: id, Direction: journal.DirectionReceived, Date: day("2026-11-03"),
		Channel: journal.MailPost, Kind: journal.KindConvocation, Subject: "Convocation",
		ReplyBy: day("2026-11-20"), ReplyMailID: reply, CreatedAt: importNow, UpdatedAt: importNow}
}

// checkOK fails the test unless Check finds nothing.
func checkOK(t *testing.T, s *Store) {
	t.Helper()
	problems, err := s.Check(context.Background())
	if err != nil || len(problems) > 0 {
		t.Fatalf("check: %v %v", problems, err)
	}
}

// TestImportKeepsWhatCheckAccepts covers issue 9, defect 1: each case used to
// be imported with success, then check refused the record or a row of the
// file was missing. Each is now refused whole with the reason, and the
// record stays as it was.
func TestImportKeepsWhatCheckAccepts(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name   string
		stored func(t *testing.T) ([]journal.Act, []journal.Mail)
		acts   func(t *testing.T) []journal.Act
		mails  []journal.Mail
		reason string
		value  string
	}{
		{"refuses a history ID already stored for another act",
			func(t *testing.T) ([]journal.Act, []journal.Mail) { return []journal.Act{sentAct("a1", "h1")}, nil },
			func(t *testing.T) []journal.Act { return []journal.Act{sentAct("a2", "h1")} }, nil, ImportIDTaken, "h1"},
		{"refuses a history ID used twice in the same import",
			nil,
			func(t *testing.T) []journal.Act { return []journal.Act{sentAct("a1", "h1"), sentAct("a2", "h1")} }, nil, ImportIDTaken, "h1"},
		{"refuses a proof ID already stored for another act",
			func(t *testing.T) ([]journal.Act, []journal.Mail) {
				a := sentAct("a1", "h1")
				a.Attachments = []journal.Attachment{proof(t, "p1", "un")}
				return []journal.Act{a}, nil
			},
			func(t *testing.T) []journal.Act {
				a := sentAct("a2", "h2")
				a.Attachments = []journal.Attachment{proof(t, "p1", "deux"), proof(t, "p2", "trois")}
				return []journal.Act{a}
			}, nil, ImportIDTaken, "p1"},
		{"refuses a reply link to a missing mail",
			nil, func(t *testing.T) []journal.Act { return nil }, []journal.Mail{mailOn("m1", "absent")}, ImportMissingReply, "absent"},
		{"refuses a sent act with an empty history",
			nil,
			func(t *testing.T) []journal.Act {
				a := sentAct("a1", "h1")
				a.History = nil
				return []journal.Act{a}
			}, nil, ImportStatusHistory, "sent"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTemp(t)
			if tt.stored != nil {
				acts, mails := tt.stored(t)
				if _, err := s.Import(ctx, nil, acts, mails, nil, nil); err != nil {
					t.Fatal(err)
				}
			}
			before, err := s.FullActs(ctx, time.Time{}, time.Time{})
			if err != nil {
				t.Fatal(err)
			}
			_, err = s.Import(ctx, nil, tt.acts(t), tt.mails, nil, nil)
			var im *ImportError
			if !errors.As(err, &im) || im.Reason != tt.reason || im.Value != tt.value {
				t.Fatalf("error %v, want reason %s for %q", err, tt.reason, tt.value)
			}
			after, err := s.FullActs(ctx, time.Time{}, time.Time{})
			if err != nil {
				t.Fatal(err)
			}
			if len(after) != len(before) {
				t.Fatalf("a refused import changed the acts: %d → %d", len(before), len(after))
			}
			checkOK(t, s)
		})
	}
}

// TestImportAgainAddsNothingAndKeepsEveryRow checks the merge still takes
// the same file twice, and a reply that comes later in the same import.
func TestImportAgainAddsNothingAndKeepsEveryRow(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	a := sentAct("a1", "h1")
	a.Attachments = []journal.Attachment{proof(t, "p1", "un"), proof(t, "p2", "deux")}
	reply := mailOn("m2", "")
	reply.Direction, reply.ReplyBy = journal.DirectionSent, time.Time{}
	mails := []journal.Mail{mailOn("m1", "m2"), reply}
	for i := 0; i < 2; i++ {
		st, err := s.Import(ctx, nil, []journal.Act{a}, mails, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if want := 2 * (1 - i); st.AttachmentsAdded != want {
			t.Fatalf("import %d added %d proofs, want %d", i+1, st.AttachmentsAdded, want)
		}
	}
	got, err := s.FullActs(ctx, time.Time{}, time.Time{})
	if err != nil || len(got) != 1 || len(got[0].Attachments) != 2 || len(got[0].History) != 1 {
		t.Fatalf("acts %+v, %v", got, err)
	}
	checkOK(t, s)
}
