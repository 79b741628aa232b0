package journal

import (
	"strings"
	"unicode/utf8"
)

// Caps on stored text, in bytes. A value over its cap is refused with
// ProblemTooLong, so a pasted or imported file cannot bloat the record.
const (
	MaxIDLen        = 64    // identifiers of records, history entries, proofs
	MaxCodeLen      = 16    // theme and act codes
	MaxNameLen      = 1000  // names, organisations, roles, places, labels
	MaxPhoneLen     = 100   // phone numbers
	MaxContactEmail = 320   // an act contact's e-mail (RFC 3696 upper bound)
	MaxLineLen      = 2000  // one-line texts: offer references, next actions, questions
	MaxFileNameLen  = 255   // proof file names
	MaxMimeTypeLen  = 255   // proof media types
	MaxListLen      = 100   // items of a list (questions, documents, agreed actions)
	maxTextLen      = 20000 // notes and other free text
)

// ProblemText is the problem code of text that is not valid UTF-8 or
// holds a NUL character.
const ProblemText = "invalid_text"

// TextProblem returns ProblemText when v is not valid UTF-8 or holds a
// NUL byte, ProblemTooLong when it is longer than max bytes, or "".
func TextProblem(v string, max int) string {
	switch {
	case !ValidText(v):
		return ProblemText
	case len(v) > max:
		return ProblemTooLong
	}
	return ""
}

// checkText adds the TextProblem of v, if any, under field.
func (p problems) checkText(field, v string, max int) {
	if code := TextProblem(v, max); code != "" {
		p.add(field, code)
	}
}

// ValidText reports whether s can be stored as it is: valid UTF-8 without
// a NUL character. Carnet refuses other text instead of changing it, so an
// export read back gives the same bytes.
func ValidText(s string) bool {
	return utf8.ValidString(s) && !strings.ContainsRune(s, 0)
}

// checkAttachments applies the caps of proof files to list, under field.
func (p problems) checkAttachments(field string, list []Attachment) {
	for _, a := range list {
		p.checkText(field+".id", a.ID, MaxIDLen)
		p.checkText(field+".name", a.Name, MaxFileNameLen)
		p.checkText(field+".mime_type", a.MimeType, MaxMimeTypeLen)
		p.checkText(field+".sha256", a.SHA256, 64)
	}
}
