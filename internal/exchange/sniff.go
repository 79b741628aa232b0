package exchange

import "bytes"

// Kind is the form of an import file.
type Kind int

// The forms Sniff recognises.
const (
	KindCSV Kind = iota
	KindJSON
)

// Sniff tells, from the first bytes of a file (64 are enough), whether it
// is a Carnet JSON file or CSV. A UTF-8 byte-order mark is skipped. It
// returns an *InputError with ProblemEncoding, naming the encoding, for a
// UTF-16 or UTF-32 file (with or without a byte-order mark), which Carnet
// does not read.
func Sniff(head []byte) (Kind, error) {
	if enc := wideEncoding(head); enc != "" {
		return KindCSV, &InputError{Line: 1, Problem: ProblemEncoding, Value: enc}
	}
	rest := bytes.TrimLeft(bytes.TrimPrefix(head, []byte(utf8BOM)), " \t\r\n")
	if len(rest) > 0 && rest[0] == '{' {
		return KindJSON, nil
	}
	return KindCSV, nil
}

// wideEncoding names the encoding of text written with 2 or 4 bytes per
// character, or returns "".
func wideEncoding(head []byte) string {
	switch {
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE, 0, 0}):
		return "UTF-32LE"
	case bytes.HasPrefix(head, []byte{0, 0, 0xFE, 0xFF}):
		return "UTF-32BE"
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		return "UTF-16LE"
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return "UTF-16BE"
	}
	// Without a mark: ASCII text in UTF-16 has a NUL in every other byte.
	if len(head) >= 4 {
		even, odd := 0, 0
		for i, c := range head[:len(head)&^1] {
			if c == 0 && i%2 == 0 {
				even++
			} else if c == 0 {
				odd++
			}
		}
		half := len(head) / 4
		switch {
		case odd > half && even == 0:
			return "UTF-16LE"
		case even > half && odd == 0:
			return "UTF-16BE"
		}
	}
	return ""
}
