package pdf

import (
	"math"
	"strings"

	"github.com/go-pdf/fpdf"
)

// lineCount returns how many lines pdf.MultiCell(w, …, text, …) writes in
// the current font, without writing anything. It follows MultiCell's
// algorithm for UTF-8 fonts: trailing newlines dropped, a line break at
// each "\n", automatic breaks after the last plain space (or CJK
// ideograph) that fits, or inside a word longer than the line; widths are
// the font's glyph widths, so the count is exact, not an estimate.
func lineCount(pdf *fpdf.Fpdf, w float64, text string) int {
	_, size := pdf.GetFontSize()
	wmax := int(math.Ceil((w - 2*pdf.GetCellMargin()) * 1000 / size))
	s := []rune(strings.ReplaceAll(text, "\r", ""))
	nb := len(s)
	for nb > 0 && s[nb-1] == '\n' {
		nb--
	}
	sep, i, j, l, nl := -1, 0, 0, 0, 1
	for i < nb {
		c := s[i]
		if c == '\n' {
			i++
			sep, j, l = -1, i, 0
			nl++
			continue
		}
		if c == ' ' || (c >= 0x4e00 && c <= 0x9fa5) {
			sep = i
		}
		if c < 0x10000 { // beyond, MultiCell stops with an error
			l += pdf.GetStringSymbolWidth(string(c))
		}
		if l <= wmax {
			i++
			continue
		}
		if sep == -1 {
			if i == j {
				i++
			}
		} else {
			i = sep + 1
		}
		sep, j, l = -1, i, 0
		nl++
	}
	return nl
}
