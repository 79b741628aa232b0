package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// formEntry is an Entry that reports Escape (cancel) to its form; Enter
// already reaches OnSubmitted on single-line entries.
type formEntry struct {
	widget.Entry
	onEscape func()
}

func newFormEntry(placeholder string) *formEntry {
	e := &formEntry{}
	e.ExtendBaseWidget(e)
	e.SetPlaceHolder(placeholder)
	return e
}

func newFormMultiLine(placeholder string) *formEntry {
	e := newFormEntry(placeholder)
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(4)
	return e
}

// AcceptsTab is false: Tab moves to the next field, even out of a
// multi-line field (address, notes); Enter starts a new line there.
func (e *formEntry) AcceptsTab() bool { return false }

// TypedKey cancels the form on Escape and otherwise behaves as an Entry.
func (e *formEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(k)
}

// TypedShortcut lets the Entry handle its own shortcuts (copy, paste,
// undo, select all) and passes Carnet's (Ctrl+N, Ctrl+S, Ctrl+1…7…) on to
// the window, which would otherwise never see them while a field has the
// focus.
func (e *formEntry) TypedShortcut(s fyne.Shortcut) {
	if _, ok := s.(*desktop.CustomShortcut); ok {
		if c := fyne.CurrentApp().Driver().CanvasForObject(e); c != nil {
			if sc, ok := c.(fyne.Shortcutable); ok {
				sc.TypedShortcut(s)
				return
			}
		}
	}
	e.Entry.TypedShortcut(s)
}

// fieldError is the red line shown under a field that cannot be saved.
type fieldError struct{ *widget.Label }

func newFieldError() fieldError {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return fieldError{l}
}

func (f fieldError) set(msg string) {
	f.SetText(msg)
	if msg == "" {
		f.Hide()
	} else {
		f.Show()
	}
}
