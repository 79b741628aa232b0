package ui

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/demo"
	"github.com/carnet-app/carnet/internal/store"
)

// TestSearchingTwentyThousandActsNeverBlocksTheWindow types a search into
// a 20,000-act record with the window in its real, background mode and
// times every piece of work that runs on the UI goroutine once the window
// is open: each keystroke and each result posted back with fyne.Do. None
// may take over 50 ms.
func TestSearchingTwentyThousandActsNeverBlocksTheWindow(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 20,000-act record")
	}
	test.NewTempApp(t)
	s, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	rec := demo.Generate(20000, 7, testToday)
	if _, err := s.Import(context.Background(), &rec.Profile, rec.Acts, rec.Mails, rec.Requests, rec.Meetings); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var worst time.Duration
	posted := 0
	note := func(d time.Duration, fromFyneDo bool) {
		mu.Lock()
		defer mu.Unlock()
		if d > worst {
			worst = d
		}
		if fromFyneDo {
			posted++
		}
	}
	clock := func() time.Time { return testToday }
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1100, 760))
	u := New(w, carnet.New(s, clock), "fr", Options{Now: clock, watchUI: func(d time.Duration) { note(d, true) }})
	u.WaitLoaded()
	mu.Lock()
	t.Logf("opening the window: worst UI-goroutine work %v (the first frame's cost, measured by make bench)", worst)
	worst, posted = 0, 0
	mu.Unlock()
	u.Show(ScreenJournal)
	before := u.journal.count.Text
	for _, r := range "boulangerie" {
		start := time.Now()
		test.Type(u.journal.search, string(r))
		note(time.Since(start), false)
		time.Sleep(30 * time.Millisecond) // a quick typist
	}
	u.WaitLoaded()
	mu.Lock()
	defer mu.Unlock()
	if posted == 0 {
		t.Fatal("no result came back to the window")
	}
	if worst > 50*time.Millisecond {
		t.Errorf("the UI goroutine was blocked for %v (limit 50 ms)", worst)
	}
	after := u.journal.count.Text
	if after == before || !strings.Contains(after, "démarche") {
		t.Errorf("the count did not follow the search: %q then %q", before, after)
	}
	for _, row := range visibleRows(u.journal)[:min(5, len(u.journal.rows))] {
		if !strings.Contains(strings.ToLower(row), "boulangerie") {
			t.Errorf("a row shown does not match the search: %q", row)
		}
	}
	t.Logf("typing: worst UI-goroutine work %v over %d posted results; %s", worst, posted, after)
}
