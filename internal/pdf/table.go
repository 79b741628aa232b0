package pdf

import (
	"strings"

	"github.com/go-pdf/fpdf"
)

// table draws rows of wrapped cells with a header repeated on each page.
type table struct {
	pdf     *fpdf.Fpdf
	widths  []float64
	header  []string
	line    float64 // line height
	size    float64 // font size
	shading bool
}

func (t *table) drawHeader() {
	t.pdf.SetFont("sans", "B", t.size)
	t.pdf.SetFillColor(225, 230, 240)
	x := t.pdf.GetX()
	for i, h := range t.header {
		t.pdf.CellFormat(t.widths[i], t.line+1.5, h, "1", 0, "L", true, 0, "")
	}
	t.pdf.Ln(-1)
	t.pdf.SetX(x)
	t.pdf.SetFont("sans", "", t.size)
}

// row draws one row, starting a new page (with the header) when it does
// not fit. Each cell may hold several lines separated by "\n".
func (t *table) row(cells []string) {
	pdf := t.pdf
	lines := make([][]string, len(cells))
	n := 1
	for i, c := range cells {
		for _, para := range strings.Split(c, "\n") {
			lines[i] = append(lines[i], pdf.SplitText(para, t.widths[i]-2)...)
		}
		if len(lines[i]) > n {
			n = len(lines[i])
		}
	}
	h := float64(n)*t.line + 1.5
	_, pageH := pdf.GetPageSize()
	_, _, _, bottom := pdf.GetMargins()
	if pdf.GetY()+h > pageH-bottom {
		pdf.AddPage()
		t.drawHeader()
	}
	x, y := pdf.GetX(), pdf.GetY()
	if t.shading {
		pdf.SetFillColor(246, 247, 250)
		pdf.Rect(x, y, sum(t.widths), h, "F")
	}
	t.shading = !t.shading
	cx := x
	for i := range cells {
		pdf.Rect(cx, y, t.widths[i], h, "D")
		for j, l := range lines[i] {
			pdf.SetXY(cx+1, y+0.75+float64(j)*t.line)
			pdf.CellFormat(t.widths[i]-2, t.line, l, "", 0, "L", false, 0, "")
		}
		cx += t.widths[i]
	}
	pdf.SetXY(x, y+h)
}

func sum(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s
}
