package ui

import (
	"sync"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// paintMarker is an invisible widget whose renderer tells, once, that the
// painter walked it: the window has drawn a frame of the content.
type paintMarker struct {
	widget.BaseWidget
	once    sync.Once
	armed   atomic.Bool // Accueil shows the record: the next paint counts
	painted chan struct{}
}

// arm says the record is on screen; the next frame drawn is the first
// that shows it. It runs on the UI goroutine.
func (m *paintMarker) arm() {
	if !m.armed.Swap(true) {
		m.Refresh()
	}
}

func newPaintMarker() *paintMarker {
	m := &paintMarker{painted: make(chan struct{})}
	m.ExtendBaseWidget(m)
	return m
}

// CreateRenderer returns a renderer without objects.
func (m *paintMarker) CreateRenderer() fyne.WidgetRenderer { return &paintMarkerRenderer{m} }

type paintMarkerRenderer struct{ m *paintMarker }

func (r *paintMarkerRenderer) Layout(fyne.Size)   {}
func (r *paintMarkerRenderer) MinSize() fyne.Size { return fyne.NewSize(0, 0) }
func (r *paintMarkerRenderer) Refresh()           {}
func (r *paintMarkerRenderer) Destroy()           {}
func (r *paintMarkerRenderer) Objects() []fyne.CanvasObject {
	if r.m.armed.Load() && (r.m.Size().Width > 0 || r.m.Size().Height > 0) {
		r.m.once.Do(func() { close(r.m.painted) })
	}
	return nil
}

// FirstPaint returns a channel closed once the window has drawn a frame of
// its content with the record loaded.
func (u *UI) FirstPaint() <-chan struct{} { return u.marker.painted }
