package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// undoBar offers to take back the last deletion.
type undoBar struct {
	content *fyne.Container
	message *widget.Label
	button  *widget.Button
	undoFn  func() error
	onError func(error)
}

func newUndoBar(undoLabel string, onError func(error)) *undoBar {
	b := &undoBar{message: widget.NewLabel(""), onError: onError}
	b.button = widget.NewButtonWithIcon(undoLabel, theme.ContentUndoIcon(), b.onUndoTapped)
	b.content = container.NewBorder(nil, nil, nil, b.button, b.message)
	b.content.Hide()
	return b
}

// offer shows msg with an undo button that runs fn.
func (b *undoBar) offer(msg string, fn func() error) {
	b.message.SetText(msg)
	b.undoFn = fn
	b.content.Show()
}

func (b *undoBar) onUndoTapped() {
	if b.undoFn == nil {
		return
	}
	fn := b.undoFn
	b.undoFn = nil
	b.content.Hide()
	if err := fn(); err != nil {
		b.onError(err)
	}
}
