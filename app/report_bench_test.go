package app

import (
	"context"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/demo"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/store"
)

// benchStore fills a temp store with 1,500 acts over 12 months and 300
// attachments (demo data), as in the dossier's acceptance figures.
func benchStore(b *testing.B) (*store.Store, time.Time, time.Time) {
	b.Helper()
	s, err := store.Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	today := time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)
	rec := demo.Generate(2250, 11, today) // 18 months of demo, 12 of which hold ~1,500 acts
	from := today.AddDate(-1, 0, 0)
	var acts []journal.Act
	attachments := 0
	for _, a := range rec.Acts {
		if a.Date.Before(from) {
			continue
		}
		if attachments >= 300 {
			a.Attachments = nil
		}
		attachments += len(a.Attachments)
		acts = append(acts, a)
	}
	if _, err := s.Import(context.Background(), &rec.Profile, acts, nil, nil, nil); err != nil {
		b.Fatal(err)
	}
	b.Logf("%d acts, %d attachments in the period", len(acts), attachments)
	return s, from, today
}

func benchmarkProof(b *testing.B, format string) {
	s, from, to := benchStore(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		data, err := buildProof(ctx, s, proofOptions{from: from, to: to, private: "exclude", format: format, now: to})
		if err != nil || len(data) == 0 {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(data)))
	}
}

// BenchmarkDossierPDF builds the 12-month dossier of 1,500 acts as PDF.
func BenchmarkDossierPDF(b *testing.B) { benchmarkProof(b, "pdf") }

// BenchmarkDossierZIP builds the same dossier as ZIP with its 300 proofs.
func BenchmarkDossierZIP(b *testing.B) { benchmarkProof(b, "zip") }
