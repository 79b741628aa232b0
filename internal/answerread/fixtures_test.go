package answerread

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-pdf/fpdf"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"

	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/pdf"
)

// The fixtures are written by these helpers at test time, never copied:
// PDFs by the project's own renderer (UTF-8 TrueType font), by fpdf with a
// core font in WinAnsi (Windows-1252) encoding, by LibreOffice; XLSX by
// excelize; ODS by LibreOffice; CSV, TXT, EML and ZIP by hand.

// answerParagraph is a sentence an answer could hold.
const answerParagraph = "Les finalités du traitement sont l’accompagnement et l’indemnisation. Durée de conservation : 2 ans après la dernière démarche. Score d’employabilité : 0,42 ; pondération « œuvre » été."

// letterPDF renders a letter of n paragraphs with internal/pdf.
func letterPDF(t testing.TB, n int) []byte {
	t.Helper()
	body := make([]doc.Block, n)
	for i := range body {
		body[i] = doc.Block{Kind: doc.Paragraph, Text: fmt.Sprintf("%d. %s", i+1, answerParagraph)}
	}
	l := doc.Letter{
		Date: time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC), Sender: []string{"France Travail", "Agence de Lyon"},
		Recipient: []string{"Mme Haddad"}, PlaceDate: "Fait à Lyon, le 12 mars 2026",
		Subject: "Réponse à votre demande d’accès", Salutation: "Madame,", Body: body,
		Closing: "Veuillez agréer, Madame, nos salutations distinguées.", Signature: "Le directeur d’agence",
	}
	b, err := pdf.Letter(l)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// winAnsiPDF writes lines with fpdf's core Helvetica, whose text is in the
// WinAnsi (Windows-1252) font encoding.
func winAnsiPDF(t testing.TB, lines ...string) []byte {
	t.Helper()
	f := fpdf.New("P", "mm", "A4", "")
	tr := f.UnicodeTranslatorFromDescriptor("cp1252")
	f.AddPage()
	f.SetFont("Helvetica", "", 11)
	for _, l := range lines {
		f.CellFormat(0, 6, tr(l), "", 1, "L", false, 0, "")
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// pngImage returns a small grey PNG, a stand-in for a scanned page.
func pngImage(t testing.TB) []byte {
	t.Helper()
	img := image.NewGray(image.Rect(0, 0, 60, 80))
	for y := 0; y < 80; y++ {
		for x := 0; x < 60; x++ {
			img.SetGray(x, y, color.Gray{Y: uint8((x*y + 3*x) % 256)})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// scannedPDF is a two-page PDF: page 1 has text, page 2 is only an image.
func scannedPDF(t testing.TB) []byte {
	t.Helper()
	f := fpdf.New("P", "mm", "A4", "")
	f.AddPage()
	f.SetFont("Helvetica", "", 11)
	f.CellFormat(0, 6, "Page de garde", "", 1, "L", false, 0, "")
	f.AddPage()
	f.RegisterImageOptionsReader("scan", fpdf.ImageOptions{ImageType: "PNG"}, bytes.NewReader(pngImage(t)))
	f.ImageOptions("scan", 10, 10, 190, 0, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// tableCSV is the table LibreOffice turns into a PDF and an ODS.
const tableCSV = "Indicateur;Valeur;Date\nScore d'employabilité;0,42;12/03/2026\nModalité d'accompagnement;Renforcé;12/03/2026\nDurée de conservation;2 ans;\n"

var (
	officeOnce  sync.Once
	officeFiles map[string][]byte
	officeErr   error
)

// office returns table.pdf and table.ods made by LibreOffice from
// tableCSV, converted once per test run in a private profile; it skips
// the test when soffice is missing outside CI (make test installs it).
func office(t testing.TB, ext string) []byte {
	t.Helper()
	if _, err := exec.LookPath("soffice"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("soffice is missing: make test installs libreoffice-calc-nogui")
		}
		t.Skip("soffice not installed")
	}
	officeOnce.Do(func() {
		dir, err := os.MkdirTemp("", "answerread-office")
		if err != nil {
			officeErr = err
			return
		}
		defer os.RemoveAll(dir)
		src := filepath.Join(dir, "table.csv")
		if officeErr = os.WriteFile(src, []byte(tableCSV), 0o600); officeErr != nil {
			return
		}
		officeFiles = map[string][]byte{}
		for _, format := range []string{"pdf", "ods"} {
			cmd := exec.Command("soffice", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless",
				"--infilter=CSV:59,34,76,1", "--convert-to", format, "--outdir", dir, src)
			if out, err := cmd.CombinedOutput(); err != nil {
				officeErr = fmt.Errorf("soffice %s: %v: %s", format, err, out)
				return
			}
			b, err := os.ReadFile(filepath.Join(dir, "table."+format))
			if err != nil {
				officeErr = err
				return
			}
			officeFiles[format] = b
		}
	})
	if officeErr != nil {
		t.Fatal(officeErr)
	}
	return officeFiles[ext]
}

// workbook writes an XLSX with a sheet of indicators and a second sheet.
func workbook(t testing.TB) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	rows := [][]any{{"Indicateur", "Valeur", "Date"}, {"Score d'employabilité", 0.42, "12/03/2026"}, {"Modalité d'accompagnement", "Renforcé", "12/03/2026"}}
	for i, r := range rows {
		if err := f.SetSheetRow("Sheet1", fmt.Sprintf("A%d", i+1), &r); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SetSheetName("Sheet1", "Indicateurs"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.NewSheet("Historique"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellValue("Historique", "B2", "Segment : Guidé (mars 2026)"); err != nil {
		t.Fatal(err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// cp1252 encodes s in Windows-1252.
func cp1252(t testing.TB, s string) []byte {
	t.Helper()
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// email is an e-mail with a quoted-printable Latin-1 body and a base64
// attachment.
func email(attachName string, attachment []byte) []byte {
	var b strings.Builder
	b.WriteString("From: =?UTF-8?Q?France_Travail?= <dpo@example.org>\r\nTo: usager@example.org\r\n")
	b.WriteString("Subject: =?ISO-8859-1?Q?R=E9ponse_=E0_votre_demande?=\r\nDate: Thu, 12 Mar 2026 10:00:00 +0100\r\n")
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"XX\"\r\n\r\n")
	b.WriteString("--XX\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
	b.WriteString("Madame,\r\nVos donn=E9es sont conserv=E9es pendant 2 ans.\r\n")
	b.WriteString("--XX\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"" + attachName + "\"\r\n")
	b.WriteString("Content-Transfer-Encoding: base64\r\n\r\n")
	enc := base64.StdEncoding.EncodeToString(attachment)
	for len(enc) > 76 {
		b.WriteString(enc[:76] + "\r\n")
		enc = enc[76:]
	}
	b.WriteString(enc + "\r\n--XX--\r\n")
	return []byte(b.String())
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

// formPDF draws its text inside a form XObject (an fpdf template), as
// PDF printers and letterhead overlays do, then nests that form in
// another one.
func formPDF(t testing.TB) []byte {
	t.Helper()
	f := fpdf.New("P", "mm", "A4", "")
	tr := f.UnicodeTranslatorFromDescriptor("cp1252")
	inner := f.CreateTemplate(func(tpl *fpdf.Tpl) {
		tpl.SetFont("Helvetica", "", 11)
		tpl.Text(20, 40, tr("Durée de conservation : 2 ans"))
	})
	outer := f.CreateTemplate(func(tpl *fpdf.Tpl) {
		tpl.UseTemplate(inner)
		tpl.SetFont("Helvetica", "", 11)
		tpl.Text(20, 60, tr("Modalité d’accompagnement : Renforcé"))
	})
	f.AddPage()
	f.UseTemplate(outer)
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
