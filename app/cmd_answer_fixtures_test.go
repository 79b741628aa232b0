package app

// The fixture answers of issue 12 are kept in internal/answerread's
// testdata/answers (written by the project; CARNET_WRITE_FIXTURES=1 makes
// them again there): a PDF by internal/pdf, one by fpdf in WinAnsi, one by
// LibreOffice, a scan, an XLSX, a Windows-1252 CSV, an e-mail and a ZIP.
// The hostile files are made here.

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// answerFixture is one answer of the set and the items it addresses.
type answerFixture struct {
	name, file string
	found      []string // items the answer addresses; the others are missing
}

func answerFixtures() []answerFixture {
	return []answerFixture{
		{"complete answer", "reponse.pdf", []string{"copy", "scores", "a", "b", "c", "d", "e", "f", "g", "h", "r3"}},
		{"evasive answer", "evasive.pdf", nil},
		{"answer in other words", "autres-mots.pdf", []string{"a", "c", "d", "scores", "h", "decisions"}},
		{"LibreOffice table", "table.pdf", []string{"scores", "d"}},
		{"Windows-1252 PDF", "cp1252.pdf", []string{"scores", "c"}},
		{"scan only", "scan.pdf", nil},
		{"Windows-1252 CSV", "indicateurs.csv", []string{"scores"}},
		{"XLSX", "indicateurs.xlsx", []string{"scores"}},
		{"e-mail with the answer attached", "reponse.eml", []string{"copy", "scores", "a", "b", "c", "d", "e", "f", "g", "h", "r3"}},
		{"ZIP of several", "cle.zip", []string{"scores", "c"}},
	}
}

// zipOf archives the files in the order given (name, content, name, …).
func zipOf(t testing.TB, files ...any) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(files); i += 2 {
		w, err := zw.Create(files[i].(string))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(files[i+1].([]byte)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// rawPDF assembles a PDF from its numbered objects (object i+1 is objs[i]),
// with a correct cross-reference table; the catalogue is object 1.
func rawPDF(objs ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
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
