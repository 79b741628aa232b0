package pdf

import (
	"strings"

	"github.com/go-pdf/fpdf"

	"github.com/carnet-app/carnet/internal/doc"
)

// Type of tables: size in points, line height and gap below, in mm.
const (
	tableSize, tableLine, tableGap                = 9.5, 5.0, 5.0
	denseTableSize, denseTableLine, denseTableGap = 7.5, 3.8, 3.0
)

// table writes a table: its header, its rows (shaded every other one),
// then a gap.
func (w *reportWriter) table(tb doc.Table) {
	t := &table{pdf: w.pdf, header: tb.Header, line: tableLine, size: tableSize}
	gap := tableGap
	if tb.Dense {
		t.line, t.size, gap = denseTableLine, denseTableSize, denseTableGap
	}
	t.widths = columnWidths(tb, w.width())
	w.keep(2 * (t.line + 1.5)) // the header and a line of the first row
	t.drawHeader()
	for _, r := range tb.Rows {
		t.row(r)
	}
	w.pdf.Ln(gap)
}

// columnWidths returns the width of each column in millimetres: the
// table's fractions of width, or equal shares when they do not give one per
// column (the header's or the longest row's).
func columnWidths(tb doc.Table, width float64) []float64 {
	n := len(tb.Header)
	for _, r := range tb.Rows {
		n = max(n, len(r))
	}
	out := make([]float64, n)
	for i := range out {
		if len(tb.Widths) == n {
			out[i] = tb.Widths[i] * width
		} else {
			out[i] = width / float64(n)
		}
	}
	return out
}

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
	t.pdf.SetFont(sans, "B", t.size)
	t.pdf.SetFillColor(225, 230, 240)
	x := t.pdf.GetX()
	for i, h := range t.header {
		t.pdf.CellFormat(t.widths[i], t.line+1.5, h, "1", 0, "L", true, 0, "")
	}
	t.pdf.Ln(-1)
	t.pdf.SetX(x)
	t.pdf.SetFont(sans, "", t.size)
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
