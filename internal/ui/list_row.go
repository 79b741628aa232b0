package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// actRow is one line of a list screen: a date, a title, a status and a
// last column (a duration or a deadline).
type actRow struct {
	date, title, status, duration *widget.Label
}

// newListRow returns a list line. Its columns are measured at the text
// size of the moment they are laid out: the date and the last column
// (as wide as lastSample, such as « réponse due le 00/00/0000 ») are never
// cut, whatever the text size; the status gets statusChars text sizes and
// the title the rest, each ending with « … » when too long.
func newListRow(statusChars float32, lastSample string) fyne.CanvasObject {
	r := actRow{widget.NewLabel(""), widget.NewLabel(""), widget.NewLabel(""), widget.NewLabel("")}
	r.title.Truncation = fyne.TextTruncateEllipsis
	r.status.Truncation = fyne.TextTruncateEllipsis
	return container.New(&rowLayout{statusChars: statusChars, lastSample: lastSample},
		r.date, r.title, r.status, r.duration)
}

// rowLabels returns the labels of a line made by newListRow.
func rowLabels(o fyne.CanvasObject) actRow {
	c := o.(*fyne.Container).Objects
	return actRow{date: c[0].(*widget.Label), title: c[1].(*widget.Label),
		status: c[2].(*widget.Label), duration: c[3].(*widget.Label)}
}

// rowLayout places a list line's four labels.
type rowLayout struct {
	statusChars float32
	lastSample  string
}

// textWidth is the width a label needs to show s whole.
func textWidth(s string) float32 {
	if s == "" {
		return 0
	}
	return fyne.MeasureText(s, theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding()
}

// widths returns the widths of the date, status and last columns.
func (l *rowLayout) widths() (date, status, last float32) {
	return textWidth("00/00/0000"), l.statusChars * theme.TextSize(), textWidth(l.lastSample)
}

// Layout gives the date and the last column their full width, the status
// its share, and the title what is left.
func (l *rowLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	date, status, last := l.widths()
	title := max(0, size.Width-date-status-last)
	x := float32(0)
	for i, w := range []float32{date, title, status, last} {
		objects[i].Move(fyne.NewPos(x, 0))
		objects[i].Resize(fyne.NewSize(w, size.Height))
		x += w
	}
}

// MinSize keeps room for the date, the status, the last column and a
// few letters of the title.
func (l *rowLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	date, status, last := l.widths()
	h := float32(0)
	for _, o := range objects {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(date+status+last+4*theme.TextSize(), h)
}
