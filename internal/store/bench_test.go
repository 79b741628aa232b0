package store

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/demo"
	"github.com/carnet-app/carnet/internal/journal"
)

// benchToday is the day the benchmark records end.
var benchToday = time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)

// benchRecord is a demo database built once per test process and shared
// by the benchmarks that read it.
type benchRecord struct {
	acts int
	once sync.Once
	dir  string
	err  error
}

var (
	bench100k = &benchRecord{acts: 100_000}
	bench20k  = &benchRecord{acts: 20_000}
)

// TestMain removes the shared benchmark databases after the run.
func TestMain(m *testing.M) {
	code := m.Run()
	for _, r := range []*benchRecord{bench100k, bench20k} {
		if r.dir != "" {
			os.RemoveAll(r.dir)
		}
	}
	os.Exit(code)
}

// folder returns the data folder of the record, generating it (demo acts
// with their history and proofs, and the profile) on first use. The store
// is closed, so the folder holds carnet.db alone.
func (r *benchRecord) folder(b *testing.B) string {
	b.Helper()
	r.once.Do(func() {
		if r.dir, r.err = os.MkdirTemp("", fmt.Sprintf("carnet-bench-%d-", r.acts)); r.err != nil {
			return
		}
		rec := demo.Generate(r.acts, 11, benchToday)
		s, err := Open(r.dir)
		if err != nil {
			r.err = err
			return
		}
		if _, err := s.Import(context.Background(), &rec.Profile, rec.Acts, nil, nil, nil); err != nil {
			s.Close()
			r.err = err
			return
		}
		r.err = s.Close()
	})
	if r.err != nil {
		b.Fatal(r.err)
	}
	return r.dir
}

// open opens the shared record; the benchmark must not write to it.
func (r *benchRecord) open(b *testing.B) *Store {
	b.Helper()
	s, err := Open(r.folder(b))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// copyOpen opens a private copy of the record, for benchmarks that write.
func (r *benchRecord) copyOpen(b *testing.B) *Store {
	b.Helper()
	src, err := os.Open(filepath.Join(r.folder(b), FileName))
	if err != nil {
		b.Fatal(err)
	}
	defer src.Close()
	dir := b.TempDir()
	dst, err := os.OpenFile(filepath.Join(dir, FileName), os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		b.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		b.Fatal(err)
	}
	s, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// searchWords are words of the demo record as a user types them.
var searchWords = []string{"société", "générale", "boulangerie", "dupont", "clinique", "éloi",
	"mairie", "villeurbanne", "transports", "rhône", "hôtel", "parc", "leroy", "bâtiment",
	"cabinet", "lefèvre", "associés", "crédit", "mutuel", "biocoop", "croix-rousse", "adecco",
	"lyon", "manpower", "part-dieu", "seb", "éditions", "carrefour", "vénissieux", "poste",
	"décathlon", "confluence", "habitat", "keolis", "café", "négociants", "imprimerie", "morel",
	"ehpad", "tilleuls", "atelier", "numérique", "comptable", "administratif", "paie", "accueil",
	"secrétaire", "médical", "clientèle", "sophie", "laurent", "karim", "benali", "claire",
	"moreau", "julien", "nadia", "haddad", "girard", "recrutement", "gérant", "directrice",
	"consultant", "candidature", "lettre", "annonce", "conseiller", "afpa", "métiers",
	"openclassrooms", "logement", "garde", "exemple", "cv"}

// searchQueries returns n different queries of one or two words, whole or
// cut as while typing (two letters and more).
func searchQueries(n int) []string {
	prefix := func(w string, k int) string {
		r := []rune(w)
		return string(r[:min(k, len(r))])
	}
	seen := map[string]bool{}
	var out []string
	for i := 0; len(out) < n; i++ {
		w, next := searchWords[i%len(searchWords)], searchWords[(i*7+3)%len(searchWords)]
		var q string
		switch i % 5 {
		case 0:
			q = w
		case 1:
			q = prefix(w, 2+i%3)
		case 2:
			q = prefix(w, 5)
		case 3:
			q = w + " " + prefix(next, 3)
		default:
			q = prefix(w, 4) + " " + next
		}
		if !seen[q] {
			seen[q] = true
			out = append(out, q)
		}
	}
	return out
}

// quantiles returns the median and the maximum of d in milliseconds.
func quantiles(d []time.Duration) (median, worst float64) {
	s := slices.Clone(d)
	slices.Sort(s)
	ms := func(x time.Duration) float64 { return float64(x) / float64(time.Millisecond) }
	return ms(s[len(s)/2]), ms(s[len(s)-1])
}

// journalView does what the Journal does for a filter: first page and totals.
func journalView(b *testing.B, s *Store, f journal.ActFilter) {
	ctx := context.Background()
	page, err := s.ActsPage(ctx, f, nil, 50)
	if err != nil {
		b.Fatal(err)
	}
	t, err := s.ActTotals(ctx, f)
	if err != nil || t.Acts < len(page) {
		b.Fatalf("totals %+v for a page of %d: %v", t, len(page), err)
	}
}

// BenchmarkSearch100k runs 100 queries typed in the Journal over 100,000
// acts (first page of 50 and totals each); one op is the 100 queries. It
// reports the median and the worst query time (each query's median over
// the ops).
func BenchmarkSearch100k(b *testing.B) {
	s := bench100k.open(b)
	queries := searchQueries(100)
	times := make([][]time.Duration, len(queries))
	b.ResetTimer()
	for range b.N {
		for i, q := range queries {
			start := time.Now()
			journalView(b, s, journal.ActFilter{Query: q})
			times[i] = append(times[i], time.Since(start))
		}
	}
	b.StopTimer()
	perQuery := make([]time.Duration, len(queries))
	for i, t := range times {
		slices.Sort(t)
		perQuery[i] = t[len(t)/2]
	}
	median, worst := quantiles(perQuery)
	b.ReportMetric(median, "median-ms")
	b.ReportMetric(worst, "worst-ms")
}

// BenchmarkJournalFirstPage100k opens the Journal on 100,000 acts: first
// page of 50 and totals, no filter.
func BenchmarkJournalFirstPage100k(b *testing.B) {
	s := bench100k.open(b)
	b.ResetTimer()
	for range b.N {
		journalView(b, s, journal.ActFilter{})
	}
}

// BenchmarkFilterChange100k changes the theme filter of the Journal on
// 100,000 acts: first page of 50 and totals; ops cycle through the themes.
func BenchmarkFilterChange100k(b *testing.B) {
	s := bench100k.open(b)
	themes := []string{"P03", "P05", "P01", "P04", "P07", "P02", "P06"}
	b.ResetTimer()
	for i := range b.N {
		journalView(b, s, journal.ActFilter{Theme: themes[i%len(themes)]})
	}
}

// BenchmarkSaveAct saves one new act (with synchronous=FULL, as Open sets
// it) into a copy of a 20,000-act record. It reports the median in ms.
func BenchmarkSaveAct(b *testing.B) {
	s := bench20k.copyOpen(b)
	ctx := context.Background()
	a := journal.Act{Date: benchToday, StartTime: "10:00", Minutes: 45, Theme: "P03", Code: "Q14",
		Label: "Candidature : comptable", Organisation: "Boulangerie Dupont",
		Channel: journal.ChannelEmail, Status: journal.StatusSent,
		Notes: "Poste visé : comptable ; CV et lettre adaptés à l’annonce."}
	times := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for range b.N {
		start := time.Now()
		if _, err := s.SaveAct(ctx, a, nil, nil); err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(start))
	}
	b.StopTimer()
	median, _ := quantiles(times)
	b.ReportMetric(median, "median-ms")
}

// BenchmarkColdOpen20k opens a 20,000-act record, reads the profile and the
// first page of the Journal, and closes it.
func BenchmarkColdOpen20k(b *testing.B) {
	dir := bench20k.folder(b)
	ctx := context.Background()
	b.ResetTimer()
	for range b.N {
		s, err := Open(dir)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Profile(ctx); err != nil {
			b.Fatal(err)
		}
		if page, err := s.ActsPage(ctx, journal.ActFilter{}, nil, 50); err != nil || len(page) != 50 {
			b.Fatalf("first page of %d acts: %v", len(page), err)
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
	}
}
