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
// the other demo mails), then builds
// each letter sent from the record as it stood on the day it was sent and
// keeps it as sent, with the day it was received. A letter the record
// gives nothing true to say (no act since a decision in a small demo) is
// left unsent.
func storeDemoNotices(ctx context.Context, s *store.Store, notices []demo.Notice) error {
	for _, dn := range notices {
		if _, err := s.SaveNotice(ctx, dn.Notice, dn.Words); err != nil {
			return err
		}
		for _, l := range dn.Letters {
			on := l.SentOn
			a := carnet.New(s, func() time.Time { return on.Add(10 * time.Hour) })
			in := carnet.DefenceInput{Mode: rights.ModeRegistered}
			if l.Letter == defence.LetterMediation {
				in.Recipient = demoMediator
			}
			built, err := a.DefenceLetter(ctx, dn.Notice.ID, l.Letter, in)
			var missing *carnet.MissingError
			if errors.As(err, &missing) {
				break
			}
			if err != nil {
				return err
			}
			sent, err := a.MarkNoticeLetterSent(ctx, dn.Notice.ID, l.Letter, built.Letter, l.SentOn)
			if err != nil {
				return err
			}
			if !l.ReceivedOn.IsZero() {
				if err := s.SetNoticeLetterReceived(ctx, sent.ID, l.ReceivedOn); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
