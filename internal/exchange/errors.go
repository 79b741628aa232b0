package exchange

import "fmt"

// Problem codes of an InputError; the command line translates them.
const (
	ProblemSyntax    = "syntax"    // not valid JSON / CSV
	ProblemTruncated = "truncated" // the file ends too early
	ProblemFormat    = "format"    // not a Carnet file, or an unknown version
	ProblemField     = "field"     // a field's value is invalid
	ProblemChecksum  = "checksum"  // an attachment does not match its SHA-256
	ProblemHeader    = "header"    // CSV header does not match
	ProblemDuplicate = "duplicate" // the same ID twice in the file
)

// InputError says where and why an input file was refused.
type InputError struct {
	Line    int    // 1-based line in the file, 0 when unknown
	Field   string // the field at fault, when any
	Problem string // one of the Problem codes
	Value   string // the offending value, when useful
}

// Error returns the problem in English, for logs and tests.
func (e *InputError) Error() string {
	msg := fmt.Sprintf("line %d: %s", e.Line, e.Problem)
	if e.Field != "" {
		msg += " in field " + e.Field
	}
	if e.Value != "" {
		msg += fmt.Sprintf(" (%q)", e.Value)
	}
	return msg
}
