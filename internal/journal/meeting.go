package journal

import (
	"slices"
	"strings"
	"time"
)

// MeetingMode is how an adviser meeting takes place.
type MeetingMode string

// The meeting modes.
const (
	MeetingAgency MeetingMode = "agency"
	MeetingPhone  MeetingMode = "phone"
	MeetingVideo  MeetingMode = "video"
)

// MeetingModes lists the modes in display order.
func MeetingModes() []MeetingMode { return []MeetingMode{MeetingAgency, MeetingPhone, MeetingVideo} }

// AgreedAction is something agreed at a meeting; with a date it becomes a
// planned act in the journal (ActID then names it).
type AgreedAction struct {
	Text  string    `json:"text"`
	Date  time.Time `json:"date"`
	ActID string    `json:"act_id,omitempty"`
}

// Meeting is an appointment with the France Travail adviser.
type Meeting struct {
	ID        string
	Date      time.Time
	StartTime string
	Mode      MeetingMode
	Adviser   string
	Place     string
	Questions []string // the user's own questions for the brief
	Documents []string // documents to bring
	Notes     string   // after the meeting
	Agreed    []AgreedAction
	NextDate  time.Time
	CreatedAt time.Time
	UpdatedAt time.Time
	DeletedAt time.Time
}

// SuggestedQuestions are questions worth asking the adviser, offered in the UI.
var SuggestedQuestions = []string{
	"Quelle est ma modalité d’accompagnement et dans quelle catégorie mon dossier est-il classé ?",
	"Des outils automatisés (scores, indicateurs) ont-ils été utilisés pour évaluer ma situation ?",
	"Qu’est-il inscrit dans mon contrat d’engagement et mon plan d’action ?",
	"Mon objectif d’heures hebdomadaires est-il adapté à ma situation ?",
}

// SuggestedDocuments are documents worth bringing, offered in the UI.
var SuggestedDocuments = []string{
	"CV à jour", "Justificatifs des candidatures récentes", "Convocation", "Pièce d’identité",
}

// Validate checks a meeting and returns a *ValidationError or nil.
func (m Meeting) Validate() error {
	p := problems{}
	if m.Date.IsZero() {
		p.add("date", ProblemRequired)
	}
	if _, err := ParseClock(m.StartTime); err != nil {
		p.add("start_time", ProblemInvalidTime)
	}
	if m.Mode != "" && !slices.Contains(MeetingModes(), m.Mode) {
		p.add("mode", ProblemUnknownValue)
	}
	if !m.NextDate.IsZero() && !m.Date.IsZero() && !m.NextDate.After(m.Date) {
		p.add("next_date", ProblemInvalidDate)
	}
	for _, a := range m.Agreed {
		if strings.TrimSpace(a.Text) == "" {
			p.add("agreed", ProblemRequired)
		}
	}
	p.checkText("id", m.ID, MaxIDLen)
	p.checkText("adviser", m.Adviser, MaxNameLen)
	p.checkText("place", m.Place, MaxNameLen)
	p.checkText("notes", m.Notes, maxTextLen)
	if len(m.Questions) > MaxListLen || len(m.Documents) > MaxListLen || len(m.Agreed) > MaxListLen {
		p.add("list", ProblemTooLong)
	}
	for _, q := range m.Questions {
		p.checkText("questions", q, MaxLineLen)
	}
	for _, d := range m.Documents {
		p.checkText("documents", d, MaxLineLen)
	}
	for _, a := range m.Agreed {
		p.checkText("agreed", a.Text, MaxLineLen)
		p.checkText("agreed.act_id", a.ActID, MaxIDLen)
	}
	return p.err()
}
