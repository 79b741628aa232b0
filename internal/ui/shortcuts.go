package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// shortcutKeys lists every keyboard shortcut of the window with the i18n
// key of what it does, in the order the « Raccourcis » page shows them.
var shortcutKeys = []struct{ keys, what string }{
	{"Ctrl+1 … Ctrl+7", "shortcuts.screens"},
	{"Ctrl+N", "shortcuts.new_act"},
	{"Ctrl+F", "shortcuts.search"},
	{"Ctrl+S", "shortcuts.save"},
	{"key.enter", "shortcuts.enter"},
	{"key.escape", "shortcuts.escape"},
	{"Ctrl+Z", "shortcuts.undo"},
	{"Tab", "shortcuts.tab"},
	{"F1", "shortcuts.screen_help"},
	{"Ctrl+H", "shortcuts.list"},
}

// showShortcuts opens the « Raccourcis » page: every shortcut and what it does.
func (u *UI) showShortcuts() {
	tr := u.tr
	grid := container.New(layout.NewFormLayout())
	for _, s := range shortcutKeys {
		keys := s.keys
		if keys == "key.enter" || keys == "key.escape" {
			keys = tr.T(keys)
		}
		what := widget.NewLabel(tr.T(s.what))
		what.Wrapping = fyne.TextWrapWord
		grid.Add(widget.NewLabelWithStyle(keys, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}))
		grid.Add(what)
	}
	d := dialog.NewCustom(tr.T("shortcuts.title"), tr.T("action.close"), container.NewVScroll(grid), u.win)
	d.Resize(fyne.NewSize(min(640, u.win.Canvas().Size().Width-40), min(480, u.win.Canvas().Size().Height-40)))
	d.Show()
	u.shortcutsShown = d
}
