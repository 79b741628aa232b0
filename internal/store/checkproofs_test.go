package store

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

func TestCheckRecomputesEveryProofOneAtATime(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	day := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	att, err := journal.NewAttachment("preuve.pdf", "application/pdf", []byte("%PDF-1.4 une preuve"), day)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveAct(ctx, journal.Act{Date: day, Minutes: 30, Theme: "P03", Code: "Q14", Organisation: "Acme"},
		[]journal.Attachment{att}, nil); err != nil {
		t.Fatal(err)
	}
	if got := s.checkProofs(ctx); len(got) != 0 {
		t.Fatalf("a sound proof reported: %v", got)
	}
	if _, err := s.db.ExecContext(ctx, "DROP TRIGGER IF EXISTS attachments_seal_update"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, "UPDATE attachments SET data = ? WHERE id = ?", []byte("%PDF-1.4 une autre"), att.ID); err != nil {
		t.Fatal(err)
	}
	got := s.checkProofs(ctx)
	if len(got) != 1 || !strings.Contains(got[0], att.ID) || !strings.Contains(got[0], "SHA-256") {
		t.Fatalf("a changed proof: %v", got)
	}
}
