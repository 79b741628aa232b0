package rights

import (
	"slices"
	"time"
)

// EventKind names an event of a request's timeline.
type EventKind string

// The events a timeline can hold, in the order they sort on the same day.
const (
	EventDecision         EventKind = "decision" // the decision an explanation is about
	EventSent             EventKind = "sent"
	EventReceived         EventKind = "received"
	EventExtension        EventKind = "extension"
	EventExtensionLate    EventKind = "extension_late"
	EventAnswer           EventKind = "answer"
	EventAnswerIncomplete EventKind = "answer_incomplete"
	EventRefusal          EventKind = "refusal"
	EventDeadline         EventKind = "deadline"          // the GDPR deadline passed without an answer
	EventImplicitRefusal  EventKind = "implicit_refusal"  // one month of silence on the CRPA part
	EventReminderSent     EventKind = "reminder_sent"     // a reminder was sent
	EventReminderReceived EventKind = "reminder_received" // France Travail received it
	EventCNIL             EventKind = "cnil"              // a CNIL complaint was sent
	EventCADA             EventKind = "cada"              // a CADA referral was sent
)

var eventOrder = []EventKind{EventDecision, EventSent, EventReceived, EventExtension, EventExtensionLate, EventAnswer,
	EventAnswerIncomplete, EventRefusal, EventDeadline, EventImplicitRefusal, EventReminderSent,
	EventReminderReceived, EventCNIL, EventCADA}

// Event is one dated fact of a request's history.
type Event struct {
	Date time.Time
	Kind EventKind
	Text string // French, for letters: « envoi de ma demande par courriel »
}

// events lists the case's facts up to today, sorted by date.
func (c *Case) events() []Event {
	r := c.Request
	var out []Event
	add := func(d time.Time, k EventKind, text string) {
		if !d.IsZero() && !d.After(c.Today) {
			out = append(out, Event{Date: d, Kind: k, Text: text})
		}
	}
	if r.Kind == KindExplanation {
		what := "décision prise à mon égard"
		if n := decisionNatureFR(r.Decision.Nature); n != "" {
			what += "\u00a0: " + n
		}
		add(r.Decision.Date, EventDecision, what+reference(r.Decision))
	}
	add(r.SentOn, EventSent, "envoi de ma demande "+r.Mode.phrase()+registered(r))
	add(r.ReceivedOn, EventReceived, "réception de ma demande par France Travail"+receiptProof(r))
	switch c.Extension {
	case TimingInTime:
		add(r.ExtensionOn, EventExtension, "annonce par France Travail d’une prolongation de deux mois du délai de réponse")
	case TimingLate:
		add(r.ExtensionOn, EventExtensionLate, "annonce par France Travail d’une prolongation du délai de réponse, "+
			"alors que le délai d’un mois avait déjà expiré")
	}
	c.answerEvents(add)
	c.deadlineEvents(add)
	for _, rem := range c.Reminders {
		add(rem.SentOn, EventReminderSent, "envoi d’une relance "+rem.Mode.phrase()+registered(rem))
		add(rem.ReceivedOn, EventReminderReceived, "réception de la relance par France Travail"+receiptProof(rem))
	}
	if c.CNIL != nil {
		add(c.CNIL.SentOn, EventCNIL, "réclamation adressée à la CNIL")
	}
	if c.CADA != nil {
		add(c.CADA.SentOn, EventCADA, "saisine de la CADA")
	}
	slices.SortStableFunc(out, func(a, b Event) int {
		if n := a.Date.Compare(b.Date); n != 0 {
			return n
		}
		return slices.Index(eventOrder, a.Kind) - slices.Index(eventOrder, b.Kind)
	})
	return out
}

func (c *Case) answerEvents(add func(time.Time, EventKind, string)) {
	r := c.Request
	late := ""
	if c.Answer == TimingLate {
		late = ", après l’expiration du délai"
	}
	if len(c.Missing) > 0 {
		add(r.AnsweredOn, EventAnswerIncomplete, "réponse incomplète de France Travail"+late)
	} else {
		add(r.AnsweredOn, EventAnswer, "réponse de France Travail"+late)
	}
	add(r.RefusedOn, EventRefusal, "refus écrit de France Travail")
}

// deadlineEvents adds the deadlines that passed with nothing received:
// the GDPR one, and the month of silence that refused the CRPA part.
func (c *Case) deadlineEvents(add func(time.Time, EventKind, string)) {
	r := c.Request
	if c.Due.Due.IsZero() {
		return
	}
	answeredBefore := func(d time.Time) bool {
		return (!r.AnsweredOn.IsZero() && !r.AnsweredOn.After(d)) || (!r.RefusedOn.IsZero() && !r.RefusedOn.After(d))
	}
	if c.Today.After(c.Due.Due) && !answeredBefore(c.Due.Due) {
		text := "expiration, sans réponse, du délai d’un mois prévu par l’article 12, paragraphe 3, du RGPD"
		if c.Extension == TimingInTime {
			text = "expiration, sans réponse, du délai de réponse prolongé de deux mois (article 12, paragraphe 3, du RGPD)"
		}
		add(c.Due.Due, EventDeadline, text)
	}
	if c.CRPA != nil && c.Today.After(c.CRPA.SilenceEnd) && !answeredBefore(c.CRPA.SilenceEnd) {
		add(c.CRPA.SilenceEnd, EventImplicitRefusal, "naissance d’une décision implicite de refus de communiquer "+
			"les règles des traitements algorithmiques (articles R*311-12 et R311-13 du CRPA)")
	}
}

// receiptProof says how a registered letter's receipt is proved.
func receiptProof(r Request) string {
	if r.Mode == ModeRegistered {
		return " (avis de réception)"
	}
	return ""
}
