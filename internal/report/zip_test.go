package report

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"io"
	"path"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/carnet-app/carnet/internal/journal"
)

func TestSafeName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"../../etc/passwd", "_._etc_passwd"},
		{"CON", "_CON"},
		{"con.txt", "_con.txt"},
		{"NUL.tar.gz", "_NUL.tar.gz"},
		{"CON.0000000000000000", "_CON.0000000000000000"},
		{"lettre\x00\x07.pdf", "lettre.pdf"},
		{"..", "piece"},
		{"a/b\\c:d*e?f\"g<h>i|j.pdf", "a_b_c_d_e_f_g_h_i_j.pdf"},
		{"  CV final.  ", "CV final"},
		{"", "piece"},
	}
	for _, tt := range tests {
		if got := SafeName(tt.in, "piece"); got != tt.want {
			t.Errorf("SafeName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	long := SafeName(strings.Repeat("é", 300)+".pdf", "piece")
	if len(long) > maxNameBytes || !strings.HasSuffix(long, ".pdf") || !utf8.ValidString(long) {
		t.Errorf("long name %d bytes %q", len(long), long)
	}
}

func TestZipKeepsEveryProofInsidePreuves(t *testing.T) {
	day := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	names := []string{"../../etc/passwd", "CON", strings.Repeat("n", 300) + ".pdf", "cv.pdf", "cv.pdf", "CV.PDF", "/absolu.txt", "..\\..\\win.ini"}
	var atts []journal.Attachment
	bodies := map[string][]byte{}
	for i, n := range names {
		id := string(rune('a' + i))
		atts = append(atts, journal.Attachment{ID: id, Name: n})
		bodies[id] = []byte("contenu " + id)
	}
	d := Dossier{Generated: day, Proofs: len(atts), Acts: []DossierAct{
		{Act: journal.Act{Date: day, Organisation: "../Société/Générale", Attachments: atts[:4]}},
		{Act: journal.Act{Date: day, Organisation: "../Société/Générale", Attachments: atts[4:]}},
	}}
	var buf bytes.Buffer
	progress := 0
	err := WriteZip(context.Background(), &buf, ZipInput{Dossier: d, PDF: []byte("%PDF"), CSV: func(w io.Writer) error { _, err := io.WriteString(w, "csv"); return err },
		Load: func(id string) ([]byte, error) { return bodies[id], nil }, Progress: func(done, total int) { progress = done }})
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	proofs := 0
	for _, f := range zr.File {
		clean := path.Clean(f.Name)
		if clean != f.Name || strings.HasPrefix(clean, "/") || strings.Contains(f.Name, "..") || strings.Contains(f.Name, "\\") {
			t.Errorf("unsafe entry %q", f.Name)
		}
		if seen[strings.ToLower(f.Name)] {
			t.Errorf("duplicate entry %q", f.Name)
		}
		seen[strings.ToLower(f.Name)] = true
		for _, part := range strings.Split(f.Name, "/") {
			if len(part) > maxNameBytes {
				t.Errorf("part of %d bytes in %q", len(part), f.Name)
			}
			if reservedNames[strings.ToUpper(strings.TrimSuffix(part, path.Ext(part)))] {
				t.Errorf("reserved name in %q", f.Name)
			}
		}
		if strings.HasPrefix(f.Name, "preuves/") {
			proofs++
		} else if f.Name != "dossier.pdf" && f.Name != "demarches.csv" {
			t.Errorf("unexpected entry %q", f.Name)
		}
	}
	if proofs != len(names) || progress != len(names)+2 {
		t.Fatalf("%d proofs in the ZIP (progress %d), want %d", proofs, progress, len(names))
	}
}

func TestZipStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	d := Dossier{Proofs: 1, Acts: []DossierAct{{Act: journal.Act{Attachments: []journal.Attachment{{ID: "x", Name: "a"}}}}}}
	err := WriteZip(ctx, &bytes.Buffer{}, ZipInput{Dossier: d, Load: func(string) ([]byte, error) { return nil, nil }})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
}

func TestBuildDossierPrivateModes(t *testing.T) {
	day := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	acts := []journal.Act{
		{ID: "1", Date: day, Minutes: 60, Theme: "P03", Code: "Q14", Organisation: "Acme", CreatedAt: day.AddDate(0, 0, 5)},
		{ID: "2", Date: day, Minutes: 30, Theme: "P07", Code: "Q39", Label: "Rendez-vous médical", CreatedAt: day},
		{ID: "3", Date: day, Minutes: 20, Theme: "P03", Code: "Q12", Private: true, Organisation: "Secret SA", CreatedAt: day},
		{ID: "4", Date: day.AddDate(0, 1, 0), Minutes: 20, Theme: "P03", Code: "Q12"},
	}
	in := DossierInput{Acts: acts, From: day, To: day.AddDate(0, 0, 27)}
	d := BuildDossier(in)
	if len(d.Acts) != 1 || d.Excluded != 2 || !d.Acts[0].LateEntry || d.TotalMinutes != 60 {
		t.Fatalf("exclude: %+v", d)
	}
	in.Private = PrivateRedact
	d = BuildDossier(in)
	if len(d.Acts) != 3 || d.Redacted != 2 || d.TotalMinutes != 110 {
		t.Fatalf("redact: %d acts, %d redacted", len(d.Acts), d.Redacted)
	}
	for _, a := range d.Acts {
		if a.Redacted && (a.Label != RedactedText || a.Organisation != "") {
			t.Fatalf("redacted act keeps details: %+v", a.Act)
		}
	}
	in.Private = PrivateInclude
	if d = BuildDossier(in); len(d.Acts) != 3 || d.Redacted != 0 {
		t.Fatalf("include: %+v", d)
	}
}

func TestCompressedProofsAreStoredAndTheOthersDeflated(t *testing.T) {
	tests := []struct {
		mime, name string
		want       uint16
	}{
		{"application/pdf", "attestation.pdf", zip.Store},
		{"image/jpeg", "photo.JPG", zip.Store},
		{"", "scan.png", zip.Store},
		{"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "cv.docx", zip.Store},
		{"text/plain", "preuve.txt", zip.Deflate},
		{"message/rfc822", "candidature.eml", zip.Deflate},
		{"image/svg+xml", "logo.svg", zip.Deflate},
		{"", "notes", zip.Deflate},
	}
	for _, tt := range tests {
		if got := zipMethod(tt.mime, tt.name); got != tt.want {
			t.Errorf("%s (%s): method %d, want %d", tt.name, tt.mime, got, tt.want)
		}
	}
}
