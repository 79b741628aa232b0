package app

import (
	"bytes"
	"context"
	"time"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/exchange"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
	"github.com/carnet-app/carnet/internal/store"
)

// calendarEvents gathers every dated item worth a calendar entry: reply-by
// dates of mail, next actions of acts, and the legal deadlines of every
// sent request that is not settled.
func calendarEvents(ctx context.Context, e *env, s *store.Store) ([]exchange.Event, error) {
	profile, err := s.Profile(ctx)
	if err != nil {
		return nil, err
	}
	acts, err := s.ListActs(ctx, journal.ActFilter{})
	if err != nil {
		return nil, err
	}
	mails, err := s.ListMails(ctx, journal.MailFilter{})
	if err != nil {
		return nil, err
	}
	requests, err := s.ListRequests(ctx)
	if err != nil {
		return nil, err
	}
	var items []journal.DueItem
	for _, m := range mails {
		if !m.ReplyBy.IsZero() {
			items = append(items, journal.DueItem{Date: m.ReplyBy, Kind: journal.DueReply, Title: m.Subject, OwnerID: m.ID})
		}
	}
	for _, a := range acts {
		if !a.NextActionOn.IsZero() {
			items = append(items, journal.DueItem{Date: a.NextActionOn, Kind: journal.DueNextAction,
				Title: a.NextAction + " — " + a.Organisation, OwnerID: a.ID})
		}
	}
	meetings, err := s.ListMeetings(ctx)
	if err != nil {
		return nil, err
	}
	for _, m := range meetings {
		title := e.tr.T("meetings.title")
		if m.Adviser != "" {
			title = e.tr.T("meetings.with", m.Adviser)
		}
		items = append(items, journal.DueItem{Date: m.Date, Kind: journal.DueMeeting, Title: title, OwnerID: m.ID})
	}
	escalated := rights.Escalated(requests)
	for _, r := range requests {
		if r.Kind.FollowUp() || !r.AnsweredOn.IsZero() || escalated[r.ID] {
			continue
		}
		for _, it := range r.DueItems(profile.Departement, e.tr.Lang()) {
			it.Title = e.tr.T("kind." + string(r.Kind))
			items = append(items, it)
		}
	}
	notices, err := s.ListNotices(ctx)
	if err != nil {
		return nil, err
	}
	items = append(items, carnet.NoticeDueItems(notices, profile.Departement, e.tr)...)
	journal.SortDueItems(items)
	return exchange.DueEvents(items, func(it journal.DueItem) string {
		return e.tr.T("due.line", e.tr.T("due."+string(it.Kind)), it.Title)
	}), nil
}

// writeICS renders the calendar of the record.
func writeICS(ctx context.Context, e *env, s *store.Store, now time.Time) ([]byte, int, error) {
	events, err := calendarEvents(ctx, e, s)
	if err != nil {
		return nil, 0, err
	}
	var buf bytes.Buffer
	err = exchange.WriteICS(&buf, events, now)
	return buf.Bytes(), len(events), err
}
