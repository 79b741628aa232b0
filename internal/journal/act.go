package journal

import (
	"slices"
	"strings"
	"time"
)

// Channel is how an act was carried out.
type Channel string

// The channels an act can use.
const (
	ChannelFranceTravail Channel = "france_travail" // site or app of France Travail
	ChannelJobBoard      Channel = "job_board"
	ChannelEmail         Channel = "email"
	ChannelPost          Channel = "post"
	ChannelInPerson      Channel = "in_person"
	ChannelPhone         Channel = "phone"
	ChannelNetwork       Channel = "network"
	ChannelAgency        Channel = "agency" // temp or recruitment agency
	ChannelOther         Channel = "other"
)

// Channels lists every act channel in display order.
func Channels() []Channel {
	return []Channel{ChannelFranceTravail, ChannelJobBoard, ChannelEmail, ChannelPost,
		ChannelInPerson, ChannelPhone, ChannelNetwork, ChannelAgency, ChannelOther}
}

// Status is the state of an application.
type Status string

// The statuses of an application, in their usual order.
const (
	StatusNone       Status = "" // not an application
	StatusSent       Status = "sent"
	StatusFollowedUp Status = "followed_up"
	StatusInterview  Status = "interview"
	StatusRejected   Status = "rejected"
	StatusNoAnswer   Status = "no_answer"
	StatusHired      Status = "hired"
	StatusAbandoned  Status = "abandoned"
)

// Statuses lists every application status in display order (without StatusNone).
func Statuses() []Status {
	return []Status{StatusSent, StatusFollowedUp, StatusInterview, StatusRejected,
		StatusNoAnswer, StatusHired, StatusAbandoned}
}

// Open reports whether an application in this status still awaits an outcome.
func (s Status) Open() bool {
	return s == StatusSent || s == StatusFollowedUp || s == StatusInterview
}

// Contact is the person met or written to for an act.
type Contact struct {
	Name  string `json:"name,omitempty"`
	Role  string `json:"role,omitempty"`
	Email string `json:"email,omitempty"`
	Phone string `json:"phone,omitempty"`
}

// StatusChange is one dated entry of an act's status history. History is
// appended to, never rewritten.
type StatusChange struct {
	ID        string    `json:"id"`
	Status    Status    `json:"status"`
	Date      time.Time `json:"-"`
	CreatedAt time.Time `json:"-"`
}

// Act is one job-search act (démarche).
type Act struct {
	ID            string
	Date          time.Time // calendar day, UTC midnight
	StartTime     string    // optional "HH:MM"
	Minutes       int       // duration
	Theme         string    // P01..P07
	Code          string    // act code within the theme
	Label         string    // free label
	Organisation  string
	Contact       Contact
	Channel       Channel
	OfferRef      string // offer reference or URL
	Notes         string
	Private       bool      // excluded or redacted from reports by default
	Status        Status    // current status; the last entry of History
	StatusSince   time.Time // when saving a new status: the day it changed (zero: today, or the act's date for a new act)
	History       []StatusChange
	NextAction    string
	NextActionOn  time.Time // zero when none
	CreatedAt     time.Time
	UpdatedAt     time.Time
	DeletedAt     time.Time // zero unless in the trash
	Attachments   []Attachment
	AttachmentIDs []string // filled by lists that do not load attachment bodies
}

// MaxActMinutes is the longest duration one act may have: 24 hours.
const MaxActMinutes = 24 * 60

// Type returns the catalogue entry of the act, and false when unknown.
func (a Act) Type() (ActType, bool) { return LookupActType(a.Theme, a.Code) }

// IsApplication reports whether the act carries an application status.
func (a Act) IsApplication() bool { return a.Status != StatusNone }

// Validate checks the act and returns a *ValidationError naming each field at
// fault, or nil.
func (a Act) Validate() error {
	p := problems{}
	if a.Date.IsZero() {
		p.add("date", ProblemRequired)
	}
	if _, err := ParseClock(a.StartTime); err != nil {
		p.add("start_time", ProblemInvalidTime)
	}
	if a.Minutes < 0 || a.Minutes > MaxActMinutes {
		p.add("minutes", ProblemDuration)
	}
	switch {
	case a.Theme == "" || a.Code == "":
		p.add("type", ProblemRequired)
	default:
		if _, ok := a.Type(); !ok {
			p.add("type", ProblemUnknownType)
		}
	}
	if a.Channel != "" && !slices.Contains(Channels(), a.Channel) {
		p.add("channel", ProblemUnknownValue)
	}
	if a.Status != StatusNone && !slices.Contains(Statuses(), a.Status) {
		p.add("status", ProblemUnknownValue)
	}
	if a.Contact.Email != "" && !strings.Contains(a.Contact.Email, "@") {
		p.add("contact_email", ProblemEmail)
	}
	if !a.StatusSince.IsZero() && !a.Date.IsZero() && a.StatusSince.Before(a.Date) {
		p.add("status_since", ProblemInvalidDate)
	}
	if a.NextAction != "" && a.NextActionOn.IsZero() {
		p.add("next_action_on", ProblemRequired)
	}
	p.checkText("id", a.ID, MaxIDLen)
	p.checkText("theme", a.Theme, MaxCodeLen)
	p.checkText("code", a.Code, MaxCodeLen)
	p.checkText("label", a.Label, MaxNameLen)
	p.checkText("organisation", a.Organisation, MaxNameLen)
	p.checkText("contact_name", a.Contact.Name, MaxNameLen)
	p.checkText("contact_role", a.Contact.Role, MaxNameLen)
	p.checkText("contact_email", a.Contact.Email, MaxContactEmail)
	p.checkText("contact_phone", a.Contact.Phone, MaxPhoneLen)
	p.checkText("offer_ref", a.OfferRef, MaxLineLen)
	p.checkText("next_action", a.NextAction, MaxLineLen)
	p.checkText("notes", a.Notes, maxTextLen)
	for _, h := range a.History {
		p.checkText("history.id", h.ID, MaxIDLen)
	}
	p.checkAttachments("attachments", a.Attachments)
	return p.err()
}

// Title returns a short line naming the act: its label, or its catalogue label.
func (a Act) Title() string {
	if a.Label != "" {
		return a.Label
	}
	if t, ok := a.Type(); ok {
		return t.Label
	}
	return a.Code
}

// SameOrganisation reports whether two organisation names designate the same
// organisation, ignoring case, accents, punctuation and extra spaces.
func SameOrganisation(a, b string) bool {
	na, nb := FoldText(a), FoldText(b)
	return na != "" && na == nb
}
