// Command baseline is the smallest Fyne program Carnet's startup is
// compared with: a 1100×760 window holding one label. It prints
// first_frame_ms=N once the window has drawn its first frame, measured the
// way Carnet's --startup-probe measures it (from the main package's
// initialisation to the first paint of an invisible marker widget), then
// exits; with -stay it keeps the window open until killed, for the idle CPU
// reading. scripts/bench.sh runs it under Xvfb.
package main

import (
	"flag"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	_ "github.com/carnet-app/carnet/internal/localefix" // as in Carnet: a C locale means French
)

// processStart is read when the package initialises, as in Carnet's app package.
var processStart = time.Now()

func main() {
	stay := flag.Bool("stay", false, "keep the window open after the first frame")
	flag.Parse()
	a := app.NewWithID("fr.carnet.baseline")
	w := a.NewWindow("Baseline")
	w.Resize(fyne.NewSize(1100, 760))
	marker := newPaintMarker()
	w.SetContent(container.NewStack(widget.NewLabel("Bonjour"), marker))
	var failed atomic.Bool
	a.Lifecycle().SetOnStarted(func() {
		go func() {
			select {
			case <-marker.painted:
				fmt.Printf("first_frame_ms=%d\n", time.Since(processStart).Milliseconds())
				if *stay {
					return
				}
			case <-time.After(30 * time.Second):
				fmt.Fprintln(os.Stderr, "baseline: the window did not draw its first frame within 30 seconds")
				failed.Store(true)
			}
			fyne.Do(a.Quit)
		}()
	})
	w.ShowAndRun()
	if failed.Load() {
		os.Exit(1)
	}
}

// paintMarker is an invisible widget whose renderer tells, once, that the
// painter walked it: the window has drawn a frame of its content.
type paintMarker struct {
	widget.BaseWidget
	once    sync.Once
	painted chan struct{}
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

// Objects marks the first paint once the marker has been laid out.
func (r *paintMarkerRenderer) Objects() []fyne.CanvasObject {
	if r.m.Size().Width > 0 || r.m.Size().Height > 0 {
		r.m.once.Do(func() { close(r.m.painted) })
	}
	return nil
}
