package app

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/carnet-app/carnet/internal/store"
)

// manyPagesPDF is a PDF with n real pages in one page tree.
func manyPagesPDF(n int) []byte {
	kids := make([]string, n)
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", ""}
	for i := range kids {
		kids[i] = fmt.Sprintf("%d 0 R", i+3)
		objs = append(objs, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>")
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), n)
	return rawPDF(objs...)
}

// recordFiles returns the bytes of the record's files in the data folder.
func recordFiles(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if b, err := os.ReadFile(filepath.Join(dir, store.FileName+suffix)); err == nil {
			out[suffix] = b
		}
	}
	return out
}

// TestAnswerCommandRefusesHostileFilesAndChangesNothing is issue 12's
// hostile files: each is refused with a sentence naming it, exit 1, and
// the database is byte for byte what it was, even when a good file comes
// first on the command line.
func TestAnswerCommandRefusesHostileFilesAndChangesNothing(t *testing.T) {
	dir, id := sentAccessRequest(t)
	good := filepath.Join(t.TempDir(), "reponse.txt")
	if err := os.WriteFile(good, []byte("Vos données sont conservées pendant deux ans.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, file string
		data       func(t *testing.T) []byte
		reason     string
	}{
		{"zip bomb", "bombe.zip", func(t *testing.T) []byte { return zipOf(t, "a.txt", make([]byte, 30<<20)) }, "il dépasse 25 Mo"},
		{"PDF whose page tree contains itself", "boucle.pdf", func(t *testing.T) []byte {
			return rawPDF("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R] /Count 1 >>")
		}, "il est endommagé"},
		{"10,000-page PDF", "long.pdf", func(t *testing.T) []byte { return manyPagesPDF(10000) }, "il a trop de pages"},
		{"e-mail nested 500 levels", "boucle.eml", func(t *testing.T) []byte { return nestedMail(500) }, "des archives ou des pièces jointes y sont imbriquées trop profondément"},
		{"malformed XLSX", "faux.xlsx", func(t *testing.T) []byte { return zipOf(t, "xl/workbook.xml", []byte("<workbook><sheets><sheet")) }, "il est endommagé"},
	}
	// A first command settles whatever opening the record writes.
	mustRun(t, "--data", dir, "requests")
	before := recordFiles(t, dir)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), c.file)
			if err := os.WriteFile(path, c.data(t), 0o600); err != nil {
				t.Fatal(err)
			}
			out, errOut, code := run(t, "--data", dir, "answer", "--request", id, good, path)
			if code != 1 || out != "" {
				t.Fatalf("exit %d, stdout %q", code, out)
			}
			if want := "Le fichier « " + c.file + " » n’a pas été ajouté : " + c.reason; !strings.Contains(errOut, want) ||
				!strings.Contains(errOut, "Rien n’a été enregistré.") || strings.Contains(errOut, "goroutine") {
				t.Errorf("stderr %q, want %q", errOut, want)
			}
			after := recordFiles(t, dir)
			for k, b := range before {
				if !bytes.Equal(b, after[k]) {
					t.Errorf("%s%s changed", store.FileName, k)
				}
			}
			if len(after) != len(before) {
				t.Errorf("record files %d, were %d", len(after), len(before))
			}
		})
	}
	if out := mustRun(t, "--data", dir, "answer", "--request", id); strings.Contains(out, "found") {
		t.Errorf("a refused answer left files behind:\n%s", out)
	}
}

// TestFactsCommandListsHistoryAndChanges confirms two values of a fact
// from two answers and lists them with the change between them.
func TestFactsCommandListsHistoryAndChanges(t *testing.T) {
	dir, id := sentAccessRequest(t)
	if out := mustRun(t, "--data", dir, "facts"); out != "Aucun fait confirmé pour l’instant.\n" {
		t.Fatalf("facts of an empty record: %q", out)
	}
	confirmFacts(t, dir, id)
	out := mustRun(t, "--data", dir, "facts")
	want := "Modalité d’accompagnement\n" +
		"  12/03/2026  Guidé  (reponse.pdf p.1, demande " + id + ", confirmé le 02/04/2026)\n" +
		"  01/10/2026  Renforcé  (cp1252.pdf p.1, demande " + id + ", confirmé le 20/10/2026)\n" +
		"  → Modalité d’accompagnement : Guidé (mars 2026) → Renforcé (octobre 2026)\n"
	if out != want {
		t.Errorf("facts\n got %q\nwant %q", out, want)
	}
}
