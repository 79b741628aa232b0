package store

import (
	"context"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

func TestTheTrashListsEveryKindOfItemNewestDeletionFirst(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	clock := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	s.SetClock(func() time.Time { return clock })
	day := time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)
	act, err := s.SaveAct(ctx, journal.Act{Date: day, Minutes: 30, Theme: "P03", Code: "Q14", Organisation: "Acme"}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	kept, err := s.SaveAct(ctx, journal.Act{Date: day, Minutes: 30, Theme: "P03", Code: "Q14", Label: "Gardée"}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	mail, err := s.SaveMail(ctx, journal.Mail{Direction: journal.DirectionReceived, Date: day, Channel: journal.MailChannels()[0], Kind: journal.MailKinds()[0], Subject: "Convocation"}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	req, err := s.SaveRequest(ctx, rights.Request{Kind: rights.KindAccess, Mode: rights.ModeRegistered})
	if err != nil {
		t.Fatal(err)
	}
	meeting, err := s.SaveMeeting(ctx, journal.Meeting{Date: day, Mode: journal.MeetingAgency, Adviser: "M. Bernard"})
	if err != nil {
		t.Fatal(err)
	}
	trash := []func() error{
		func() error { return s.TrashAct(ctx, act.ID) },
		func() error { return s.TrashMail(ctx, mail.ID) },
		func() error { return s.TrashRequest(ctx, req.ID) },
		func() error { return s.TrashMeeting(ctx, meeting.ID) },
	}
	for _, f := range trash {
		clock = clock.Add(time.Minute)
		if err := f(); err != nil {
			t.Fatal(err)
		}
	}
	items, err := s.ListTrash(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []journal.TrashItem{
		{Kind: journal.TrashMeeting, ID: meeting.ID, Title: "M. Bernard"},
		{Kind: journal.TrashRequest, ID: req.ID, Title: string(rights.KindAccess)},
		{Kind: journal.TrashMail, ID: mail.ID, Title: "Convocation"},
		{Kind: journal.TrashAct, ID: act.ID, Detail: "Acme", Theme: "P03", Code: "Q14"},
	}
	if len(items) != len(want) {
		t.Fatalf("%d items in the trash: %+v", len(items), items)
	}
	for i, w := range want {
		got := items[i]
		if got.Kind != w.Kind || got.ID != w.ID || got.Title != w.Title || got.Detail != w.Detail || got.Theme != w.Theme || got.Code != w.Code || got.DeletedAt.IsZero() {
			t.Errorf("item %d: %+v, want %+v", i, got, w)
		}
	}
	if err := s.RestoreMail(ctx, mail.ID); err != nil {
		t.Fatal(err)
	}
	if items, _ := s.ListTrash(ctx); len(items) != 3 {
		t.Errorf("%d items after restoring the mail", len(items))
	}
	for _, it := range items {
		if it.ID == kept.ID {
			t.Error("an act not deleted is in the trash")
		}
	}
}
