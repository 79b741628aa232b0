package journal

import (
	"sort"
	"strings"
)

// Problem codes name what is wrong with a field. The UI maps each code to a
// translated sentence ("error.<code>" in the i18n catalogue).
const (
	ProblemRequired     = "required"      // the field must be filled
	ProblemInvalidDate  = "invalid_date"  // not a real date
	ProblemInvalidTime  = "invalid_time"  // not HH:MM
	ProblemDuration     = "duration"      // negative or over 24 hours
	ProblemUnknownType  = "unknown_type"  // theme/code not in the catalogue
	ProblemUnknownValue = "unknown_value" // not one of the allowed values
	ProblemTarget       = "target_hours"  // weekly target outside 0..35 hours
	ProblemTooLarge     = "too_large"     // attachment over the size limit
	ProblemTooLong      = "too_long"      // text longer than allowed
	ProblemDepartement  = "departement"   // not a French département code
	ProblemEmail        = "email"         // not an e-mail address
	// ProblemBirthDate: a date of birth before 1900 or after 2100.
	ProblemBirthDate = "birth_date"
	// ProblemBirthDateFuture: a date of birth after today (checked by callers that know today).
	ProblemBirthDateFuture = "birth_date_future"
	// ProblemBeforeSending: a date of a request's life (receipt, answer,
	// refusal, extension) before the day it was sent.
	ProblemBeforeSending = "before_sending"
	// ProblemYearRange: a well-written date whose year is before 1900 or after 2200.
	ProblemYearRange = "year_range"
	// ProblemDoneInFuture: an act with a status (done) dated after today.
	ProblemDoneInFuture = "done_in_future"
)

// ValidationError lists, per field name, the problem code found. It is
// returned by every Validate method; nil means valid.
type ValidationError struct {
	Fields map[string]string
}

// Error returns the problems as "field: code" pairs in field order.
func (e *ValidationError) Error() string {
	keys := make([]string, 0, len(e.Fields))
	for k := range e.Fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + ": " + e.Fields[k]
	}
	return "invalid " + strings.Join(parts, ", ")
}

// problems collects field problems and returns nil when there are none.
type problems map[string]string

func (p problems) add(field, code string) {
	if _, ok := p[field]; !ok {
		p[field] = code
	}
}

func (p problems) err() error {
	if len(p) == 0 {
		return nil
	}
	return &ValidationError{Fields: p}
}

// ErrNotFound is returned when a record with the given ID does not exist.
var ErrNotFound = errorString("record not found")

type errorString string

func (e errorString) Error() string { return string(e) }
