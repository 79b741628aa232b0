package exchange

import (
	"fmt"
	"sort"
)

// Problem codes of an InputError; the command line translates them.
const (
	ProblemSyntax    = "syntax"    // not valid JSON / CSV
	ProblemTruncated = "truncated" // the file ends too early
	ProblemFormat    = "format"    // not a Carnet file, or an unknown version
	ProblemField     = "field"     // a field's value is invalid
	ProblemChecksum  = "checksum"  // an attachment does not match its SHA-256
	ProblemHeader    = "header"    // CSV header does not match
	ProblemDuplicate = "duplicate" // the same ID twice in the file
	ProblemEncoding  = "encoding"  // UTF-16 or UTF-32 text; Value names the encoding
)

// Reasons of a ProblemField that are not journal problem codes.
const (
	ReasonStatusHistory = "status_history" // the status is not the last entry of the history
	ReasonMissing       = "missing"        // a required identifier is empty
	ReasonType          = "type"           // a number, text or list is not where expected
	ReasonUnknownField  = "unknown_field"  // a field Carnet does not know
)

// InputError says where and why an input file was refused.
type InputError struct {
	Line    int    // 1-based line in the file, 0 when unknown
	Field   string // the field at fault, when any
	Problem string // one of the Problem codes
	Value   string // the offending value, escaped and cut by ShowValue
	Reason  string // for ProblemField: a journal problem code or a Reason constant
}

// Error returns the problem in English, for logs and tests.
func (e *InputError) Error() string {
	msg := fmt.Sprintf("line %d: %s", e.Line, e.Problem)
	if e.Reason != "" {
		msg += " (" + e.Reason + ")"
	}
	if e.Field != "" {
		msg += " in field " + e.Field
	}
	if e.Value != "" {
		msg += fmt.Sprintf(" « %s »", e.Value)
	}
	return msg
}

// inputError builds an *InputError whose field and value are made safe to show.
func inputError(line int, field, problem, value, reason string) *InputError {
	return &InputError{Line: line, Field: ShowValue(field), Problem: problem, Value: ShowValue(value), Reason: reason}
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
