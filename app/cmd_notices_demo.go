package app

import (
	"context"
	"errors"
	"time"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/defence"
	"github.com/carnet-app/carnet/internal/demo"
	"github.com/carnet-app/carnet/internal/rights"
	"github.com/carnet-app/carnet/internal/store"
)

// demoMediator is the fictitious mediator's address of the demo record.
var demoMediator = []string{"Médiateur régional de France Travail", "4 rue Desaix", "69003 Lyon"}

// storeDemoNotices stores the demo notices (their mails are stored with
// the other demo mails) with the demo's own dates, then builds each letter
// sent from the record as it stood on the day it was sent and keeps it as
// sent, with the day it was received, so that the same seed gives the
// same record. A letter the record gives nothing true to say (no act since
// a decision in a small demo) and those after it are left unsent.
func storeDemoNotices(ctx context.Context, s *store.Store, notices []demo.Notice) error {
	for _, dn := range notices {
		rec := defence.Record{Notice: dn.Notice, Words: dn.Words, CreatedAt: dn.CreatedAt, UpdatedAt: dn.CreatedAt}
		if err := importNotice(ctx, s, rec); err != nil {
			return err
		}
		for _, l := range dn.Letters {
			at := l.SentOn.Add(10 * time.Hour)
			in := carnet.DefenceInput{Mode: rights.ModeRegistered}
			if l.Letter == defence.LetterMediation {
				in.Recipient = demoMediator
			}
			built, err := carnet.New(s, func() time.Time { return at }).DefenceLetter(ctx, dn.Notice.ID, l.Letter, in)
			var missing *carnet.MissingError
			if errors.As(err, &missing) {
				break
			}
			if err != nil {
				return err
			}
			rec.Sent = append(rec.Sent, defence.SentLetter{ID: l.ID, NoticeID: dn.Notice.ID, Letter: l.Letter, SentOn: l.SentOn,
				ReceivedOn: l.ReceivedOn, PDF: built.PDF, Text: built.Text, CreatedAt: at})
			if err := importNotice(ctx, s, rec); err != nil {
				return err
			}
		}
	}
	return nil
}

// importNotice stores a notice and its letters as sent with their own
// dates, in one transaction.
func importNotice(ctx context.Context, s *store.Store, rec defence.Record) error {
	_, err := s.ImportEach(ctx, func(put func(store.ImportItem) error) error {
		return put(store.ImportItem{Notice: &rec})
	})
	return err
}
