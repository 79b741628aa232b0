package journal

import (
	"errors"
	"strings"
	"time"
)

// ValidateEntry checks an act as the user enters it on day today, on top
// of Validate: an application names its organisation, and an act with a
// status (done) is not dated after today; an act planned for later has no
// status yet. Records already kept, and imports, are held to Validate
// only, so that no earlier record becomes unreadable.
func (a Act) ValidateEntry(today time.Time) error {
	p := problems{}
	var v *ValidationError
	if err := a.Validate(); errors.As(err, &v) {
		for field, code := range v.Fields {
			p.add(field, code)
		}
	}
	if a.Status != StatusNone && strings.TrimSpace(a.Organisation) == "" {
		p.add("organisation", ProblemRequired)
	}
	if a.Status != StatusNone && !a.Date.IsZero() && Day(a.Date).After(Day(today)) {
		p.add("date", ProblemDoneInFuture)
	}
	return p.err()
}
