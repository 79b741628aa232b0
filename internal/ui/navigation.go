package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// navigator shows one screen at a time with a button per screen. The
// buttons run along the top when they all fit in the window's width, and
// down the left side otherwise (a small screen, or large text), so that no
// screen ever hides behind an overflow menu and the window never widens
// itself. Trailing buttons (help) follow the screen buttons.
type navigator struct {
	buttons  []*widget.Button
	slots    []*fyne.Container // one per screen; filled on first visit
	screens  []fyne.CanvasObject
	extras   []fyne.CanvasObject
	selected int
	line     *canvas.Rectangle
	content  *fyne.Container // the stack of slots
	root     *fyne.Container
	side     bool // the buttons run down the left side

	// OnSelected is called after the user or the program changed screen.
	OnSelected func(index int)
}

// navItem is one screen of the navigator.
type navItem struct {
	label   string
	icon    fyne.Resource
	content fyne.CanvasObject
}

// newNavigator builds the navigator on the first screen. Only the first
// screen's content is laid out now; each other screen joins the window
// the first time it is shown.
func newNavigator(items []navItem, extras ...fyne.CanvasObject) *navigator {
	n := &navigator{extras: extras, line: canvas.NewRectangle(theme.Color(theme.ColorNameSeparator))}
	n.content = container.NewStack()
	for i, it := range items {
		index := i
		b := widget.NewButtonWithIcon(it.label, it.icon, func() { n.SelectIndex(index) })
		b.Alignment = widget.ButtonAlignLeading
		n.buttons = append(n.buttons, b)
		n.screens = append(n.screens, it.content)
		slot := container.NewStack()
		slot.Hide()
		n.slots = append(n.slots, slot)
		n.content.Add(slot)
	}
	objects := []fyne.CanvasObject{n.line, n.content}
	for _, b := range n.buttons {
		objects = append(objects, b)
	}
	objects = append(objects, extras...)
	n.root = container.New(&navLayout{n: n}, objects...)
	n.show(0)
	return n
}

// SelectIndex shows the screen at index; out of range does nothing.
func (n *navigator) SelectIndex(index int) {
	if index < 0 || index >= len(n.slots) {
		return
	}
	changed := index != n.selected
	n.show(index)
	if changed && n.OnSelected != nil {
		n.OnSelected(index)
	}
}

// SelectedIndex returns the index of the screen shown.
func (n *navigator) SelectedIndex() int { return n.selected }

// Label returns the name of the screen at index, as its button shows it.
func (n *navigator) Label(index int) string { return n.buttons[index].Text }

// Side reports whether the buttons run down the left side.
func (n *navigator) Side() bool { return n.side }

func (n *navigator) show(index int) {
	n.selected = index
	if len(n.slots[index].Objects) == 0 {
		n.slots[index].Add(n.screens[index])
	}
	for i, slot := range n.slots {
		if i == index {
			slot.Show()
		} else {
			slot.Hide()
		}
	}
	for i, b := range n.buttons {
		importance := widget.LowImportance
		if i == index {
			importance = widget.HighImportance
		}
		if b.Importance != importance {
			b.Importance = importance
			b.Refresh()
		}
	}
}

// navLayout places the buttons along the top when they fit, else down
// the left side, and the screen in the rest.
type navLayout struct{ n *navigator }

// bar returns the buttons and extras in order.
func (l *navLayout) bar() []fyne.CanvasObject {
	objects := make([]fyne.CanvasObject, 0, len(l.n.buttons)+len(l.n.extras))
	for _, b := range l.n.buttons {
		objects = append(objects, b)
	}
	return append(objects, l.n.extras...)
}

// topWidth is the width the buttons need in one row, and their height.
func (l *navLayout) topWidth() (width, height float32) {
	pad := theme.Padding()
	for _, o := range l.bar() {
		m := o.MinSize()
		width += m.Width + pad
		height = max(height, m.Height)
	}
	return width + pad, height
}

// sideWidth is the width of the side column, and its height.
func (l *navLayout) sideWidth() (width, height float32) {
	pad := theme.Padding()
	for _, o := range l.bar() {
		m := o.MinSize()
		width = max(width, m.Width)
		height += m.Height + pad
	}
	return width + 2*pad, height + pad
}

// Layout places the bar and the screen in size.
func (l *navLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	n, pad := l.n, theme.Padding()
	topW, barH := l.topWidth()
	n.side = size.Width < topW
	n.line.FillColor = theme.Color(theme.ColorNameSeparator)
	if !n.side {
		x := pad
		for i, b := range n.buttons {
			w := b.MinSize().Width
			n.buttons[i].Move(fyne.NewPos(x, pad))
			n.buttons[i].Resize(fyne.NewSize(w, barH))
			x += w + pad
		}
		// The extras sit at the right end of the row.
		x = size.Width
		for i := len(n.extras) - 1; i >= 0; i-- {
			w := n.extras[i].MinSize().Width
			x -= w + pad
			n.extras[i].Move(fyne.NewPos(x, pad))
			n.extras[i].Resize(fyne.NewSize(w, barH))
		}
		top := barH + 2*pad
		n.line.Move(fyne.NewPos(0, top))
		n.line.Resize(fyne.NewSize(size.Width, 1))
		n.content.Move(fyne.NewPos(0, top+1))
		n.content.Resize(fyne.NewSize(size.Width, size.Height-top-1))
		return
	}
	sideW, _ := l.sideWidth()
	y := pad
	for _, o := range l.bar() {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(pad, y))
		o.Resize(fyne.NewSize(sideW-2*pad, h))
		y += h + pad
	}
	n.line.Move(fyne.NewPos(sideW, 0))
	n.line.Resize(fyne.NewSize(1, size.Height))
	n.content.Move(fyne.NewPos(sideW+1, 0))
	n.content.Resize(fyne.NewSize(size.Width-sideW-1, size.Height))
}

// MinSize is the side layout's: the narrowest the window can be.
func (l *navLayout) MinSize(_ []fyne.CanvasObject) fyne.Size {
	sideW, sideH := l.sideWidth()
	c := l.n.content.MinSize()
	return fyne.NewSize(sideW+1+c.Width, max(sideH, c.Height))
}
