package demo

import (
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/defence"
)

func TestDemoHoldsOneValidNoticeOfEachKind(t *testing.T) {
	today := time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)
	rec := Generate(50, 1, today)
	seen := map[defence.Kind]int{}
	for _, n := range rec.Notices {
		seen[n.Notice.Kind]++
		if err := n.Notice.Validate(); err != nil {
			t.Errorf("%s: %v", n.Notice.Kind, err)
		}
		if err := n.Mail.Validate(); err != nil || n.Notice.MailID != n.Mail.ID {
			t.Errorf("%s: mail %v", n.Notice.Kind, err)
		}
		var sent []defence.LetterKind
		for _, l := range n.Letters {
			if next := defence.Next(n.Notice, sent); next.Letter != l.Letter {
				t.Errorf("%s: %s sent where the wizard proposes %s", n.Notice.Kind, l.Letter, next.Key)
			}
			if l.SentOn.Before(n.Notice.Date) || l.SentOn.After(today) || l.ReceivedOn.Before(l.SentOn) {
				t.Errorf("%s: %s sent on %s", n.Notice.Kind, l.Letter, l.SentOn)
			}
			sent = append(sent, l.Letter)
		}
	}
	for _, k := range defence.Kinds() {
		if seen[k] != 1 {
			t.Errorf("%d notices of kind %s", seen[k], k)
		}
	}
	if again := Generate(50, 1, today); again.Notices[2].Notice.ID != rec.Notices[2].Notice.ID {
		t.Error("notices are not deterministic")
	}
}
