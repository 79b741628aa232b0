package journal

import (
	"slices"
	"time"
)

// Direction says whether a mail was received from or sent to France Travail.
type Direction string

// The two directions of a mail.
const (
	DirectionReceived Direction = "received"
	DirectionSent     Direction = "sent"
)

// MailChannel is how a mail travelled.
type MailChannel string

// The channels of mail with France Travail.
const (
	MailPersonalSpace MailChannel = "personal_space"
	MailEmail         MailChannel = "email"
	MailPost          MailChannel = "post"
	MailSMS           MailChannel = "sms"
	MailPhone         MailChannel = "phone"
	MailAgency        MailChannel = "agency"
)

// MailChannels lists every mail channel in display order.
func MailChannels() []MailChannel {
	return []MailChannel{MailPersonalSpace, MailEmail, MailPost, MailSMS, MailPhone, MailAgency}
}

// MailKind is what a mail is about.
type MailKind string

// The kinds of mail.
const (
	KindConvocation   MailKind = "convocation"
	KindControl       MailKind = "control_questionnaire"
	KindWarning       MailKind = "warning"
	KindDecision      MailKind = "decision"
	KindOverpayment   MailKind = "overpayment"
	KindInformation   MailKind = "information"
	KindOtherMailKind MailKind = "other"
)

// MailKinds lists every mail kind in display order.
func MailKinds() []MailKind {
	return []MailKind{KindConvocation, KindControl, KindWarning, KindDecision,
		KindOverpayment, KindInformation, KindOtherMailKind}
}

// Mail is one piece of correspondence with France Travail.
type Mail struct {
	ID          string
	Direction   Direction
	Date        time.Time
	Channel     MailChannel
	Kind        MailKind
	Subject     string
	Notes       string
	ReplyBy     time.Time // zero when no reply is due
	ReplyMailID string    // the mail sent in reply, when any
	PeriodFrom  time.Time // control questionnaire: first day of the period it asks about
	PeriodTo    time.Time // control questionnaire: last day of that period
	CreatedAt   time.Time
	UpdatedAt   time.Time
	DeletedAt   time.Time
	Attachments []Attachment
}

// AwaitsReply reports whether a reply is due and none is linked yet.
func (m Mail) AwaitsReply() bool {
	return m.Direction == DirectionReceived && !m.ReplyBy.IsZero() && m.ReplyMailID == ""
}

// Validate checks the mail and returns a *ValidationError naming each field
// at fault, or nil.
func (m Mail) Validate() error {
	p := problems{}
	if m.Date.IsZero() {
		p.add("date", ProblemRequired)
	}
	if m.Direction != DirectionReceived && m.Direction != DirectionSent {
		p.add("direction", ProblemRequired)
	}
	if !slices.Contains(MailChannels(), m.Channel) {
		p.add("channel", ProblemRequired)
	}
	if !slices.Contains(MailKinds(), m.Kind) {
		p.add("kind", ProblemRequired)
	}
	if m.Subject == "" {
		p.add("subject", ProblemRequired)
	}
	p.checkText("id", m.ID, MaxIDLen)
	p.checkText("subject", m.Subject, maxTextLen)
	p.checkText("notes", m.Notes, maxTextLen)
	p.checkText("reply_mail", m.ReplyMailID, MaxIDLen)
	p.checkAttachments("attachments", m.Attachments)
	if !m.ReplyBy.IsZero() && !m.Date.IsZero() && m.ReplyBy.Before(m.Date) {
		p.add("reply_by", ProblemInvalidDate)
	}
	if m.PeriodFrom.IsZero() != m.PeriodTo.IsZero() {
		p.add("period", ProblemRequired)
	} else if !m.PeriodFrom.IsZero() && m.PeriodTo.Before(m.PeriodFrom) {
		p.add("period", ProblemInvalidDate)
	}
	if m.ReplyMailID != "" && m.ReplyMailID == m.ID {
		p.add("reply_mail", ProblemUnknownValue)
	}
	return p.err()
}
