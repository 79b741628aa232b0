package ui

import (
	"context"
	"errors"
	"sync"
	"time"

	"fyne.io/fyne/v2"
)

// searchDelay is how long typing must pause before a search runs.
const searchDelay = 150 * time.Millisecond

// loadSlot runs the reads of one purpose (a screen's list, a summary) in
// the background: a newer load cancels the older one, whose result is
// dropped.
type loadSlot struct {
	mu     sync.Mutex
	gen    int
	cancel context.CancelFunc
}

// begin cancels the slot's running load and returns the context and
// generation of a new one.
func (s *loadSlot) begin(parent context.Context) (context.Context, int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cancel != nil {
		s.cancel()
	}
	ctx, cancel := context.WithCancel(parent)
	s.gen++
	s.cancel = cancel
	return ctx, s.gen
}

// stop cancels the slot's running load, whose result is then dropped.
func (s *loadSlot) stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cancel != nil {
		s.cancel()
	}
	s.gen++
}

// current reports whether gen is still the slot's latest load.
func (s *loadSlot) current(gen int) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.gen == gen
}

// pending counts the loads not yet applied, so that a script (captures,
// probe) can wait until the window shows the record.
type pending struct {
	mu   sync.Mutex
	n    int
	idle *sync.Cond
}

func newPending() *pending {
	p := &pending{}
	p.idle = sync.NewCond(&p.mu)
	return p
}

func (p *pending) add(d int) {
	p.mu.Lock()
	p.n += d
	if p.n == 0 {
		p.idle.Broadcast()
	}
	p.mu.Unlock()
}

func (p *pending) wait() {
	p.mu.Lock()
	for p.n > 0 {
		p.idle.Wait()
	}
	p.mu.Unlock()
}

// load runs fetch off the UI goroutine and then apply on it, with the
// result of the slot's newest load only. An error reaches the user as a
// sentence; a cancelled load is silent. With Options.Synchronous (tests)
// both run at once on the caller's goroutine.
func load[T any](u *UI, slot *loadSlot, fetch func(ctx context.Context) (T, error), apply func(T)) {
	ctx, gen := slot.begin(u.ctx)
	finish := func(v T, err error) {
		if !slot.current(gen) || errors.Is(err, context.Canceled) || u.ctx.Err() != nil {
			return // a newer load, or the window is closing
		}
		if err != nil {
			u.showError(err)
			return
		}
		apply(v)
	}
	if u.opts.Synchronous {
		v, err := fetch(ctx)
		finish(v, err)
		return
	}
	u.loads.add(1)
	go func() {
		v, err := fetch(ctx)
		u.do(func() {
			defer u.loads.add(-1)
			finish(v, err)
		})
	}()
}

// do runs f on the UI goroutine (or hands it to the test that plays it).
func (u *UI) do(f func()) {
	if u.opts.Post != nil {
		u.opts.Post(f)
		return
	}
	fyne.Do(f)
}

// pendingLoads returns how many loads have not reached the window yet.
func (u *UI) pendingLoads() int {
	u.loads.mu.Lock()
	defer u.loads.mu.Unlock()
	return u.loads.n
}

// debouncer runs a function once typing has paused for searchDelay.
type debouncer struct {
	mu    sync.Mutex
	timer *time.Timer
}

// schedule runs f on the UI goroutine after searchDelay, unless schedule
// is called again before; with Options.Synchronous it runs f at once.
func (d *debouncer) schedule(u *UI, f func()) {
	if u.opts.Synchronous {
		f()
		return
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.timer != nil && d.timer.Stop() {
		u.loads.add(-1)
	}
	u.loads.add(1)
	d.timer = time.AfterFunc(searchDelay, func() {
		u.do(func() {
			defer u.loads.add(-1)
			f()
		})
	})
}

// WaitLoaded blocks until every pending search and load has reached the
// window. Call it from another goroutine than the UI's (scripts, tests).
func (u *UI) WaitLoaded() { u.loads.wait() }
