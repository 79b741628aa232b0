package pdf

import (
	"math"
	"strings"
	"testing"

	"github.com/go-pdf/fpdf"
)

// multiCellLines writes text with MultiCell on pdf, from the top of a page
// without page breaks, and returns how many lines it took: the oracle of
// lineCount.
func multiCellLines(pdf *fpdf.Fpdf, w, lineH float64, text string) int {
	pdf.SetXY(20, 10)
	pdf.MultiCell(w, lineH, text, "", "J", false)
	return int(math.Round((pdf.GetY() - 10) / lineH))
}

func TestLineCountMatchesMultiCell(t *testing.T) {
	texts := []string{
		"",
		"Madame, Monsieur,",
		"\n\n",
		"deux\nlignes\n\n",
		"Objet\u00a0: une espace insécable\u00a0: ne coupe pas\u00a0; les autres\u00a0coupent " + strings.Repeat("mot\u00a0", 40),
		strings.Repeat("x", 400),
		"court " + strings.Repeat("W", 150) + " fin",
		"fin de ligne exactement sur une espace " + strings.Repeat("a ", 60),
		"tab\tet\tretour\r\nchariot « guillemets » — tiret … points 12 % 1er",
		"日本語の文章は空白なしで折り返されます日本語の文章は空白なしで折り返されます日本語の文章は空白なしで折り返されます",
		filler(7, 120),
		"Premier envoi le 1er septembre 2026 : " + filler(2001, 18) + "\n" + filler(2002, 30),
	}
	for _, family := range []string{serif, sans} {
		pdf := newPDF("mesure", family)
		pdf.SetAutoPageBreak(false, 0)
		pdf.AddPage()
		for _, style := range []string{"", "B"} {
			for _, size := range []float64{7.5, 10.5, 13} {
				for _, w := range []float64{15, 42.5, 120, 166} {
					for _, text := range texts {
						pdf.SetFont(family, style, size)
						got := lineCount(pdf, w, text)
						if want := multiCellLines(pdf, w, 5, text); got != want {
							t.Errorf("%s %q %.1f pt, width %.1f: %d lines, MultiCell writes %d, text %.40q", family, style, size, w, got, want, text)
						}
					}
				}
			}
		}
		if err := pdf.Error(); err != nil {
			t.Fatal(err)
		}
	}
}
