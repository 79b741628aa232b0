package answerread

import (
	"context"
	"testing"
)

// BenchmarkExtract200PagePDF measures the extraction of a 200-page letter
// rendered by internal/pdf (the issue's « must not freeze the window » case).
func BenchmarkExtract200PagePDF(b *testing.B) {
	data := letterPDF(b, 2800)
	pages, err := Extract(context.Background(), "long.pdf", data, Options{})
	if err != nil {
		b.Fatal(err)
	}
	if len(pages) < 200 || len(pages) > 215 {
		b.Fatalf("%d pages, want about 200", len(pages))
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Extract(context.Background(), "long.pdf", data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(pages)), "pages")
}
