package store

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/answerfind"
	"github.com/carnet-app/carnet/internal/defence"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// endless puts acts numbered from 0 until put refuses one, counting them.
func endless(count *atomic.Int64, data int) func(put func(ImportItem) error) error {
	return func(put func(ImportItem) error) error {
		for i := 0; ; i++ {
			a := &journal.Act{ID: fmt.Sprint(i)}
			if data > 0 {
				a.Attachments = []journal.Attachment{{Data: make([]byte, data)}}
			}
			if err := put(ImportItem{Act: a}); err != nil {
				return fmt.Errorf("put %d: %w", i, err)
			}
			count.Add(1)
		}
	}
}

func TestPipeKeepsOrderAndReturnsReadError(t *testing.T) {
	parse := errors.New("line 7: syntax")
	var got []string
	err := pipe(context.Background(), func(put func(ImportItem) error) error {
		for i := range 3000 {
			if err := put(ImportItem{Act: &journal.Act{ID: fmt.Sprint(i)}}); err != nil {
				return err
			}
		}
		return parse
	}, func(it ImportItem) error {
		got = append(got, it.Act.ID)
		return nil
	})
	if !errors.Is(err, parse) {
		t.Fatalf("pipe = %v, want the reader's error", err)
	}
	if len(got) != 3000 {
		t.Fatalf("%d records written, want 3000", len(got))
	}
	for i, id := range got {
		if id != fmt.Sprint(i) {
			t.Fatalf("record %d is %s: order lost", i, id)
		}
	}
}

func TestPipeWriteErrorStopsTheReader(t *testing.T) {
	refused := errors.New("id taken")
	var read atomic.Int64
	written := 0
	err := pipe(context.Background(), endless(&read, 0), func(it ImportItem) error {
		if written++; written == 10 {
			return refused
		}
		return nil
	})
	if !errors.Is(err, refused) {
		t.Fatalf("pipe = %v, want the writer's error", err)
	}
	if written != 10 {
		t.Fatalf("%d records written, want the writer to stop at the 10th", written)
	}
}

func TestPipeCancelStopsBothSides(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var read atomic.Int64
	written := 0
	err := pipe(ctx, endless(&read, 0), func(ImportItem) error {
		if written++; written == 5 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("pipe = %v, want context.Canceled", err)
	}
	if written != 5 {
		t.Fatalf("%d records written after the cancel at the 5th", written)
	}
}

func TestPipeRaisesTheReadersPanic(t *testing.T) {
	defer func() {
		if r := recover(); r != "bad parser" {
			t.Fatalf("recovered %v, want the reader's panic", r)
		}
	}()
	_ = pipe(context.Background(), func(put func(ImportItem) error) error {
		panic("bad parser")
	}, func(ImportItem) error { return nil })
	t.Fatal("pipe returned after the reader panicked")
}

// Records heavy with proofs are held ahead of the writer up to pipeBytes,
// not pipeDepth of them.
func TestPipeBoundsTheBytesReadAhead(t *testing.T) {
	const proof = 3 << 20 // 4 KB of fields + 3 MB: two fit in pipeBytes, three do not
	var read atomic.Int64
	release, first := make(chan struct{}), make(chan struct{})
	done := make(chan error, 1)
	go func() {
		n := 0
		done <- pipe(context.Background(), endless(&read, proof), func(ImportItem) error {
			if n++; n == 1 {
				close(first)
				<-release
				return errors.New("stop")
			}
			return nil
		})
	}()
	<-first
	time.Sleep(200 * time.Millisecond) // let the reader run as far ahead as it may
	// Records put and not yet written, the blocked one included, hold
	// at most pipeBytes.
	limit := int64(pipeBytes / (proof + 4<<10))
	if limit >= pipeDepth {
		t.Fatalf("pipeBytes allows %d records of 3 MB: the test needs fewer than pipeDepth", limit)
	}
	if n := read.Load(); n > limit {
		t.Errorf("the reader got %d records of 3 MB ahead of a blocked writer, want at most %d", n, limit)
	}
	close(release)
	if err := <-done; err == nil {
		t.Fatal("pipe ended without the writer's error")
	}
}

// Every record that carries files weighs their bytes: proofs, an answer
// file, a letter as sent with a request or a notice.
func TestItemWeightCountsEveryFile(t *testing.T) {
	mb := make([]byte, 1<<20)
	for name, it := range map[string]ImportItem{
		"act":     {Act: &journal.Act{Attachments: []journal.Attachment{{Data: mb}}}},
		"mail":    {Mail: &journal.Mail{Attachments: []journal.Attachment{{Data: mb}}}},
		"answer":  {AnswerFile: &answerfind.AnswerFile{Attachment: journal.Attachment{Data: mb}}},
		"request": {Request: &rights.Request{Snapshot: &rights.Snapshot{PDF: mb}}},
		"notice":  {Notice: &defence.Record{Sent: []defence.SentLetter{{PDF: mb}}}},
	} {
		if w := itemWeight(it); w < 1<<20 {
			t.Errorf("a %s with 1 MB of files weighs %d bytes", name, w)
		}
	}
}

// A reader that ends its goroutine without returning (runtime.Goexit)
// gives an error, not a panic or a hang.
func TestPipeReaderThatExitsGivesAnError(t *testing.T) {
	err := pipe(context.Background(), func(put func(ImportItem) error) error {
		runtime.Goexit()
		return nil
	}, func(ImportItem) error { return nil })
	if !errors.Is(err, errReaderExited) {
		t.Fatalf("pipe = %v, want errReaderExited", err)
	}
}
