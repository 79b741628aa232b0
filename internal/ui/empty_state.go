package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// emptyState stands in for a list that has nothing to show: what the
// screen is for and its first action, or, when a search or a filter hides
// everything, a line that says so.
type emptyState struct {
	content  *fyne.Container
	message  *widget.Label
	action   *widget.Button
	intro    string // the screen's purpose, for a record with nothing yet
	filtered string // for a search or filter that matches nothing
}

func newEmptyState(intro, filtered, actionLabel string, action func()) *emptyState {
	e := &emptyState{intro: intro, filtered: filtered, message: widget.NewLabel(intro)}
	e.message.Wrapping = fyne.TextWrapWord
	e.message.Alignment = fyne.TextAlignCenter
	e.action = widget.NewButtonWithIcon(actionLabel, theme.ContentAddIcon(), action)
	e.action.Importance = widget.HighImportance
	e.content = container.NewVBox(layout.NewSpacer(), e.message, container.NewCenter(e.action), layout.NewSpacer())
	e.content.Hide()
	return e
}

// over returns list with the empty state laid over it.
func (e *emptyState) over(list fyne.CanvasObject) fyne.CanvasObject {
	return container.NewStack(list, container.NewPadded(e.content))
}

// update shows the empty state when there are no rows: the screen's
// purpose and first action when nothing is filtered, else the filter line.
func (e *emptyState) update(rows int, filtered bool) {
	if rows > 0 {
		e.content.Hide()
		return
	}
	if filtered {
		e.message.SetText(e.filtered)
		e.action.Hide()
	} else {
		e.message.SetText(e.intro)
		e.action.Show()
	}
	e.content.Show()
}
