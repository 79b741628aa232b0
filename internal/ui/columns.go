package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// readingWidth is the narrowest comfortable column, in lines of text
// size: a column narrower than this many text sizes wraps too often.
const readingWidth = 28

// columnsLayout puts its objects side by side in equal columns when each
// can have a comfortable reading width, and one above the other when the
// window is too narrow (a small screen, or large text), so that a long
// line wraps instead of being cut.
type columnsLayout struct{}

// newColumns returns a container of objects laid out in adaptive columns.
func newColumns(objects ...fyne.CanvasObject) *fyne.Container {
	return container.New(columnsLayout{}, objects...)
}

// columnWidth is the width each column needs to stand beside the others.
func (columnsLayout) columnWidth(objects []fyne.CanvasObject) float32 {
	w := readingWidth * theme.TextSize()
	for _, o := range objects {
		if o.Visible() {
			w = max(w, o.MinSize().Width)
		}
	}
	return w
}

func visibleObjects(objects []fyne.CanvasObject) []fyne.CanvasObject {
	var shown []fyne.CanvasObject
	for _, o := range objects {
		if o.Visible() {
			shown = append(shown, o)
		}
	}
	return shown
}

// sideBySide reports whether the objects fit side by side in width.
func (l columnsLayout) sideBySide(objects []fyne.CanvasObject, width float32) bool {
	n := float32(len(objects))
	return n > 1 && width >= n*l.columnWidth(objects)+(n-1)*theme.Padding()
}

// Layout places the visible objects in columns or in one column.
func (l columnsLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	shown, pad := visibleObjects(objects), theme.Padding()
	if l.sideBySide(shown, size.Width) {
		n := float32(len(shown))
		w := (size.Width - (n-1)*pad) / n
		for i, o := range shown {
			o.Move(fyne.NewPos(float32(i)*(w+pad), 0))
			o.Resize(fyne.NewSize(w, size.Height))
		}
		return
	}
	y := float32(0)
	for _, o := range shown {
		o.Resize(fyne.NewSize(size.Width, o.MinSize().Height))
		h := o.MinSize().Height // a wrapped text is taller once narrower
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h + pad
	}
}

// MinSize is the one-column size: the widest object and every height.
// Side by side, the container is as tall as its tallest column, which the
// one-column height always covers.
func (l columnsLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	shown := visibleObjects(objects)
	for i, o := range shown {
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height
		if i > 0 {
			s.Height += theme.Padding()
		}
	}
	return s
}
