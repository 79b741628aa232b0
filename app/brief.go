package app

import (
	"context"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/pdf"
	"github.com/carnet-app/carnet/internal/report"
	"github.com/carnet-app/carnet/internal/store"
)

// buildBrief renders the brief of the meeting on day (zero: the next
// meeting from today, else the latest). It returns nil, nil when there is
// no such meeting.
func buildBrief(ctx context.Context, s *store.Store, day, now time.Time) ([]byte, error) {
	meetings, err := s.ListMeetings(ctx) // newest first
	if err != nil {
		return nil, err
	}
	idx := -1
	today := journal.Day(now)
	for i, m := range meetings {
		switch {
		case !day.IsZero() && m.Date.Equal(day):
			idx = i
		case day.IsZero() && !m.Date.Before(today):
			idx = i // keeps the soonest upcoming, as the list is newest first
		}
	}
	if idx < 0 && day.IsZero() && len(meetings) > 0 {
		idx = 0
	}
	if idx < 0 {
		return nil, nil
	}
	in := report.BriefInput{Meeting: meetings[idx], Today: today}
	if idx+1 < len(meetings) {
		in.Previous = &meetings[idx+1]
	}
	if in.Profile, err = s.Profile(ctx); err != nil {
		return nil, err
	}
	if in.Acts, err = s.ListActs(ctx, journal.ActFilter{}); err != nil {
		return nil, err
	}
	if in.Requests, err = s.ListRequests(ctx); err != nil {
		return nil, err
	}
	if in.Mails, err = s.ListMails(ctx, journal.MailFilter{}); err != nil {
		return nil, err
	}
	return pdf.Brief(report.BuildBrief(in))
}
