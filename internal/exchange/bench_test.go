package exchange

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"
)

// BenchmarkDecodeJSON parses a generated file of about 200 MB of acts
// (CARNET_BENCH_MB overrides) without storing it: the reader alone, which
// issue 9 (defect 3) found quadratic. It reports MB/s and the peak Go heap.
func BenchmarkDecodeJSON(b *testing.B) {
	mb := 200
	if v, err := strconv.Atoi(os.Getenv("CARNET_BENCH_MB")); err == nil && v > 0 {
		mb = v
	}
	path := filepath.Join(b.TempDir(), "big.json")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	var size int64
	count := func(n int, _ error) { size += int64(n) }
	count(io.WriteString(w, "{\n  \"format\": \"carnet\",\n  \"version\": 1,\n  \"acts\": [\n"))
	for i := 0; size < int64(mb)<<20; i++ {
		if i > 0 {
			count(io.WriteString(w, ",\n"))
		}
		d := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%2000).Format("2006-01-02")
		count(fmt.Fprintf(w, `    {
      "id": "%032x", "date": "%s", "start_time": "", "minutes": 45, "theme": "P03", "code": "Q14",
      "label": "", "organisation": "Entreprise %d",
      "contact": {"name": "Camille Martin", "role": "", "email": "rh@example.org", "phone": ""},
      "channel": "email", "offer_ref": "", "notes": "Relance téléphonique, entretien prévu la semaine prochaine.",
      "private": false, "status": "sent",
      "history": [
        {"id": "h%031x", "status": "sent", "date": "%s", "created_at": "2026-01-01T10:00:00Z"}
      ],
      "next_action": "", "next_action_on": "", "created_at": "2026-01-01T10:00:00Z",
      "updated_at": "2026-01-01T10:00:00Z", "deleted_at": "", "attachments": []
    }`, i, d, i, i, d))
	}
	count(io.WriteString(w, "\n  ],\n  \"mails\": [],\n  \"requests\": [],\n  \"meetings\": []\n}\n"))
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	f.Close()
	b.SetBytes(size)
	var peak uint64
	for i := 0; i < b.N; i++ {
		in, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		n := 0
		var m runtime.MemStats
		err = DecodeJSON(in, func(it Item) error {
			if n++; n%4096 == 0 {
				runtime.ReadMemStats(&m)
				peak = max(peak, m.HeapAlloc)
			}
			return nil
		})
		in.Close()
		if err != nil || n == 0 {
			b.Fatalf("%v after %d records", err, n)
		}
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}
