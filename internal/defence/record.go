package defence

import "time"

// Words are what the user wrote for a notice's letters, kept with the
// notice so that a letter is built again from the same words: the answers
// to the failure, the user's own reasons, whether they wish to be heard,
// and, for a contest, what they contest and why.
type Words struct {
	Answers    []Answer
	Reasons    []Reason
	AskHearing bool
	Contest    string
	Grounds    string
}

// SentLetter is a defence letter as sent for a notice: its PDF and text
// are stored once and never regenerated; only the day France Travail
// received it may be added later.
type SentLetter struct {
	ID         string
	NoticeID   string
	Letter     LetterKind
	SentOn     time.Time
	ReceivedOn time.Time // zero until known
	PDF        []byte
	Text       string
	CreatedAt  time.Time
}

// Record is a notice as the record keeps it: the notice, the user's words
// for its letters, the letters already sent (oldest first), when it was
// created and last changed, and when it was trashed.
type Record struct {
	Notice    Notice
	Words     Words
	Sent      []SentLetter
	CreatedAt time.Time
	UpdatedAt time.Time
	DeletedAt time.Time // zero unless the notice is in the trash
}

// SentKinds returns the kinds of the letters already sent, for Next.
func (r Record) SentKinds() []LetterKind {
	out := make([]LetterKind, 0, len(r.Sent))
	for _, s := range r.Sent {
		out = append(out, s.Letter)
	}
	return out
}

// Steps returns the timeline of the letters already sent (SentSteps of
// each), for the mediator's letter.
func (r Record) Steps() []Step {
	var out []Step
	for _, s := range r.Sent {
		out = append(out, SentSteps(s.Letter, s.SentOn, s.ReceivedOn)...)
	}
	return out
}
