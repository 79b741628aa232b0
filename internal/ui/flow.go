package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
)

// flowLayout places its objects left to right at their minimum size and
// starts a new line when the next one does not fit: a row of buttons
// that wraps on a small screen or with large text instead of widening
// the window. A spacer (layout.NewSpacer) pushes what follows it to the
// right end of its line.
type flowLayout struct {
	width    float32 // the width of the last layout, for MinSize's height
	reported int     // how many lines the last MinSize counted
}

// newFlow returns a container of objects in a wrapping row.
func newFlow(objects ...fyne.CanvasObject) *fyne.Container {
	return container.New(&flowLayout{}, objects...)
}

// lines splits the visible objects into lines of width at most width
// (every line holds at least one object), spacers left out.
func (l *flowLayout) lines(objects []fyne.CanvasObject, width float32) [][]fyne.CanvasObject {
	var lines [][]fyne.CanvasObject
	var line []fyne.CanvasObject
	x, pad := float32(0), theme.Padding()
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		if _, spacer := o.(layout.SpacerObject); spacer {
			line = append(line, o)
			continue
		}
		w := o.MinSize().Width
		if len(line) > 0 && x+w > width {
			lines, line, x = append(lines, line), nil, 0
		}
		line = append(line, o)
		x += w + pad
	}
	if len(line) > 0 {
		lines = append(lines, line)
	}
	return lines
}

// lineHeight is the tallest object of a line.
func lineHeight(line []fyne.CanvasObject) float32 {
	h := float32(0)
	for _, o := range line {
		if _, spacer := o.(layout.SpacerObject); !spacer {
			h = max(h, o.MinSize().Height)
		}
	}
	return h
}

// Layout places the lines one under the other.
func (l *flowLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	lines := l.lines(objects, size.Width)
	if len(lines) != l.reported && len(objects) > 0 {
		// The parent sized this row for another number of lines: lay the
		// window out again, now that MinSize knows the width.
		l.reported = len(lines)
		if c := fyne.CurrentApp().Driver().CanvasForObject(objects[0]); c != nil && c.Content() != nil {
			fyne.Do(c.Content().Refresh)
		}
	}
	y, pad := float32(0), theme.Padding()
	for _, line := range lines {
		h := lineHeight(line)
		used, spacers := float32(0), 0
		for _, o := range line {
			if _, spacer := o.(layout.SpacerObject); spacer {
				spacers++
			} else {
				used += o.MinSize().Width + pad
			}
		}
		gap := float32(0)
		if spacers > 0 {
			gap = max(0, size.Width-used) / float32(spacers)
		}
		x := float32(0)
		for _, o := range line {
			if _, spacer := o.(layout.SpacerObject); spacer {
				x += gap
				continue
			}
			m := o.MinSize()
			o.Move(fyne.NewPos(x, y))
			o.Resize(fyne.NewSize(m.Width, h))
			x += m.Width + pad
		}
		y += h + pad
	}
}

// MinSize is as wide as the widest object, and as tall as the lines it
// took at its last width (one line before the first layout).
func (l *flowLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	width := l.width
	if width == 0 {
		width = 1 << 20
	}
	for _, o := range objects {
		if o.Visible() {
			s.Width = max(s.Width, o.MinSize().Width)
		}
	}
	lines := l.lines(objects, width)
	for i, line := range lines {
		if i > 0 {
			s.Height += theme.Padding()
		}
		s.Height += lineHeight(line)
	}
	l.reported = len(lines)
	return s
}
