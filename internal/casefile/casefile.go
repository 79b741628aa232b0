package casefile

import (
	"slices"
	"time"

	"github.com/carnet-app/carnet/internal/rights"
)

// Version is the version of the case file's format, written in its
// "version" field; docs/case-file.schema.json describes this version.
const Version = 1

// Fact is a score, indicator or category France Travail disclosed about
// the user: its name and its value as the answer gives them.
type Fact struct {
	Name  string
	Value string
}

// CaseFile is the anonymised case file of one request. Months are written
// "YYYY-MM"; "" means the event did not happen or is not known.
type CaseFile struct {
	Version int    `json:"version"`
	Kind    string `json:"kind"` // the kind of the request (rights.Kind)
	// Kinds lists the kinds of every letter of the case: the request's,
	// then its follow-ups' in the order they were sent.
	Kinds    []string  `json:"kinds"`
	Region   string    `json:"region"` // a French région, "" when unknown
	Sent     string    `json:"sent_month,omitempty"`
	Received string    `json:"received_month,omitempty"`
	Answer   *Response `json:"answer,omitempty"`
	Refusal  *Response `json:"refusal,omitempty"`
	// Asked lists the checklist keys of the items the request asked for,
	// in letter order; Answered those of them the user ticked as given.
	Asked    []string `json:"items_asked"`
	Answered []string `json:"items_answered"`
	// ValuesIncluded tells whether the values of the disclosed facts were
	// kept (the user ticked the box); without it Disclosed holds names only.
	ValuesIncluded bool        `json:"values_included"`
	Disclosed      []Disclosed `json:"disclosed"`
	Escalation     Escalation  `json:"escalation"`
}

// Response is an answer or a refusal from France Travail: its month and
// how many days after the receipt of the request it came (nil when the
// receipt date is unknown).
type Response struct {
	Month     string `json:"month"`
	DelayDays *int   `json:"delay_days,omitempty"`
}

// Disclosed is the name of a disclosed score or category, with its value
// only when the user chose to include values.
type Disclosed struct {
	Name  string `json:"name"`
	Value string `json:"value,omitempty"`
}

// Escalation is what followed the request: the follow-up letters sent and
// what came of them.
type Escalation struct {
	Steps   []Step  `json:"steps"`
	Outcome Outcome `json:"outcome"`
}

// Step is one follow-up letter sent: its kind (reminder, cnil, cada), the
// month it was sent, and how many days after it France Travail first
// answered or refused (nil when it has not since).
type Step struct {
	Kind              string `json:"kind"`
	Month             string `json:"month"`
	ResponseDelayDays *int   `json:"response_delay_days,omitempty"`
}

// Outcome is what came of the escalation.
type Outcome string

// The outcomes of an escalation.
const (
	OutcomeNone       Outcome = "not_escalated" // no follow-up letter was sent
	OutcomeNoResponse Outcome = "no_response"   // nothing from France Travail since the first follow-up
	OutcomeComplete   Outcome = "answered"      // an answer with every item asked came after it
	OutcomePartial    Outcome = "partial"       // an answer came after it, items still missing
	OutcomeRefused    Outcome = "refused"       // a refusal came after it, and no answer
)

// Outcomes lists every outcome, as the schema enumerates them.
func Outcomes() []Outcome {
	return []Outcome{OutcomeNone, OutcomeNoResponse, OutcomeComplete, OutcomePartial, OutcomeRefused}
}

// Build returns the case file of req. related may hold any requests: only
// the sent follow-ups of req (ParentID == req.ID) count. facts are the
// facts France Travail disclosed, kept by name (see Facts) and with their
// values only when withValues is set. region is the user's région (see
// RegionOf), "" when unknown. Nothing else of req is read: no address,
// number, decision, correction, statement, snapshot or free text.
func Build(req rights.Request, related []rights.Request, facts []Fact, region string, withValues bool) CaseFile {
	receipt := req.EffectiveReceipt()
	c := CaseFile{
		Version:        Version,
		Kind:           string(req.Kind),
		Kinds:          []string{string(req.Kind)},
		Region:         KnownRegion(region),
		Sent:           month(req.SentOn),
		Received:       month(receipt),
		Answer:         response(req.AnsweredOn, receipt),
		Refusal:        response(req.RefusedOn, receipt),
		Asked:          []string{},
		Answered:       []string{},
		ValuesIncluded: withValues,
		Disclosed:      Facts(facts, withValues),
	}
	for _, it := range req.Asked() {
		c.Asked = append(c.Asked, it.Key)
		if req.Checklist[it.Key] && !req.AnsweredOn.IsZero() {
			c.Answered = append(c.Answered, it.Key)
		}
	}
	c.Escalation = escalation(req, followUps(req, related), len(c.Answered) == len(c.Asked))
	for _, s := range c.Escalation.Steps {
		c.Kinds = append(c.Kinds, s.Kind)
	}
	return c
}

// followUps returns the sent follow-ups of req, oldest first.
func followUps(req rights.Request, related []rights.Request) []rights.Request {
	var out []rights.Request
	for _, f := range related {
		if f.ParentID == req.ID && f.ID != req.ID && f.Kind.FollowUp() && f.Sent() {
			out = append(out, f)
		}
	}
	slices.SortStableFunc(out, func(a, b rights.Request) int { return a.SentOn.Compare(b.SentOn) })
	return out
}

// escalation lists the follow-ups sent and decides what came of them:
// France Travail's first answer or refusal on or after the first one.
func escalation(req rights.Request, steps []rights.Request, complete bool) Escalation {
	e := Escalation{Steps: []Step{}, Outcome: OutcomeNone}
	for _, f := range steps {
		s := Step{Kind: string(f.Kind), Month: month(f.SentOn)}
		if r := firstOnOrAfter(f.SentOn, req.AnsweredOn, req.RefusedOn); !r.IsZero() {
			s.ResponseDelayDays = days(f.SentOn, r)
		}
		e.Steps = append(e.Steps, s)
	}
	if len(steps) == 0 {
		return e
	}
	first := steps[0].SentOn
	answered := onOrAfter(req.AnsweredOn, first)
	switch {
	case answered && complete:
		e.Outcome = OutcomeComplete
	case answered:
		e.Outcome = OutcomePartial
	case onOrAfter(req.RefusedOn, first):
		e.Outcome = OutcomeRefused
	default:
		e.Outcome = OutcomeNoResponse
	}
	return e
}

func onOrAfter(d, from time.Time) bool { return !d.IsZero() && !day(d).Before(day(from)) }

// firstOnOrAfter returns the earliest of dates that is on or after from,
// or the zero time.
func firstOnOrAfter(from time.Time, dates ...time.Time) time.Time {
	var out time.Time
	for _, d := range dates {
		if onOrAfter(d, from) && (out.IsZero() || d.Before(out)) {
			out = d
		}
	}
	return out
}

// response returns the month of at and its delay after receipt; nil when
// at is zero.
func response(at, receipt time.Time) *Response {
	if at.IsZero() {
		return nil
	}
	r := &Response{Month: month(at)}
	if !receipt.IsZero() && !day(at).Before(day(receipt)) {
		r.DelayDays = days(receipt, at)
	}
	return r
}

// days returns the whole calendar days from a to b.
func days(a, b time.Time) *int {
	n := int(day(b).Sub(day(a)).Hours()+12) / 24
	return &n
}

func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// month returns t as "YYYY-MM", or "" for the zero time: never the day.
func month(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01")
}
