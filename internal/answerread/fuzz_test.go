package answerread

import (
	"context"
	"errors"
	"testing"
	"time"
)

// FuzzExtract feeds damaged variants of every format to Extract: it must
// return pages or one of the package's errors, never panic or hang.
func FuzzExtract(f *testing.F) {
	f.Add("a.pdf", letterPDF(f, 1))
	f.Add("a.pdf", winAnsiPDF(f, "Score : 3 €"))
	f.Add("a.pdf", scannedPDF(f))
	f.Add("a.xlsx", workbook(f))
	f.Add("a.eml", email("b.pdf", winAnsiPDF(f, "x")))
	f.Add("a.zip", zipOf(f, "b.csv", []byte("x;y\n"), "c.txt", []byte("z")))
	f.Add("a.pdf", rawPDF("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R] /Count 1 >>"))
	f.Add("a.csv", []byte("\xff\xfeS\x00;\x00"))
	known := []error{ErrTooLarge, ErrArchiveTooLarge, ErrTooManyEntries, ErrTooDeep, ErrTooManyPages, ErrUnsupported, ErrEncrypted, ErrDamaged}
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		pages, err := Extract(ctx, name, data, Options{Limits: Limits{MaxTotal: 8 << 20, MaxPages: 50}})
		if err != nil {
			ok := errors.Is(err, context.DeadlineExceeded)
			for _, k := range known {
				ok = ok || errors.Is(err, k)
			}
			if !ok || pages != nil {
				t.Fatalf("err = %v (%d pages)", err, len(pages))
			}
			return
		}
		for _, p := range pages {
			if p.Number < 1 || (p.NoText && p.Text != "") {
				t.Fatalf("bad page %+v", p)
			}
		}
	})
}
