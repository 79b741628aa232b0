package answerread

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/go-pdf/fpdf"
)

// zeros deflates n zero bytes: a few kilobytes for megabytes.
func zeros(t *testing.T, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestCompression)
	if _, err := w.Write(make([]byte, n)); err != nil {
		t.Fatal(err)
	}
	w.Close()
	return buf.Bytes()
}

// lyingZip archives one text file of n zeros whose header claims 10 bytes.
func lyingZip(t *testing.T, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "a.txt", Method: zip.Deflate, CompressedSize64: uint64(len(zeros(t, n))), UncompressedSize64: 10})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(zeros(t, n))
	zw.Close()
	return buf.Bytes()
}

// nestedZip puts a text file inside depth archives.
func nestedZip(t *testing.T, depth int) []byte {
	data := []byte("Score : 1")
	name := "a.txt"
	for i := 0; i < depth; i++ {
		data = zipOf(t, name, data)
		name = fmt.Sprintf("niveau%d.zip", i)
	}
	return data
}

// nestedMail is an e-mail whose multipart bodies nest depth levels deep.
func nestedMail(depth int) []byte {
	var b strings.Builder
	b.WriteString("From: a@example.org\r\nContent-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n")
	for i := 0; i < depth; i++ {
		fmt.Fprintf(&b, "--b%d\r\nContent-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n", i, i+1)
	}
	fmt.Fprintf(&b, "--b%d\r\nContent-Type: text/plain\r\n\r\nbonjour\r\n", depth)
	for i := depth; i >= 0; i-- {
		fmt.Fprintf(&b, "--b%d--\r\n", i)
	}
	return []byte(b.String())
}

// streamObj is a PDF stream object with the given dictionary entries.
func streamObj(dict, data string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

func TestFormsDrawingEachOtherStopWithinBounds(t *testing.T) {
	fanOut := strings.Repeat("/X Do ", 100)
	data := rawPDF("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /X 4 0 R >> >> /Contents 5 0 R >>",
		streamObj("/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X 4 0 R >> >>", fanOut),
		streamObj("", "/X Do"))
	start := time.Now()
	pages, err := Extract(context.Background(), "formes.pdf", data, Options{})
	if err != nil || len(pages) != 1 || !pages[0].NoText {
		t.Fatalf("err = %v, pages %+v", err, pages)
	}
	if d := time.Since(start); d > 30*time.Second {
		t.Errorf("took %v", d)
	}
	t.Logf("stopped after %v", time.Since(start))
}

func TestHostileFilesAreRefused(t *testing.T) {
	many := []any{}
	for i := 0; i < 12; i++ {
		many = append(many, fmt.Sprintf("f%d.txt", i), []byte("x"))
	}
	small := Limits{MaxFileSize: 1 << 20, MaxTotal: 2 << 20, MaxEntries: 10}
	page := "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"
	cases := []struct {
		name, file string
		data       func(t *testing.T) []byte
		limits     Limits
		want       error
	}{
		{"file over 25 MiB", "gros.txt", func(t *testing.T) []byte { return make([]byte, 25<<20+1) }, Limits{}, ErrTooLarge},
		{"archived file over the per-file cap", "bombe.zip", func(t *testing.T) []byte { return zipOf(t, "a.txt", make([]byte, 2<<20)) }, small, ErrTooLarge},
		{"zip bomb lying about its size (archive/zip stops at the declared size)", "bombe.zip", func(t *testing.T) []byte { return lyingZip(t, 3<<20) }, small, ErrDamaged},
		{"zip bomb over the total budget", "bombe.zip", func(t *testing.T) []byte {
			return zipOf(t, "a.txt", make([]byte, 900<<10), "b.txt", make([]byte, 900<<10), "c.txt", make([]byte, 900<<10))
		}, small, ErrArchiveTooLarge},
		{"42.zip-style nesting", "bombe.zip", func(t *testing.T) []byte { return nestedZip(t, 20) }, Limits{}, ErrTooDeep},
		{"too many entries", "liasse.zip", func(t *testing.T) []byte { return zipOf(t, many...) }, small, ErrTooManyEntries},
		{"e-mail nested 500 levels", "boucle.eml", func(t *testing.T) []byte { return nestedMail(500) }, Limits{}, ErrTooDeep},
		{"XLSX holding a bomb", "bombe.xlsx", func(t *testing.T) []byte {
			wb, err := zip.NewReader(bytes.NewReader(workbook(t)), int64(len(workbook(t))))
			if err != nil {
				t.Fatal(err)
			}
			var files []any
			for _, f := range wb.File {
				rc, _ := f.Open()
				var b bytes.Buffer
				b.ReadFrom(rc)
				rc.Close()
				files = append(files, f.Name, b.Bytes())
			}
			return zipOf(t, append(files, "xl/media/image1.bin", make([]byte, 3<<20))...)
		}, small, ErrArchiveTooLarge},
		{"malformed XLSX", "faux.xlsx", func(t *testing.T) []byte { return zipOf(t, "xl/workbook.xml", []byte("<workbook><sheets><sheet")) }, Limits{}, ErrDamaged},
		{"truncated ZIP", "coupe.zip", func(t *testing.T) []byte { return zipOf(t, "a.txt", []byte("abc"))[:30] }, Limits{}, ErrDamaged},
		{"ODS row repeated a million times", "enorme.ods", func(t *testing.T) []byte {
			content := `<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ` +
				`xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">` +
				`<office:body><office:spreadsheet><table:table table:name="T"><table:table-row table:number-rows-repeated="1048576">` +
				`<table:table-cell table:number-columns-repeated="16384"><text:p>x</text:p></table:table-cell>` +
				`</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`
			return zipOf(t, "mimetype", []byte("application/vnd.oasis.opendocument.spreadsheet"), "content.xml", []byte(content))
		}, Limits{}, ErrDamaged},
		{"unknown type", "photo.heic", func(t *testing.T) []byte { return []byte("\x00\x00\x00\x18ftypheic") }, Limits{}, ErrUnsupported},
		{"PDF claiming 10,000 pages", "long.pdf", func(t *testing.T) []byte {
			return rawPDF("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 10000 >>", page)
		}, Limits{}, ErrTooManyPages},
		{"PDF with more kids than its count", "long.pdf", func(t *testing.T) []byte {
			kids := strings.Repeat("3 0 R ", 30)
			return rawPDF("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids ["+kids+"] /Count 1 >>", page)
		}, Limits{MaxPages: 20}, ErrTooManyPages},
		{"PDF whose page tree contains itself", "boucle.pdf", func(t *testing.T) []byte {
			return rawPDF("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R] /Count 1 >>")
		}, Limits{}, ErrDamaged},
		{"PDF with a user password", "secret.pdf", func(t *testing.T) []byte {
			f := fpdf.New("P", "mm", "A4", "")
			f.SetProtection(0, "motdepasse", "proprietaire")
			f.AddPage()
			f.SetFont("Helvetica", "", 11)
			f.CellFormat(0, 6, "Score : 3", "", 1, "L", false, 0, "")
			var buf bytes.Buffer
			if err := f.Output(&buf); err != nil {
				t.Fatal(err)
			}
			return buf.Bytes()
		}, Limits{}, ErrEncrypted},
		{"not a PDF after its header", "faux.pdf", func(t *testing.T) []byte { return []byte("%PDF-1.7\nrien") }, Limits{}, ErrDamaged},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			pages, err := Extract(ctx, c.file, c.data(t), Options{Limits: c.limits})
			if !errors.Is(err, c.want) || pages != nil {
				t.Fatalf("err = %v (%d pages), want %v", err, len(pages), c.want)
			}
			if !strings.HasPrefix(err.Error(), c.file) {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
}
