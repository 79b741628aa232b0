package pdf

import "github.com/carnet-app/carnet/internal/doc"

// keep starts a new page unless h millimetres fit above the bottom margin
// of the current one; what is taller than a whole page stays where it is.
func (w *reportWriter) keep(h float64) {
	_, pageH := w.pdf.GetPageSize()
	if w.pdf.GetY()+h > pageH-reportBottom && h <= pageH-reportBottom-w.style.top {
		w.pdf.AddPage()
	}
}

// titleHeight returns the height a title takes.
func (w *reportWriter) titleHeight(t doc.Title) float64 {
	if t.Level >= 2 {
		return reportSectionGap + reportSectionBand + 0.5
	}
	w.pdf.SetFont(sans, "B", w.style.title)
	return float64(lineCount(w.pdf, w.width(), t.Text))*w.style.titleLine + reportTitleGap
}

// paraHeight returns the height a paragraph takes.
func (w *reportWriter) paraHeight(p doc.Para) float64 {
	size, line := w.style.body, w.style.bodyLine
	if p.Small {
		size, line = w.style.small, w.style.smallLine
	}
	w.pdf.SetFont(sans, "", size)
	return float64(lineCount(w.pdf, w.width(), p.Text)) * line
}

// lead returns the height that must follow a title on its page: two lines
// of a list, a paragraph or key figures, the header and a row of a table,
// a whole chart with the paragraph that introduces it.
func (w *reportWriter) lead(rest []doc.Element) float64 {
	if len(rest) == 0 {
		return 0
	}
	switch e := rest[0].(type) {
	case doc.Para:
		h := w.paraHeight(e)
		if len(rest) > 1 {
			if _, ok := rest[1].(doc.BarChart); ok {
				return h + chartNeed
			}
		}
		return min(h, 2*w.style.bodyLine)
	case doc.BarChart:
		return chartNeed
	case doc.Table:
		if e.Dense {
			return 2 * (denseTableLine + 1.5)
		}
		return 2 * (tableLine + 1.5)
	case doc.List, doc.KeyFigures:
		return 2 * w.style.bodyLine
	case doc.Title:
		return w.titleHeight(e) + w.lead(rest[1:])
	}
	return 0
}
