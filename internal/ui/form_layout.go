package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
)

// formLayout is Fyne's two-column form (a label, its field) when both
// columns fit the width, and each label above its field when they do not
// (a small screen, or large text), so that a form never makes the window
// wider than the screen.
type formLayout struct {
	columns fyne.Layout
}

// newFormLayout returns the adaptive form layout; objects go in pairs.
func newFormLayout() fyne.Layout {
	return &formLayout{columns: layout.NewFormLayout()}
}

// twoColumns reports whether the label and field columns fit in width.
func (l *formLayout) twoColumns(objects []fyne.CanvasObject, width float32) bool {
	return width >= l.columns.MinSize(objects).Width
}

// Layout uses the two columns when they fit, else stacks each pair.
func (l *formLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	if l.twoColumns(objects, size.Width) {
		l.columns.Layout(objects, size)
		return
	}
	y, pad := float32(0), theme.Padding()
	for i := 0; i+1 < len(objects); i += 2 {
		label, field := objects[i], objects[i+1]
		if !label.Visible() && !field.Visible() {
			continue
		}
		// At its own width, a label aligned to the field sits at the left.
		lm := label.MinSize()
		label.Move(fyne.NewPos(0, y))
		label.Resize(fyne.NewSize(min(lm.Width, size.Width), lm.Height))
		y += lm.Height
		field.Resize(fyne.NewSize(size.Width, field.MinSize().Height))
		fh := field.MinSize().Height // a wrapped text is taller once narrower
		field.Move(fyne.NewPos(0, y))
		field.Resize(fyne.NewSize(size.Width, fh))
		y += fh + pad
	}
}

// MinSize is the stacked form's: the widest label or field, and every
// height. The two columns are never taller than that.
func (l *formLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for i := 0; i+1 < len(objects); i += 2 {
		label, field := objects[i], objects[i+1]
		if !label.Visible() && !field.Visible() {
			continue
		}
		lm, fm := label.MinSize(), field.MinSize()
		s.Width = max(s.Width, lm.Width, fm.Width)
		s.Height += lm.Height + fm.Height + theme.Padding()
	}
	return s
}
