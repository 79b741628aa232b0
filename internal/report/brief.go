package report

import (
	"sort"
	"time"

	"github.com/carnet-app/carnet/internal/answerfind"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// BriefInput is what a meeting brief is built from.
type BriefInput struct {
	Profile  journal.Profile
	Meeting  journal.Meeting
	Previous *journal.Meeting // the meeting before, when any
	Acts     []journal.Act    // every act (the brief picks what it needs)
	Requests []rights.Request
	Mails    []journal.Mail
	Facts    []answerfind.FactHistory // what France Travail's answers say, as the user confirmed it
	Today    time.Time
}

// BriefRequest is an open request and its due date with the rule.
type BriefRequest struct {
	Request rights.Request
	Status  rights.Status
	Due     rights.Deadline
}

// Brief is the one-page preparation of an adviser meeting.
type Brief struct {
	Profile      journal.Profile
	Meeting      journal.Meeting
	Since        time.Time // start of the period reported (the previous meeting, or 30 days before)
	ActsCount    int
	TotalMinutes int
	Weeks        []journal.WeekTotal
	InProgress   []journal.Act // open applications, oldest first
	Requests     []BriefRequest
	MailsDue     []journal.Mail
	Facts        []answerfind.FactHistory
	Generated    time.Time
}

// BuildBrief gathers what happened since the previous meeting and what is open.
func BuildBrief(in BriefInput) Brief {
	b := Brief{Profile: in.Profile, Meeting: in.Meeting, Generated: in.Today, Facts: in.Facts}
	b.Since = journal.Day(in.Meeting.Date).AddDate(0, 0, -30)
	if in.Previous != nil {
		b.Since = journal.Day(in.Previous.Date)
	}
	until := journal.Day(in.Meeting.Date)
	if t := journal.Day(in.Today); t.Before(until) {
		until = t
	}
	var period []journal.Act
	for _, a := range in.Acts {
		d := journal.Day(a.Date)
		if !d.Before(b.Since) && !d.After(until) {
			period = append(period, a)
			b.ActsCount++
			b.TotalMinutes += a.Minutes
		}
		if a.Status.Open() {
			b.InProgress = append(b.InProgress, a)
		}
	}
	weeks := int(journal.WeekStart(until).Sub(journal.WeekStart(b.Since)).Hours()/24)/7 + 1
	b.Weeks = journal.WeeklyTotals(period, until, weeks)
	sort.SliceStable(b.InProgress, func(i, j int) bool { return b.InProgress[i].Date.Before(b.InProgress[j].Date) })
	escalated := rights.Escalated(in.Requests)
	for _, r := range in.Requests {
		st := r.StatusOn(in.Today, in.Profile.Departement, escalated[r.ID])
		if st != rights.StatusWaiting && st != rights.StatusOverdue && st != rights.StatusIncomplete && st != rights.StatusAwaiting {
			continue
		}
		due, _ := r.Due(in.Profile.Departement)
		b.Requests = append(b.Requests, BriefRequest{Request: r, Status: st, Due: due})
	}
	for _, m := range in.Mails {
		if m.AwaitsReply() {
			b.MailsDue = append(b.MailsDue, m)
		}
	}
	return b
}
