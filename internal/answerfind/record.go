package answerfind

import (
	"time"
	"unicode/utf8"

	"github.com/carnet-app/carnet/internal/journal"
)

// AnswerFile is one file of France Travail's answer to a request, kept
// as received, like a proof: name, type, size, SHA-256 and bytes.
type AnswerFile struct {
	journal.Attachment
	RequestID string
}

// Validate returns a *journal.ValidationError naming the fields at fault:
// no request, no name, or bytes that do not match the size and SHA-256
// (when loaded) or are over journal.MaxAttachmentSize.
func (f AnswerFile) Validate() error {
	p := map[string]string{}
	if f.RequestID == "" {
		p["request_id"] = journal.ProblemRequired
	}
	if f.Name == "" {
		p["name"] = journal.ProblemRequired
	}
	if f.Size > journal.MaxAttachmentSize {
		p["size"] = journal.ProblemTooLarge
	}
	if f.Data != nil && !f.Verify() {
		p["sha256"] = journal.ProblemUnknownValue
	}
	return validation(p)
}

// ConfirmedFact is a fact the user confirmed (or edited, then confirmed)
// from an answer to a request. Confirmed facts are never changed: a new
// confirmation adds a row, and the rows of one name are its history.
type ConfirmedFact struct {
	ID        string
	RequestID string
	Fact
	ConfirmedAt time.Time
}

// MaxFactText bounds a fact's name and value, in characters.
const MaxFactText = 200

// Validate returns a *journal.ValidationError naming the fields at fault:
// a missing request, name or value, an overlong or non-text name or value,
// a negative page.
func (c ConfirmedFact) Validate() error {
	p := map[string]string{}
	if c.RequestID == "" {
		p["request_id"] = journal.ProblemRequired
	}
	for field, v := range map[string]string{"name": c.Name, "value": c.Value} {
		switch {
		case v == "":
			p[field] = journal.ProblemRequired
		case utf8.RuneCountInString(v) > MaxFactText:
			p[field] = journal.ProblemTooLong
		case !journal.ValidText(v):
			p[field] = journal.ProblemText
		}
	}
	if c.Page < 0 {
		p["page"] = journal.ProblemUnknownValue
	}
	if c.ConfirmedAt.IsZero() {
		p["confirmed_at"] = journal.ProblemRequired
	}
	return validation(p)
}

func validation(p map[string]string) error {
	if len(p) == 0 {
		return nil
	}
	return &journal.ValidationError{Fields: p}
}
