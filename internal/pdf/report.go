package pdf

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/go-pdf/fpdf"

	"github.com/carnet-app/carnet/internal/doc"
)

// Page geometry of reports, in millimetres.
const (
	reportMargin       = 15.0 // left and right
	reportTop          = 15.0
	reportTopCompact   = 13.0
	reportBottom       = 18.0 // where the text stops; the footer sits below
	reportFooterY      = -13.0
	reportFooterSize   = 8.0
	reportSectionGap   = 1.5 // above a level-2 title
	reportSectionBand  = 6.0 // height of its shaded band
	reportTitleGap     = 1.0 // below a level-1 title
	reportBulletIndent = 3.0 // from the left margin to the bullet
	reportBulletWidth  = 3.5 // of the bullet's cell
)

// reportStyle is the type of a report: normal, or compact for a one-page
// brief.
type reportStyle struct {
	top                 float64 // top margin
	title, titleLine    float64 // level-1 titles: size in points, line height
	body, bodyLine      float64
	small, smallLine    float64
	figures, figureLine float64
}

var (
	normalStyle  = reportStyle{top: reportTop, title: 13, titleLine: 8, body: 9.5, bodyLine: 5, small: 7.5, smallLine: 3.8, figures: 10, figureLine: 6}
	compactStyle = reportStyle{top: reportTopCompact, title: 14, titleLine: 7, body: 9, bodyLine: 4.5, small: 7.5, smallLine: 3.8, figures: 9, figureLine: 4.5}
)

// Report renders a report as an A4 PDF: its elements in order, new pages
// where they are asked for or where the text runs over, the header row of
// a table repeated on every page it runs onto, and the footer at the foot
// of every page with its page number and count. It returns fpdf's error,
// if any.
func Report(r doc.Report) ([]byte, error) {
	st := normalStyle
	if r.Compact {
		st = compactStyle
	}
	pdf := newPDF(r.Title, sans)
	pdf.SetCreationDate(r.Created)
	pdf.SetModificationDate(r.Created)
	pdf.SetMargins(reportMargin, st.top, reportMargin)
	pdf.SetAutoPageBreak(true, reportBottom)
	pdf.AliasNbPages("{nb}")
	if r.Footer != "" {
		pdf.SetFooterFunc(func() { footer(pdf, r.Footer) })
	}
	pdf.AddPage()
	w := &reportWriter{pdf: pdf, style: st, fresh: true}
	for i, e := range r.Elements {
		if t, ok := e.(doc.Title); ok {
			w.keep(w.titleHeight(t) + w.lead(r.Elements[i+1:]))
		}
		w.element(e)
	}
	if err := pdf.Error(); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// footer writes the footer text, centred in grey, with the page number
// and count in place of their placeholders.
func footer(pdf *fpdf.Fpdf, text string) {
	text = strings.NewReplacer(doc.PageNumber, strconv.Itoa(pdf.PageNo()), doc.PageCount, "{nb}").Replace(text)
	pdf.SetY(reportFooterY)
	pdf.SetFont(sans, "", reportFooterSize)
	pdf.SetTextColor(90, 90, 90)
	pdf.CellFormat(0, 5, text, "", 0, "C", false, 0, "")
	pdf.SetTextColor(0, 0, 0)
}

// reportWriter writes a report's elements one after the other.
type reportWriter struct {
	pdf   *fpdf.Fpdf
	style reportStyle
	fresh bool // nothing written on the current page yet
}

// element writes one element.
func (w *reportWriter) element(e doc.Element) {
	switch e := e.(type) {
	case doc.PageBreak:
		if !w.fresh {
			w.pdf.AddPage()
			w.fresh = true
		}
		return
	case doc.Cover:
		w.cover(e)
	case doc.Title:
		w.title(e)
	case doc.Para:
		w.para(e)
	case doc.List:
		w.list(e)
	case doc.Table:
		w.table(e)
	case doc.BarChart:
		w.chart(e)
	case doc.KeyFigures:
		w.figures(e)
	case doc.WritingLines:
		w.writingLines()
	}
	w.fresh = false
}

// width returns the width of the text, between the margins.
func (w *reportWriter) width() float64 {
	pageW, _ := w.pdf.GetPageSize()
	return pageW - 2*reportMargin
}
