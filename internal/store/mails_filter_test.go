package store

import (
	"context"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/demo"
	"github.com/carnet-app/carnet/internal/journal"
)

func TestAwaitingReplyKeepsExactlyTheMailThatAwaitsAReply(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	rec := demo.Generate(800, 4, time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
	if _, err := s.Import(ctx, &rec.Profile, nil, rec.Mails, nil, nil); err != nil {
		t.Fatal(err)
	}
	all, err := s.ListMails(ctx, journal.MailFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, m := range all {
		if m.AwaitsReply() {
			want = append(want, m.ID)
		}
	}
	got, err := s.ListMails(ctx, journal.MailFilter{AwaitingReply: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(want) == 0 || len(want) == len(all) {
		t.Fatalf("the demo should hold mail of both kinds: %d of %d await a reply", len(want), len(all))
	}
	if len(got) != len(want) {
		t.Fatalf("%d mails awaiting a reply, want %d", len(got), len(want))
	}
	for i := range got {
		if got[i].ID != want[i] {
			t.Fatalf("mail %d is %s, want %s", i, got[i].ID, want[i])
		}
	}
}
