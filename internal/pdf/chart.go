package pdf

import "github.com/carnet-app/carnet/internal/doc"

// Bar chart geometry, in millimetres.
const (
	chartHeight = 55.0             // from the axis to the tallest bar
	chartAbove  = 4.0              // room for the text above the tallest bar
	chartNeed   = chartHeight + 24 // the chart, its labels and caption
	chartBar    = 0.7              // share of its slot a bar fills
)

// chart draws one bar per value with its text above and its label under
// the axis, the target as a red line, and the caption; bars under the
// target are lighter. It starts a new page when the chart does not fit.
func (w *reportWriter) chart(c doc.BarChart) {
	if len(c.Bars) == 0 {
		return
	}
	pdf := w.pdf
	w.keep(chartNeed)
	left := reportMargin
	width := w.width()
	base := pdf.GetY() + chartAbove + chartHeight
	scale := max(c.Target, 0) // the value drawn chartHeight high
	for _, b := range c.Bars {
		scale = max(scale, b.Value)
	}
	if scale <= 0 {
		scale = 1
	}
	slot := width / float64(len(c.Bars))
	barW := slot * chartBar
	pdf.SetDrawColor(120, 120, 120)
	pdf.Line(left, base, left+width, base)
	size := 7.0
	if len(c.Bars) > 20 {
		size = 5.5
	}
	pdf.SetFont(sans, "", size)
	for i, b := range c.Bars {
		h := max(b.Value, 0) / scale * chartHeight
		x := left + float64(i)*slot
		if c.Target > 0 && b.Value < c.Target {
			pdf.SetFillColor(150, 170, 210)
		} else {
			pdf.SetFillColor(40, 90, 180)
		}
		if h > 0 {
			pdf.Rect(x+(slot-barW)/2, base-h, barW, h, "F")
		}
		pdf.SetXY(x, base-h-4)
		pdf.CellFormat(slot, 4, b.Text, "", 0, "C", false, 0, "")
		pdf.SetXY(x, base+1)
		pdf.CellFormat(slot, 4, b.Label, "", 0, "C", false, 0, "")
	}
	if c.Target > 0 {
		y := base - c.Target/scale*chartHeight
		pdf.SetDrawColor(200, 30, 30)
		pdf.SetLineWidth(0.5)
		pdf.Line(left, y, left+width, y)
		pdf.SetLineWidth(0.2)
	}
	pdf.SetDrawColor(0, 0, 0)
	pdf.SetXY(left, base+7)
	pdf.SetFont(sans, "", 8)
	pdf.MultiCell(0, 4, c.Caption, "", "L", false)
}
