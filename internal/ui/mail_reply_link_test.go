package ui

import (
	"context"
	"testing"

	"github.com/carnet-app/carnet/internal/journal"
)

// Opening a mail and saving it without touching anything keeps the reply
// it is linked to, whatever the list is filtered by, and even when the
// reply is in the trash.
func TestSavingAMailKeepsItsReplyLink(t *testing.T) {
	u, st := newTestUI(t)
	ctx := context.Background()
	day := journal.Day(testToday)
	reply, err := st.SaveMail(ctx, journal.Mail{Direction: journal.DirectionSent, Date: day,
		Channel: journal.MailChannels()[0], Kind: journal.KindInformation, Subject: "Mon justificatif d’absence"}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	conv, err := st.SaveMail(ctx, journal.Mail{Direction: journal.DirectionReceived, Date: day.AddDate(0, 0, -3),
		Channel: journal.MailChannels()[0], Kind: journal.KindConvocation, Subject: "Convocation",
		ReplyBy: day.AddDate(0, 0, 5), ReplyMailID: reply.ID}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	u.changed(changedAll)
	u.Show(ScreenMail)
	saveUntouched := func(when string) {
		t.Helper()
		u.mail.openForm(&conv)
		if u.mail.form == nil {
			t.Fatalf("%s: the convocation did not open", when)
		}
		u.mail.form.onSaveTapped()
		got, err := st.Mail(ctx, conv.ID)
		if err != nil || got.ReplyMailID != reply.ID {
			t.Errorf("%s: the reply link became %q (%v), want %q", when, got.ReplyMailID, err, reply.ID)
		}
	}
	// The list shows convocations only: the reply is not in it.
	u.mail.kind.SetSelectedIndex(1 + indexOf(journal.MailKinds(), journal.KindConvocation))
	saveUntouched("list filtered by kind")
	if err := st.TrashMail(ctx, reply.ID); err != nil {
		t.Fatal(err)
	}
	u.changed(changedAll)
	saveUntouched("reply in the trash")
}

func indexOf[T comparable](list []T, v T) int {
	for i, x := range list {
		if x == v {
			return i
		}
	}
	return -1
}
