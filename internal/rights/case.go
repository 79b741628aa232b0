package rights

import (
	"slices"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

// Situation is where a first request stands, as a follow-up letter and the
// request screen state it.
type Situation string

// The situations of a request.
const (
	SituationNotSent    Situation = "not_sent"   // not sent yet, or its receipt is unknown
	SituationPending    Situation = "pending"    // no answer, the deadline has not passed
	SituationNoAnswer   Situation = "no_answer"  // the deadline passed without any answer
	SituationIncomplete Situation = "incomplete" // answered, some asked items missing
	SituationComplete   Situation = "complete"   // answered with every asked item
	SituationRefused    Situation = "refused"    // France Travail refused explicitly
)

// Timing says when something happened against the deadline it answers.
type Timing string

// The timings.
const (
	TimingNone   Timing = ""        // it did not happen
	TimingInTime Timing = "in_time" // on or before the deadline
	TimingLate   Timing = "late"    // after the deadline
)

// RefusalKind says how the CRPA part of a request was refused.
type RefusalKind string

// The kinds of refusal that open the two months to refer to the CADA.
const (
	RefusalNone       RefusalKind = ""           // no refusal yet
	RefusalExplicit   RefusalKind = "explicit"   // a written refusal
	RefusalIncomplete RefusalKind = "incomplete" // an answer without the rules asked for
	RefusalImplicit   RefusalKind = "implicit"   // one month of silence (R*311-12, R311-13)
)

// CRPATrack is the state of the CRPA part of a request (L311-3-1), which
// escalates to the CADA.
type CRPATrack struct {
	Silence Deadline // one month of silence, as France Travail's deadline (moved past weekends)
	// SilenceEnd is the day the month of silence ends, never moved: the
	// implicit refusal counted on the user's safe side.
	SilenceEnd time.Time
	Refusal    RefusalKind // what opened the CADA window, if anything
	RefusalOn  time.Time   // the day of that refusal
	// Window is the two months to refer to the CADA, counted on the safe
	// side; zero when there is no refusal yet.
	Window     Deadline
	WindowOpen bool // today is on or before Window.Due
	// TooOld is true more than a year after the refusal: even a time limit
	// that cannot be held against the user is then lost (CE, ass., 13 July
	// 2016, Czabaj; 18 March 2019 for implicit decisions) — à vérifier.
	TooOld  bool
	Missing []ChecklistItem // the CRPA items asked and not provided
}

// Case is every fact about a first request that a letter or a screen
// states: one place decides them, and every sentence is phrased from them.
type Case struct {
	Request   Request
	Today     time.Time
	Receipt   time.Time // when France Travail received the request; zero when unknown
	OneMonth  Deadline  // the first month of Art. 12(3)
	Due       Deadline  // the deadline that applies: extended when announced in time
	Extension Timing    // whether an extension was announced, and in time
	Answer    Timing    // whether France Travail answered, and in time
	Situation Situation
	Asked     []ChecklistItem // what the letter asked
	Missing   []ChecklistItem // what is still missing (everything asked when no answer)
	Reminders []Request       // reminders sent, oldest first
	CNIL      *Request        // the CNIL complaint sent, if any
	CADA      *Request        // the CADA referral sent, if any
	CRPA      *CRPATrack      // nil when the request does not ask for an algorithm's rules
	Timeline  []Event         // every dated event up to today, in date order
}

// FollowUpsOf returns the requests of all that follow parentID, except
// the one whose ID is except (a letter being drawn); "" excepts none.
func FollowUpsOf(all []Request, parentID, except string) []Request {
	var out []Request
	for _, r := range all {
		if r.ParentID == parentID && r.ID != except {
			out = append(out, r)
		}
	}
	return out
}

// CaseOf decides the facts of request r on today, given its follow-ups
// (reminders, complaints and referrals whose ParentID is r.ID; others are
// ignored) and the user's département for the holidays.
func CaseOf(r Request, followUps []Request, departement string, today time.Time) Case {
	c := Case{Request: r, Today: journal.Day(today), Asked: r.Asked(), Receipt: r.EffectiveReceipt()}
	c.collectFollowUps(followUps)
	if c.Receipt.IsZero() || !r.Sent() {
		c.Situation = SituationNotSent
		c.Missing = c.Asked
		c.Timeline = c.events()
		return c
	}
	c.OneMonth, c.Due, c.Extension = r.gdprDeadlines(departement)
	if !r.AnsweredOn.IsZero() {
		c.Answer = TimingInTime
		if r.AnsweredOn.After(c.Due.Due) {
			c.Answer = TimingLate
		}
	}
	c.Missing = c.Asked
	if c.Answer != TimingNone {
		c.Missing = r.Missing()
	}
	c.Situation = c.situation()
	if r.Kind.HasCRPATrack() {
		c.CRPA = c.crpaTrack(departement)
	}
	c.Timeline = c.events()
	return c
}

func (c *Case) collectFollowUps(list []Request) {
	for i := range list {
		f := list[i]
		if f.ParentID != c.Request.ID || !f.Sent() {
			continue
		}
		switch f.Kind {
		case KindReminder:
			c.Reminders = append(c.Reminders, f)
		case KindCNIL:
			if c.CNIL == nil || f.SentOn.Before(c.CNIL.SentOn) {
				c.CNIL = &f
			}
		case KindCADA:
			if c.CADA == nil || f.SentOn.Before(c.CADA.SentOn) {
				c.CADA = &f
			}
		}
	}
	slices.SortStableFunc(c.Reminders, func(a, b Request) int { return a.SentOn.Compare(b.SentOn) })
}

func (c *Case) situation() Situation {
	switch {
	case !c.Request.RefusedOn.IsZero():
		return SituationRefused
	case c.Answer != TimingNone && len(c.Missing) > 0:
		return SituationIncomplete
	case c.Answer != TimingNone:
		return SituationComplete
	case c.Today.After(c.Due.Due):
		return SituationNoAnswer
	}
	return SituationPending
}

// crpaTrack decides the CRPA part: which refusal opened the CADA window
// (an explicit refusal, an answer without the rules, or one month of
// silence), and whether the window is still open today.
func (c *Case) crpaTrack(departement string) *CRPATrack {
	t := &CRPATrack{Silence: Compute(ClockCRPA, c.Receipt, departement)}
	t.SilenceEnd = t.Silence.Nominal
	for _, it := range c.Missing {
		if it.CRPA {
			t.Missing = append(t.Missing, it)
		}
	}
	t.Refusal, t.RefusalOn = c.Request.cadaStart(t.SilenceEnd)
	if !c.Request.RefusedOn.IsZero() && len(t.Missing) == 0 {
		t.Missing = crpaAsked(c.Asked)
	}
	if t.Refusal == RefusalImplicit && !c.Today.After(t.SilenceEnd) {
		t.Refusal, t.RefusalOn = RefusalNone, time.Time{}
	}
	if t.Refusal != RefusalNone {
		t.Window = Compute(ClockCADA, t.RefusalOn, departement)
		t.WindowOpen = !c.Today.After(t.Window.Due)
		t.TooOld = c.Today.After(t.RefusalOn.AddDate(1, 0, 0))
	}
	return t
}

// cadaStart returns the refusal that opens the two months to refer to the
// CADA, and its day, on the safe side (LEGAL.md §6): the earliest refusal on
// record. One month of silence (ending on silence, the nominal day, never
// moved past a weekend) is an implicit refusal unless France Travail
// answered or refused before it; an answer that withheld the rules asked,
// or a written refusal, given before that day opens the window itself.
func (r Request) cadaStart(silence time.Time) (RefusalKind, time.Time) {
	answered := !r.AnsweredOn.IsZero()
	withheld := answered && len(crpaAsked(r.Missing())) > 0
	if answered && !withheld && r.RefusedOn.IsZero() {
		return RefusalNone, time.Time{} // the rules were given
	}
	kind, at := RefusalNone, time.Time{}
	consider := func(k RefusalKind, d time.Time) {
		if !d.IsZero() && (at.IsZero() || d.Before(at)) {
			kind, at = k, d
		}
	}
	before := func(d time.Time) bool { return !d.IsZero() && !d.After(silence) }
	if !before(r.AnsweredOn) && !before(r.RefusedOn) {
		consider(RefusalImplicit, silence)
	}
	consider(RefusalExplicit, r.RefusedOn)
	if withheld {
		consider(RefusalIncomplete, r.AnsweredOn)
	}
	return kind, at
}

func crpaAsked(items []ChecklistItem) []ChecklistItem {
	var out []ChecklistItem
	for _, it := range items {
		if it.CRPA {
			out = append(out, it)
		}
	}
	return out
}

// MissingGDPR returns the missing items that belong to the GDPR track (the
// CNIL's), in order.
func (c Case) MissingGDPR() []ChecklistItem {
	var out []ChecklistItem
	for _, it := range c.Missing {
		if !it.CRPA {
			out = append(out, it)
		}
	}
	return out
}

// CADAGroundsLost reports that the CADA window has closed and either the
// user recorded that France Travail stated the routes and time limits of
// appeal, or more than a year has passed since the refusal: the referral
// would be late, and only a new request starts the clocks again.
func (c Case) CADAGroundsLost() bool {
	return c.CRPA != nil && c.CRPA.Refusal != RefusalNone && !c.CRPA.WindowOpen && (c.Request.RoutesMentioned || c.CRPA.TooOld)
}

// ReminderGrounds reports whether a reminder has something true to say:
// the deadline passed without an answer, or the answer lacks items.
func (c Case) ReminderGrounds() bool {
	return c.Situation == SituationNoAnswer || c.Situation == SituationIncomplete
}

// CNILGrounds reports whether a CNIL complaint has grounds: no answer in
// time, a refusal, or GDPR items missing from the answer.
func (c Case) CNILGrounds() bool {
	switch c.Situation {
	case SituationNoAnswer, SituationRefused:
		return true
	case SituationIncomplete:
		return len(c.MissingGDPR()) > 0
	}
	return false
}

// CADAGrounds reports whether a CADA referral has grounds: a refusal of
// the algorithm's rules, explicit, implicit or by an incomplete answer.
func (c Case) CADAGrounds() bool {
	return c.CRPA != nil && c.CRPA.Refusal != RefusalNone && len(c.CRPA.Missing) > 0
}
