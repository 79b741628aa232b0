package carnet

import (
	"context"
	"time"

	"github.com/carnet-app/carnet/i18n"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// Figures of Accueil.
const (
	HomeWeeks       = 8  // weeks in the chart, this one included
	HomeLatest      = 6  // latest acts listed
	HomeOverdueDays = 14 // how long an overdue date stays listed
)

// Home is what Accueil shows: this week's activity against the target, the
// last weeks, the dates due and the latest acts.
type Home struct {
	Profile  journal.Profile
	Weeks    []journal.WeekTotal // HomeWeeks weeks, oldest first; the last is this week
	Upcoming []journal.DueItem   // soonest first, overdue ones included
	Latest   []journal.Act       // newest first, at most HomeLatest
	// LastBackup is when the newest rolling backup was made; zero when
	// there is none.
	LastBackup time.Time
	// BackupOverdue is set when there has been no backup for
	// BackupWarnAfter (or none at all): Accueil then warns.
	BackupOverdue bool
}

// ThisWeek returns the activity of the current week.
func (h Home) ThisWeek() journal.WeekTotal {
	if len(h.Weeks) == 0 {
		return journal.WeekTotal{}
	}
	return h.Weeks[len(h.Weeks)-1]
}

// Home computes Accueil's figures with aggregate queries: the weekly sums
// and the dates due, never the whole list of acts. Titles of the dates are
// in tr's language.
func (a *App) Home(ctx context.Context, tr *i18n.Translator) (Home, error) {
	today := journal.Day(a.now())
	var h Home
	var err error
	if h.Profile, err = a.Profile(ctx); err != nil {
		return h, err
	}
	first := journal.WeekStart(today).AddDate(0, 0, -7*(HomeWeeks-1))
	// Up to today: an act planned later this week is not done yet and
	// does not count in the week's hours.
	days, err := a.DayTotals(ctx, first, today)
	if err != nil {
		return h, err
	}
	h.Weeks = journal.WeeklyFromDays(days, today, HomeWeeks)
	from := today.AddDate(0, 0, -HomeOverdueDays)
	planned, err := a.NextActions(ctx, from)
	if err != nil {
		return h, err
	}
	mails, err := a.ListMails(ctx, journal.MailFilter{AwaitingReply: true})
	if err != nil {
		return h, err
	}
	h.Upcoming = journal.UpcomingDates(planned, mails, today, HomeOverdueDays)
	requests, err := a.ListRequests(ctx)
	if err != nil {
		return h, err
	}
	h.Upcoming = append(h.Upcoming, requestDates(requests, h.Profile.Departement, today, tr)...)
	notices, err := a.noticeDates(ctx, h.Profile.Departement, today, HomeOverdueDays, tr)
	if err != nil {
		return h, err
	}
	h.Upcoming = append(h.Upcoming, notices...)
	meetings, err := a.ListMeetings(ctx)
	if err != nil {
		return h, err
	}
	if m, ok := NextMeeting(meetings, today); ok {
		h.Upcoming = append(h.Upcoming, journal.DueItem{Date: m.Date, Kind: journal.DueMeeting,
			Title: tr.T("meetings.with", m.Adviser), OwnerID: m.ID})
	}
	journal.SortDueItems(h.Upcoming)
	h.Latest, err = a.ActsPage(ctx, journal.ActFilter{}, nil, HomeLatest)
	if err != nil {
		return h, err
	}
	if _, ok := a.Record.(Backuper); ok {
		last, found, err := a.LastBackup(ctx)
		if err != nil {
			return h, err
		}
		h.LastBackup = last.Time
		h.BackupOverdue = !found || a.now().Sub(last.Time) >= BackupWarnAfter
	}
	return h, nil
}

// NextMeeting returns the soonest meeting of list from today on, if any.
func NextMeeting(list []journal.Meeting, today time.Time) (journal.Meeting, bool) {
	var best journal.Meeting
	found := false
	for _, m := range list {
		if !m.Date.Before(today) && (!found || m.Date.Before(best.Date)) {
			best, found = m, true
		}
	}
	return best, found
}

// requestDates returns the answers France Travail owes (waiting or late)
// and, for late requests about an algorithm's rules, the last day to refer
// the refusal to the CADA.
func requestDates(list []rights.Request, departement string, today time.Time, tr *i18n.Translator) []journal.DueItem {
	escalated := rights.Escalated(list)
	var out []journal.DueItem
	for _, r := range list {
		st := r.StatusOn(today, departement, escalated[r.ID])
		if st != rights.StatusWaiting && st != rights.StatusOverdue {
			continue
		}
		for _, it := range r.DueItems(departement, tr.Lang()) {
			if it.Kind == journal.DueRequest || (it.Kind == journal.DueCADA && st == rights.StatusOverdue) {
				it.Title = tr.T("kind." + string(r.Kind))
				out = append(out, it)
			}
		}
	}
	return out
}
