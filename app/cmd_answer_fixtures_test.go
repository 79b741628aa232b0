package app

// The fixture answers of internal/answerread's tests, written again here
// (test helpers do not cross packages): PDFs by internal/pdf, by fpdf in
// WinAnsi and by LibreOffice, an XLSX by excelize, a Windows-1252 CSV, an
// e-mail and a ZIP, all made at test time.

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

// answerLetter renders a France Travail answer: letterhead, reference lines
// and a footer on every page, then paragraphs.
func answerLetter(t testing.TB, paragraphs ...string) []byte {
	t.Helper()
	var body []doc.Block
	for _, p := range paragraphs {
		body = append(body, doc.Block{Kind: doc.Paragraph, Text: p})
	}
	b, err := pdf.Letter(doc.Letter{
		Date:      time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC),
		Sender:    []string{"France Travail", "Agence de Lyon Part-Dieu", "Relais informatique et libertés"},
		Recipient: []string{"Destinataire : Mme Samia Haddad", "12 rue des Lilas", "69003 Lyon"},
		PlaceDate: "Lyon, le 2 avril 2026", Subject: "Votre demande d’accès à vos données personnelles",
		References: []string{"Réf. : DPO-2026-0412 — score d’employabilité et durée de conservation"},
		Salutation: "Madame,", Body: body, Closing: "Nous vous prions d’agréer, Madame, nos salutations distinguées.",
		Signature: "La directrice d’agence",
	})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// answerFixture is a synthetic answer and what a careful reader finds in it.
type answerFixture struct {
	name, file string
	data       func(t testing.TB) []byte
	found      []string // items the answer addresses; the others are missing
}

func answerFixtures() []answerFixture {
	complete := func(t testing.TB) []byte {
		return answerLetter(t,
			"Vous nous avez demandé, par courrier du 3 mars 2026, l’accès à vos données et aux informations prévues par l’article 15 du RGPD.",
			"Vous trouverez ci-joint l’ensemble des données vous concernant, extraites de votre dossier le 28 mars 2026.",
			"Les finalités du traitement sont votre inscription, votre accompagnement vers l’emploi et le versement de vos allocations.",
			"Les catégories de données traitées sont vos données d’identification, votre parcours professionnel et vos démarches.",
			"Les destinataires des données sont les agents de France Travail, la CAF et le conseil départemental pour le RSA.",
			"Vos données sont conservées pendant deux ans après la fin de votre inscription, puis archivées pendant dix ans.",
			"Vous disposez d’un droit de rectification, d’effacement, de limitation et d’opposition, dans les conditions prévues par la loi.",
			"Vous pouvez également introduire une réclamation auprès de la CNIL.",
			"Les données relatives à vos ressources proviennent de la CAF.",
			"Un traitement automatisé calcule un score d’employabilité ; il ne produit aucune décision sans l’intervention de votre conseiller.",
			"Votre score d’employabilité au 12 mars 2026 est de 0,42 et votre modalité d’accompagnement est « Renforcé ».",
			"Les critères retenus sont la durée d’inscription, le niveau de qualification et la mobilité ; leur pondération est de 40 %, 35 % et 25 %.",
			"Notre score de satisfaction, publié chaque trimestre, atteint 87 %.",
		)
	}
	evasive := func(t testing.TB) []byte {
		return answerLetter(t,
			"Vous nous avez demandé la communication de vos données personnelles, des finalités du traitement, de leurs destinataires et de leur durée de conservation.",
			"France Travail attache la plus grande importance à la protection de vos données personnelles et au respect du RGPD.",
			"Votre demande est en cours d’examen par nos services ; une réponse vous sera adressée dans les meilleurs délais.",
			"Les informations relatives aux critères et à la pondération de nos outils ne peuvent pas être communiquées, au titre du secret des affaires.",
		)
	}
	winAnsi := func(t testing.TB) []byte {
		return winAnsiPDF(t, "Modalité d’accompagnement : Renforcé", "Vos données sont transmises à la CAF et au conseil départemental.",
			"Destinataire : Mme Haddad")
	}
	csvFile := func(t testing.TB) []byte {
		return cp1252(t, "Indicateur;Valeur;Valable au\r\nScore d'employabilité;0,42;12/03/2026\r\nSegment;Accompagné;12/03/2026\r\n")
	}
	paraphrased := func(t testing.TB) []byte {
		return answerLetter(t,
			"Nous gardons ces informations trois ans après votre dernière connexion.",
			"Ces informations servent à vous proposer des offres adaptées et à suivre vos démarches.",
			"Seuls vos conseillers et la CAF y ont accès.",
			"Votre catégorie : B.",
			"Le diagnostic réalisé le 4 février 2026 conclut à un besoin d’accompagnement global.",
			"Aucune décision vous concernant n’a été prise de manière automatisée.",
		)
	}
	eml := func(t testing.TB) []byte { return email("reponse.pdf", complete(t)) }
	return []answerFixture{
		{"complete answer", "reponse.pdf", complete, []string{"copy", "scores", "a", "b", "c", "d", "e", "f", "g", "h", "r3"}},
		{"evasive answer", "evasive.pdf", evasive, nil},
		{"answer in other words", "autres-mots.pdf", paraphrased, []string{"a", "c", "d", "scores", "h", "decisions"}},
		{"LibreOffice table", "table.pdf", func(t testing.TB) []byte { return office(t, "pdf") }, []string{"scores", "d"}},
		{"Windows-1252 PDF", "cp1252.pdf", winAnsi, []string{"scores", "c"}},
		{"scan only", "scan.pdf", scannedPDF, nil},
		{"Windows-1252 CSV", "indicateurs.csv", csvFile, []string{"scores"}},
		{"XLSX", "indicateurs.xlsx", workbook, []string{"scores"}},
		{"e-mail with the answer attached", "reponse.eml", eml, []string{"copy", "scores", "a", "b", "c", "d", "e", "f", "g", "h", "r3"}},
		{"ZIP of several", "cle.zip", func(t testing.TB) []byte {
			return zipOf(t, "evasive.pdf", evasive(t), "cp1252.pdf", winAnsi(t), "indicateurs.csv", csvFile(t), "scan.pdf", scannedPDF(t))
		}, []string{"scores", "c"}},
	}
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
