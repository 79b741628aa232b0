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
func (w Words) Validate() error {
	p := map[string]string{}
	add := func(field, code string) {
		if _, ok := p[field]; !ok {
			p[field] = code
		}
	}
	text := func(field, v string) {
		switch {
		case !journal.ValidText(v):
			add(field, journal.ProblemText)
		case len(v) > maxText:
			add(field, journal.ProblemTooLong)
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
	if len(p) == 0 {
		return nil
	}
	return &journal.ValidationError{Fields: p}
}

// Validate checks the notice and the words of a record together.
func (r Record) Validate() error {
	fields := map[string]string{}
	for _, err := range []error{r.Notice.Validate(), r.Words.Validate()} {
		if ve, ok := err.(*journal.ValidationError); ok {
			for f, code := range ve.Fields {
				if _, seen := fields[f]; !seen {
					fields[f] = code
				}
			}
		} else if err != nil {
			return err
		}
	}
	if len(fields) == 0 {
		return nil
	}
	return &journal.ValidationError{Fields: fields}
}
