package exchange

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxShownRunes is how many characters of an offending value a message shows.
const MaxShownRunes = 80

// ShowValue returns s as it can safely appear in a message: control
// characters (ESC, NUL, line breaks…) and bytes that are not UTF-8 are
// written as escapes such as \x1b or \n, and beyond MaxShownRunes
// characters the text is cut and ends with « … ».
func ShowValue(s string) string {
	var b strings.Builder
	n := 0
	for i := 0; i < len(s); {
		if n == MaxShownRunes {
			b.WriteString("…")
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || unicode.Is(unicode.Bidi_Control, r):
			if r < 0x100 {
				fmt.Fprintf(&b, `\x%02x`, r)
			} else {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
		default:
			b.WriteRune(r)
		}
		i += size
		n++
	}
	return b.String()
}
