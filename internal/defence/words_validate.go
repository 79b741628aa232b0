package defence

import (
	"slices"

	"github.com/carnet-app/carnet/internal/journal"
)

// Validate checks the user's words and returns a *journal.ValidationError
// naming each field at fault, or nil: at most journal.MaxListLen answers
// and reasons, each text within the caps of a notice's free text and
// valid UTF-8 without NUL, and a reason kind the letters know (or none).
// A kind the list does not know would be lost when the notice is next
// saved from the window, so it is refused where it comes in.
func (w Words) Validate() error { return collect(w.validate) }

// validate reports each problem of the words to add.
func (w Words) validate(add func(field, code string)) {
	text := func(field, v string) {
		if code := journal.TextProblem(v, maxText); code != "" {
			add(field, code)
		}
	}
	if len(w.Answers) > journal.MaxListLen {
		add("answers", journal.ProblemTooLong)
	}
	for _, a := range w.Answers {
		text("answers", a.Point)
		text("answers", a.Response)
	}
	if len(w.Reasons) > journal.MaxListLen {
		add("reasons", journal.ProblemTooLong)
	}
	for _, r := range w.Reasons {
		if r.Kind != "" && !slices.Contains(ReasonKinds(), r.Kind) {
			add("reasons", journal.ProblemUnknownValue)
		}
		text("reasons", r.Text)
	}
	text("contest", w.Contest)
	text("grounds", w.Grounds)
}

// Validate checks the notice and the words of a record together.
func (r Record) Validate() error {
	return collect(func(add func(field, code string)) {
		r.Notice.validate(add)
		r.Words.validate(add)
	})
}
