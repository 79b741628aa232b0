package answerread

import (
	"context"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func extract(t *testing.T, name string, data []byte) []Page {
	t.Helper()
	pages, err := Extract(context.Background(), name, data, Options{})
	if err != nil {
		t.Fatalf("Extract(%s): %v", name, err)
	}
	return pages
}

// wantText fails unless page p holds every fragment.
func wantText(t *testing.T, p Page, fragments ...string) {
	t.Helper()
	for _, f := range fragments {
		if !strings.Contains(p.Text, f) {
			t.Errorf("%s p.%d lacks %q in %q", p.File, p.Number, f, p.Text)
		}
	}
}

func TestExtractReadsEachFormat(t *testing.T) {
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("Durée de conservation : 2 ans"))
	latin9, _ := charmap.ISO8859_15.NewEncoder().Bytes([]byte("Cœur de la pondération : 40 € par critère"))
	cases := []struct {
		name, file string
		data       func(t testing.TB) []byte
		pages      int
		page       int // the page checked, from 1
		label      string
		want       []string
		number     int // the page's Number when not page: an attachment counts its own pages
	}{
		{"project's own PDF (UTF-8 TrueType, ToUnicode)", "reponse.pdf", func(t testing.TB) []byte { return letterPDF(t, 3) }, 1, 1, "",
			[]string{"Mme Haddad", "Objet : Réponse à votre demande d’accès", "Les finalités du traitement sont l’accompagnement", "« œuvre » été", "Score d’employabilité : 0,42"}, 0},
		{"PDF in a Windows-1252 font encoding", "cp1252.pdf", func(t testing.TB) []byte {
			return winAnsiPDF(t, "Modalité d’accompagnement : Renforcé", "Pondération des critères : « œuvre » 12 €")
		}, 1, 1, "", []string{"Modalité d’accompagnement : Renforcé\nPondération des critères : « œuvre » 12 €"}, 0},
		{"PDF whose text is in nested forms", "formulaire.pdf", formPDF, 1, 1, "",
			[]string{"Durée de conservation : 2 ans", "Modalité d’accompagnement : Renforcé"}, 0},
		{"LibreOffice PDF with a table", "table.pdf", func(t testing.TB) []byte { return office(t, "pdf") }, 1, 1, "",
			[]string{"Score d'employabilité 0,42", "Modalité d'accompagnement Renforcé", "Durée de conservation 2 ans"}, 0},
		{"LibreOffice ODS", "table.ods", func(t testing.TB) []byte { return office(t, "ods") }, 1, 1, "table",
			[]string{"Indicateur | Valeur | Date\n", "Score d'employabilité | 0,42 | ", "Modalité d'accompagnement | Renforcé | "}, 0},
		{"XLSX first sheet", "reponse.xlsx", workbook, 2, 1, "Indicateurs",
			[]string{"Indicateur | Valeur | Date\nScore d'employabilité | 0.42 | 12/03/2026\nModalité d'accompagnement | Renforcé | 12/03/2026"}, 0},
		{"XLSX second sheet", "reponse.xlsx", workbook, 2, 2, "Historique", []string{" | Segment : Guidé (mars 2026)"}, 0},
		{"Windows-1252 CSV with semicolons", "export.csv", func(t testing.TB) []byte {
			return cp1252(t, "Indicateur;Valeur\r\n\"Modalité d'accompagnement\";Renforcé\r\nScore;\"0,42\"\r\n")
		}, 1, 1, "", []string{"Modalité d'accompagnement | Renforcé\nScore | 0,42"}, 0},
		{"UTF-8 CSV with a BOM and commas", "export.csv", func(t testing.TB) []byte {
			return []byte("\xEF\xBB\xBFIndicateur,Valeur\nSegment,Accompagné\n")
		}, 1, 1, "", []string{"Indicateur | Valeur\nSegment | Accompagné"}, 0},
		{"UTF-16 text with a BOM", "note.txt", func(t testing.TB) []byte { return utf16 }, 1, 1, "", []string{"Durée de conservation : 2 ans"}, 0},
		{"ISO-8859-15 text with œ and €", "note.txt", func(t testing.TB) []byte { return latin9 }, 1, 1, "", []string{"Cœur de la pondération : 40 € par critère"}, 0},
		{"e-mail body, Latin-1 quoted-printable", "reponse.eml", func(t testing.TB) []byte { return email("courrier.pdf", letterPDF(t, 1)) }, 2, 1, "",
			[]string{"Subject: Réponse à votre demande", "Vos données sont conservées pendant 2 ans."}, 0},
		{"e-mail's base64 PDF attachment", "reponse.eml", func(t testing.TB) []byte { return email("courrier.pdf", letterPDF(t, 1)) }, 2, 2, "",
			[]string{"Les finalités du traitement"}, 1},
		{"image", "scan.jpg", pngImage, 1, 1, "", nil, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pages := extract(t, c.file, c.data(t))
			if len(pages) != c.pages {
				t.Fatalf("%d pages, want %d: %+v", len(pages), c.pages, pages)
			}
			p := pages[c.page-1]
			number := c.page
			if c.number != 0 {
				number = c.number
			}
			if p.Number != number || p.Label != c.label {
				t.Errorf("page %d %q, want %d %q", p.Number, p.Label, number, c.label)
			}
			if p.NoText != (c.want == nil) {
				t.Errorf("NoText = %v", p.NoText)
			}
			wantText(t, p, c.want...)
		})
	}
}

func TestExtractNamesAttachmentsAndArchivedFilesAfterTheirContainer(t *testing.T) {
	eml := email("courrier.pdf", letterPDF(t, 1))
	archive := zipOf(t, "reponse/courrier.eml", eml, "reponse/export.csv", cp1252(t, "Score;0,42\r\n"),
		"../../etc/passwd.txt", []byte("Nom : x"), "reponse/", []byte{}, "scan.png", pngImage(t), "courrier.docx", []byte("PK\x03\x04"))
	var files []string
	for _, p := range extract(t, "cle-usb.zip", archive) {
		files = append(files, p.File)
	}
	want := []string{"cle-usb.zip/reponse/courrier.eml", "cle-usb.zip/reponse/courrier.eml/courrier.pdf",
		"cle-usb.zip/reponse/export.csv", "cle-usb.zip/etc/passwd.txt", "cle-usb.zip/scan.png", "cle-usb.zip/courrier.docx"}
	if strings.Join(files, "\n") != strings.Join(want, "\n") {
		t.Errorf("files:\n%s\nwant:\n%s", strings.Join(files, "\n"), strings.Join(want, "\n"))
	}
	pages := extract(t, "cle-usb.zip", archive)
	if last := pages[len(pages)-1]; !last.Unsupported || !last.NoText {
		t.Errorf("the Word file inside is %+v, want Unsupported", last)
	}
	if scan := pages[len(pages)-2]; scan.Unsupported || !scan.NoText {
		t.Errorf("the image inside is %+v, want NoText only", scan)
	}
}

func TestScannedPageIsMarkedNoText(t *testing.T) {
	pages := extract(t, "scan.pdf", scannedPDF(t))
	if len(pages) != 2 {
		t.Fatalf("%d pages", len(pages))
	}
	if pages[0].NoText || !strings.Contains(pages[0].Text, "Page de garde") {
		t.Errorf("page 1 = %+v", pages[0])
	}
	if !pages[1].NoText || pages[1].Text != "" || pages[1].Number != 2 {
		t.Errorf("page 2 = %+v, want NoText", pages[1])
	}
}

func TestSniffPrefersContentToExtension(t *testing.T) {
	cases := []struct {
		name string
		data []byte
		want Kind
	}{
		{"courrier.txt", []byte("%PDF-1.4\n"), KindPDF},
		{"photo.pdf", pngImage(t), KindImage},
		{"Reponse.XLSX", []byte("PK\x03\x04"), KindXLSX},
		{"tableur.ods", []byte("PK\x03\x04"), KindODS},
		{"cle.bin", []byte("PK\x03\x04"), KindZip},
		{"lettre.docx", []byte("PK\x03\x04"), ""},
		{"mail.EML", []byte("From: a"), KindEmail},
		{"README", []byte("texte"), KindText},
		{"photo.heic", []byte("\x00\x00\x00\x18ftypheic"), ""},
	}
	for _, c := range cases {
		if got := Sniff(c.name, c.data); got != c.want {
			t.Errorf("Sniff(%s) = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestDetectCharset(t *testing.T) {
	cases := []struct {
		name string
		data []byte
		want Charset
	}{
		{"plain ASCII", []byte("Score : 3"), UTF8},
		{"UTF-8 accents", []byte("Durée"), UTF8},
		{"UTF-8 BOM", []byte("\xEF\xBB\xBFDur\xC3\xA9e"), UTF8},
		{"UTF-16LE BOM", []byte("\xFF\xFED\x00u\x00"), UTF16LE},
		{"UTF-16BE without BOM", []byte("\x00D\x00u\x00r\x00\xe9\x00e"), UTF16BE},
		{"Windows-1252 curly apostrophe", []byte("l\x92indicateur r\xe9vis\xe9"), Windows1252},
		{"Windows-1252 œ", []byte("c\x9cur"), Windows1252},
		{"ISO-8859-15 œ", []byte("c\xbdur"), ISO885915},
		{"ISO-8859-15 euro", []byte("12 \xa4"), ISO885915},
		{"Latin-1 accents only", []byte("dur\xe9e"), Windows1252},
	}
	for _, c := range cases {
		if got := DetectCharset(c.data); got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
}

func TestExtractReportsProgressUpToTheTotal(t *testing.T) {
	var calls [][2]int
	archive := zipOf(t, "a.pdf", letterPDF(t, 30), "b.csv", []byte("x;y\n"))
	pages, err := Extract(context.Background(), "r.zip", archive, Options{Progress: func(done, total int) { calls = append(calls, [2]int{done, total}) }})
	if err != nil {
		t.Fatal(err)
	}
	last := calls[len(calls)-1]
	if last[0] != len(pages) || last[1] != len(pages) || len(pages) < 4 {
		t.Errorf("last progress %v for %d pages", last, len(pages))
	}
	for i := 1; i < len(calls); i++ {
		if calls[i][0] < calls[i-1][0] || calls[i][0] > calls[i][1] {
			t.Fatalf("progress went %v then %v", calls[i-1], calls[i])
		}
	}
}

func TestExtractHonoursCancel(t *testing.T) {
	data := letterPDF(t, 60)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Extract(ctx, "r.pdf", data, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled before: err = %v", err)
	}
	ctx, cancel = context.WithCancel(context.Background())
	defer cancel()
	done := 0
	pages, err := Extract(ctx, "r.pdf", data, Options{Progress: func(d, total int) {
		done = d
		if d == 2 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) || pages != nil || done != 2 {
		t.Errorf("cancelled at page 2: err = %v, %d pages, stopped after %d", err, len(pages), done)
	}
}
