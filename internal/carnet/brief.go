package carnet

import (
	"context"
	"errors"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/report"
)

// ErrNoMeeting says there is no meeting to prepare.
var ErrNoMeeting = errors.New("no meeting on record")

// MeetingFor picks the meeting a brief is for: the one on day when day is
// set; otherwise the soonest from today, or else the latest. It returns
// ErrNoMeeting when there is none.
func (a *App) MeetingFor(ctx context.Context, day time.Time) (journal.Meeting, error) {
	meetings, err := a.ListMeetings(ctx)
	if err != nil {
		return journal.Meeting{}, err
	}
	today := journal.Day(a.now())
	var best *journal.Meeting
	for i := range meetings {
		m := &meetings[i]
		switch {
		case !day.IsZero():
			if m.Date.Equal(journal.Day(day)) {
				best = m
			}
		case !m.Date.Before(today) && (best == nil || best.Date.Before(today) || m.Date.Before(best.Date)):
			best = m
		case m.Date.Before(today) && (best == nil || (best.Date.Before(today) && m.Date.After(best.Date))):
			best = m
		}
	}
	if best == nil {
		return journal.Meeting{}, ErrNoMeeting
	}
	return *best, nil
}

// PreviousMeeting returns the latest meeting of list dated strictly before
// m, other than m itself: the start of the period a brief reports.
func PreviousMeeting(list []journal.Meeting, m journal.Meeting) (journal.Meeting, bool) {
	var prev journal.Meeting
	found := false
	for _, o := range list {
		if o.ID == m.ID && m.ID != "" || !o.Date.Before(m.Date) {
			continue
		}
		if !found || o.Date.After(prev.Date) {
			prev, found = o, true
		}
	}
	return prev, found
}

// BriefFor builds the brief of meeting m (as saved, or as typed in a form
// and not saved yet) from the record.
func (a *App) BriefFor(ctx context.Context, m journal.Meeting) (report.Brief, error) {
	in := report.BriefInput{Meeting: m, Today: journal.Day(a.now())}
	meetings, err := a.ListMeetings(ctx)
	if err != nil {
		return report.Brief{}, err
	}
	if prev, ok := PreviousMeeting(meetings, m); ok {
		in.Previous = &prev
	}
	if in.Profile, err = a.Profile(ctx); err != nil {
		return report.Brief{}, err
	}
	if in.Acts, err = a.ListActs(ctx, journal.ActFilter{}); err != nil {
		return report.Brief{}, err
	}
	if in.Requests, err = a.ListRequests(ctx); err != nil {
		return report.Brief{}, err
	}
	if in.Mails, err = a.ListMails(ctx, journal.MailFilter{}); err != nil {
		return report.Brief{}, err
	}
	if in.Facts, err = a.Facts(ctx); err != nil && !errors.Is(err, ErrNoAnswers) {
		return report.Brief{}, err
	}
	return report.BuildBrief(in), nil
}

// Brief renders the brief of meeting m as a one-page PDF.
func (a *App) Brief(ctx context.Context, m journal.Meeting) ([]byte, error) {
	b, err := a.BriefFor(ctx, m)
	if err != nil {
		return nil, err
	}
	return briefPDF(b)
}

// BriefFileName is the file name offered for the brief of m.
func BriefFileName(m journal.Meeting) string {
	return "entretien-" + m.Date.Format("2006-01-02") + ".pdf"
}
