package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// tapLabel is a wrapped label that runs onTap when tapped.
type tapLabel struct {
	widget.Label
	onTap func()
}

func newTapLabel(text string, onTap func()) *tapLabel {
	l := &tapLabel{onTap: onTap}
	l.Text = text
	l.Wrapping = fyne.TextWrapWord
	l.ExtendBaseWidget(l)
	return l
}

// Tapped runs the label's action.
func (l *tapLabel) Tapped(*fyne.PointEvent) { l.onTap() }

// checkLine returns a check box whose text wraps, for a long sentence
// that Fyne's check would draw on one line wider than the window.
// Tapping the text ticks the box, as tapping a check's own text does.
func checkLine(check *widget.Check, text string) fyne.CanvasObject {
	check.Text = ""
	label := newTapLabel(text, func() {
		if !check.Disabled() {
			check.SetChecked(!check.Checked)
		}
	})
	return container.NewBorder(nil, nil, container.NewVBox(check), nil, label)
}
