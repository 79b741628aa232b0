package pdf

import "github.com/carnet-app/carnet/internal/doc"

// Cover page geometry, in millimetres, and type sizes, in points.
const (
	coverTop       = 60.0
	coverGap       = 18.0
	coverTitleSize = 22.0
)

// cover writes a title page: title and subtitle, the person, the facts,
// centred, on a page of its own start.
func (w *reportWriter) cover(c doc.Cover) {
	pdf := w.pdf
	if !w.fresh {
		pdf.AddPage()
	}
	pdf.SetY(coverTop)
	centred := func(style string, size, line float64, text string) {
		pdf.SetFont(sans, style, size)
		pdf.MultiCell(0, line, text, "", "C", false)
	}
	centred("B", coverTitleSize, 11, c.Title)
	if c.Subtitle != "" {
		centred("", 13, 8, c.Subtitle)
	}
	pdf.Ln(coverGap)
	centred("B", 14, 8, c.Name)
	for _, d := range c.Details {
		centred("", 12, 6.5, d)
	}
	pdf.Ln(coverGap)
	for _, f := range c.Facts {
		centred("", 11, 7, f)
	}
}

// title writes a level-1 title in bold, or a level-2 one on a shaded band.
func (w *reportWriter) title(t doc.Title) {
	pdf := w.pdf
	if t.Level >= 2 {
		pdf.Ln(reportSectionGap)
		pdf.SetFont(sans, "B", 10.5)
		pdf.SetFillColor(230, 235, 245)
		pdf.CellFormat(0, reportSectionBand, t.Text, "", 1, "L", true, 0, "")
		pdf.Ln(0.5)
		return
	}
	pdf.SetFont(sans, "B", w.style.title)
	pdf.MultiCell(0, w.style.titleLine, t.Text, "", "L", false)
	pdf.Ln(reportTitleGap)
}

// para writes a paragraph, in body or small type.
func (w *reportWriter) para(p doc.Para) {
	size, line := w.style.body, w.style.bodyLine
	if p.Small {
		size, line = w.style.small, w.style.smallLine
	}
	w.pdf.SetFont(sans, "", size)
	w.pdf.MultiCell(0, line, p.Text, "", "L", false)
}

// list writes the items shown with a bullet and a hanging indent, then
// the line of those left out; or the empty text.
func (w *reportWriter) list(l doc.List) {
	pdf := w.pdf
	pdf.SetFont(sans, "", w.style.body)
	line := w.style.bodyLine
	items, more := l.Shown()
	if len(items) == 0 {
		if l.Empty != "" {
			pdf.MultiCell(0, line, l.Empty, "", "L", false)
		}
		return
	}
	for _, it := range items {
		pdf.SetX(reportMargin + reportBulletIndent)
		pdf.CellFormat(reportBulletWidth, line, "•", "", 0, "L", false, 0, "")
		pdf.MultiCell(0, line, it, "", "L", false) // wrapped lines align with the first
	}
	if more != "" {
		pdf.MultiCell(0, line, more, "", "L", false)
	}
}

// figures writes one « label : value » line per figure.
func (w *reportWriter) figures(k doc.KeyFigures) {
	w.pdf.SetFont(sans, "", w.style.figures)
	for _, f := range k.Figures {
		w.pdf.MultiCell(0, w.style.figureLine, f.String(), "", "L", false)
	}
}

// writingLines rules the rest of the page, one line every 7 mm, for notes.
func (w *reportWriter) writingLines() {
	pdf := w.pdf
	_, pageH := pdf.GetPageSize()
	pdf.SetDrawColor(170, 170, 170)
	for y := pdf.GetY() + 6; y < pageH-reportBottom; y += 7 {
		pdf.Line(reportMargin, y, reportMargin+w.width(), y)
	}
	pdf.SetDrawColor(0, 0, 0)
	pdf.SetY(pageH - reportBottom)
}
