package rights

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

const nbsp = "\u00a0"

// FrenchTypography returns text typed by the user with French typography:
// straight double quotes become « » with no-break spaces inside, straight
// apostrophes become ’, « ... » becomes « … », and the space before ; : ! ?
// becomes a no-break space (one is added when missing). A colon or mark
// followed by a non-space (« 10:30 », « https:// ») is left alone.
func FrenchTypography(s string) string {
	s = strings.ReplaceAll(s, "...", "…")
	var b strings.Builder
	runes := []rune(s)
	open := true
	for i, r := range runes {
		prev, next := runeAt(runes, i-1), runeAt(runes, i+1)
		switch {
		case r == '\'':
			b.WriteRune('’')
		case r == '"' && open:
			b.WriteString("«" + nbsp)
			open = false
			if unicode.IsSpace(next) {
				runes[i+1] = 0 // drop the space typed after the quote
			}
		case r == '"':
			trimTrailingSpace(&b)
			b.WriteString(nbsp + "»")
			open = true
		case r == '«':
			b.WriteString("«" + nbsp)
			if unicode.IsSpace(next) {
				runes[i+1] = 0
			}
		case r == '»':
			trimTrailingSpace(&b)
			b.WriteString(nbsp + "»")
		case strings.ContainsRune(";:!?", r) && (next == 0 || unicode.IsSpace(next) || strings.ContainsRune("»\")!?", next)):
			trimTrailingSpace(&b)
			if prev != 0 && !strings.ContainsRune("!?", prev) {
				b.WriteString(nbsp)
			}
			b.WriteRune(r)
		case r == 0:
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func runeAt(runes []rune, i int) rune {
	if i < 0 || i >= len(runes) {
		return 0
	}
	return runes[i]
}

// trimTrailingSpace removes the ordinary or no-break spaces at the end of b.
func trimTrailingSpace(b *strings.Builder) {
	s := strings.TrimRight(b.String(), " \u00a0\u202f\t")
	b.Reset()
	b.WriteString(s)
}

// Sentence returns user text ready to stand as a sentence of a letter:
// French typography, a capital first letter and a final full stop.
func Sentence(s string) string {
	s = FrenchTypography(strings.TrimSpace(s))
	if s == "" {
		return ""
	}
	r, size := utf8.DecodeRuneInString(s)
	s = string(unicode.ToUpper(r)) + s[size:]
	if last, _ := utf8.DecodeLastRuneInString(s); !strings.ContainsRune(".!?…»)", last) {
		s += "."
	}
	return s
}

// Quoted returns user text as a French quotation: « text », with the
// user's typography corrected.
func Quoted(s string) string {
	return "«" + nbsp + FrenchTypography(strings.TrimSpace(s)) + nbsp + "»"
}
