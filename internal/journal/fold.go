package journal

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// FoldText lowers the case of s, strips its accents, turns punctuation into
// spaces and collapses runs of spaces, so "Société  Générale" and
// "societe generale" compare equal.
func FoldText(s string) string {
	// A byte that is not UTF-8 separates words, as the answer finder's
	// tokens have it; left in, it made the whole text fail to fold.
	s = strings.ToValidUTF8(s, " ")
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	folded, _, err := transform.String(t, s)
	if err != nil {
		folded = s
	}
	folded = strings.ToLower(folded)
	folded = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return ' '
	}, folded)
	return strings.Join(strings.Fields(folded), " ")
}
