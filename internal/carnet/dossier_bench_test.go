package carnet

import (
	"context"
	"io"
	"math/rand/v2"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/demo"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/store"
)

// proofSize is the size of each of the 300 proofs of the benchmark: a
// scanned page, incompressible.
const proofSize = 512 << 10

// benchApp fills a temp store with 12 months of demo acts (about 1,500)
// and 300 proofs of proofSize bytes, as in the dossier's targets.
func benchApp(b *testing.B) (*App, DossierOptions) {
	b.Helper()
	s, err := store.Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	today := time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)
	rec := demo.Generate(2250, 11, today)
	from := today.AddDate(-1, 0, 0)
	rng := rand.New(rand.NewPCG(1, 2))
	var acts []journal.Act
	proofs := 0
	for _, a := range rec.Acts {
		if a.Date.Before(from) {
			continue
		}
		a.Attachments = nil
		if proofs < 300 && len(acts)%4 == 0 {
			data := make([]byte, proofSize)
			for i := range data {
				data[i] = byte(rng.Uint32())
			}
			att, err := journal.NewAttachment("preuve.pdf", "application/pdf", data, today)
			if err != nil {
				b.Fatal(err)
			}
			a.Attachments = []journal.Attachment{att}
			proofs++
		}
		acts = append(acts, a)
	}
	if _, err := s.Import(context.Background(), &rec.Profile, acts, nil, nil, nil); err != nil {
		b.Fatal(err)
	}
	b.Logf("%d acts, %d proofs of %d KiB in the period", len(acts), proofs, proofSize>>10)
	return New(s, func() time.Time { return today }), DossierOptions{From: from, To: today}
}

// peakHeap samples the heap while f runs and returns its highest value
// above the heap before f. The collector runs often meanwhile (GOGC=10), so
// that the figure is what f keeps, not the garbage it has not collected yet.
func peakHeap(f func()) uint64 {
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapAlloc
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > base && m.HeapAlloc-base > peak.Load() {
				peak.Store(m.HeapAlloc - base)
			}
			select {
			case <-done:
				return
			case <-time.After(2 * time.Millisecond):
			}
		}
	}()
	f()
	close(done)
	wg.Wait()
	return peak.Load()
}

func benchmarkDossier(b *testing.B, format string) {
	a, o := benchApp(b)
	ctx := context.Background()
	var size countingWriter
	if err := a.WriteDossier(ctx, &size, o, FormatPDF, nil); err != nil {
		b.Fatal(err)
	}
	pdfSize := size.n
	peak := peakHeap(func() {
		if err := a.WriteDossier(ctx, io.Discard, o, format, nil); err != nil {
			b.Fatal(err)
		}
	})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := a.WriteDossier(ctx, io.Discard, o, format, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
	b.ReportMetric(float64(proofSize)/(1<<20), "proof-MiB")
	b.ReportMetric(float64(pdfSize)/(1<<20), "pdf-MiB")
}

// countingWriter counts the bytes written to it.
type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

// BenchmarkDossierPDF12Months writes the 12-month dossier as PDF.
func BenchmarkDossierPDF12Months(b *testing.B) { benchmarkDossier(b, FormatPDF) }

// BenchmarkDossierZIP12Months writes the same dossier as ZIP with its 300
// proofs; peak-heap-MiB must stay under one proof plus the PDF (and the
// ZIP's and SQLite's buffers).
func BenchmarkDossierZIP12Months(b *testing.B) { benchmarkDossier(b, FormatZIP) }
