package rights

import (
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

// Status is where a request stands.
type Status string

// The statuses of a request.
const (
	StatusDraft      Status = "draft"      // not sent yet
	StatusAwaiting   Status = "awaiting"   // sent, receipt date not known yet
	StatusWaiting    Status = "waiting"    // received, due date not passed
	StatusOverdue    Status = "overdue"    // due date passed, no answer
	StatusComplete   Status = "complete"   // answered with everything
	StatusIncomplete Status = "incomplete" // answered, items missing
	StatusRefused    Status = "refused"    // refused in writing
	StatusEscalated  Status = "escalated"  // a CNIL complaint or CADA referral follows it
	StatusSent       Status = "sent"       // a follow-up letter that was sent
)

// Clocks returns the deadlines running for a request once its receipt date
// is known: the GDPR one (three months when an extension was announced in
// the first month) and, for requests asking for an algorithm's rules, the
// CRPA implicit refusal and, while a refusal stands or would stand, the
// CADA window that follows it (counted on the safe side).
func (r Request) Clocks(departement string) []Deadline {
	from := r.EffectiveReceipt()
	if from.IsZero() || r.Kind.FollowUp() {
		return nil
	}
	_, gdpr, _ := r.gdprDeadlines(departement)
	out := []Deadline{gdpr}
	if r.Kind.HasCRPATrack() {
		crpa := Compute(ClockCRPA, from, departement)
		out = append(out, crpa)
		if kind, start := r.cadaStart(crpa.Nominal); kind != RefusalNone {
			out = append(out, Compute(ClockCADA, start, departement))
		}
	}
	return out
}

// gdprDeadlines returns the first month of Art. 12(3) counted from the
// receipt, the deadline that applies (three months when the extension was
// announced within that month) and when the extension came. The receipt
// must be known.
func (r Request) gdprDeadlines(departement string) (oneMonth, due Deadline, ext Timing) {
	from := r.EffectiveReceipt()
	oneMonth = Compute(ClockGDPR, from, departement)
	due = oneMonth
	switch {
	case r.ExtensionOn.IsZero():
	case r.ExtensionOn.After(oneMonth.Due):
		ext = TimingLate
	default:
		ext, due = TimingInTime, Compute(ClockGDPRExtended, from, departement)
	}
	return oneMonth, due, ext
}

// Due returns the main (GDPR) deadline and true, or false when it is not
// running yet.
func (r Request) Due(departement string) (Deadline, bool) {
	c := r.Clocks(departement)
	if len(c) == 0 {
		return Deadline{}, false
	}
	return c[0], true
}

// StatusOn returns the request's status on a day, from the facts CaseOf
// decides; escalated tells whether a CNIL complaint or CADA referral was
// sent after it.
func (r Request) StatusOn(today time.Time, departement string, escalated bool) Status {
	switch {
	case !r.Sent():
		return StatusDraft
	case r.Kind.FollowUp():
		return StatusSent
	case escalated:
		return StatusEscalated
	}
	switch CaseOf(r, nil, departement, today).Situation {
	case SituationRefused:
		return StatusRefused
	case SituationComplete:
		return StatusComplete
	case SituationIncomplete:
		return StatusIncomplete
	case SituationNoAnswer:
		return StatusOverdue
	case SituationPending:
		return StatusWaiting
	}
	return StatusAwaiting
}

// DueItems returns the request's deadlines as dated items for the home
// screen and calendars: the answer due (GDPR), and for requests about an
// algorithm's rules the implicit refusal (CRPA) and the last day to refer
// to the CADA. Each item carries its rule in plain words in lang and the
// text setting it as its Reference; Title is left to the caller.
func (r Request) DueItems(departement, lang string) []journal.DueItem {
	var out []journal.DueItem
	for _, c := range r.Clocks(departement) {
		kind := journal.DueRequest
		switch c.Kind {
		case ClockCRPA:
			kind = journal.DueCRPA
		case ClockCADA:
			kind = journal.DueCADA
		}
		out = append(out, journal.DueItem{Date: c.Due, Kind: kind, OwnerID: r.ID, Rule: c.PlainRule(lang), Reference: c.Basis(lang)})
	}
	return out
}

// Escalated returns the IDs of the requests that a sent CNIL complaint or
// CADA referral follows.
func Escalated(list []Request) map[string]bool {
	out := map[string]bool{}
	for _, r := range list {
		if (r.Kind == KindCNIL || r.Kind == KindCADA) && r.Sent() {
			out[r.ParentID] = true
		}
	}
	return out
}
