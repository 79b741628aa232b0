package app

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/report"
	"github.com/carnet-app/carnet/internal/store"
)

func pdfToText(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-raw", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext (poppler-utils, installed by make test): %v", err)
	}
	return string(out)
}

var rowStamp = regexp.MustCompile(`\b(\d\d/\d\d/\d{4})\s+(\d\d:\d\d)\b`)

func TestDossierPDFMatchesTheDatabase(t *testing.T) {
	tmp := t.TempDir()
	mustRun(t, "--data", tmp, "demo", "--acts", "400", "--seed", "5")
	from, to := "2026-05-01", "2026-10-31"
	pdfPath := filepath.Join(tmp, "dossier.pdf")
	mustRun(t, "--data", tmp, "report", "proof", "--from", from, "--to", to, "--out", pdfPath)

	s, err := store.Open(tmp)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	f, _ := journal.ParseISODate(from)
	l, _ := journal.ParseISODate(to)
	acts, err := s.ReportActs(context.Background(), f, l)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	minutes, private := 0, 0
	for _, a := range acts {
		if report.Sensitive(a) {
			private++
			continue
		}
		want = append(want, journal.FormatShortDate(a.Date)+" "+a.StartTime)
		minutes += a.Minutes
	}
	if private == 0 || len(want) < 50 {
		t.Fatalf("demo period too thin: %d acts, %d private", len(want), private)
	}
	text := pdfToText(t, pdfPath)
	var got []string
	for _, m := range rowStamp.FindAllStringSubmatch(text, -1) {
		got = append(got, m[1]+" "+m[2])
	}
	sort.Strings(want)
	sort.Strings(got)
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("the table lists %d acts, the database %d for the period (each must appear exactly once)", len(got), len(want))
	}
	if !strings.Contains(text, fmt.Sprintf("%d démarches, %s", len(want), journal.FormatMinutes(minutes))) {
		t.Errorf("cover does not state %d démarches, %s", len(want), journal.FormatMinutes(minutes))
	}
	// Hours per week: every week of the chart carries the database's figure.
	d := report.BuildDossier(report.DossierInput{Acts: acts, From: f, To: l})
	for _, w := range d.Weeks {
		label := strings.Replace(strconv.FormatFloat(float64(w.Minutes)/60, 'f', 1, 64), ".", ",", 1)
		if !strings.Contains(text, label) {
			t.Errorf("week of %s: %s h not found", w.Monday.Format("02/01"), label)
		}
	}
	if strings.Contains(text, "Rendez-vous médical") || strings.Contains(text, "assistante sociale") {
		t.Error("a personal act is in the default dossier")
	}

	redacted := filepath.Join(tmp, "redacted.pdf")
	mustRun(t, "--data", tmp, "report", "proof", "--from", from, "--to", to, "--out", redacted, "--private", "redact")
	rt := pdfToText(t, redacted)
	if n := strings.Count(rt, report.RedactedText); n != private {
		t.Errorf("%d redacted rows, want %d", n, private)
	}
	if strings.Contains(rt, "Rendez-vous médical") || strings.Contains(rt, "assistante sociale") || strings.Contains(rt, "Recherche de mode de garde") {
		t.Error("redacted details leak into the dossier")
	}
}

func TestDossierCSVNeutralisesFormulasAndOpensInLibreOffice(t *testing.T) {
	tmp := t.TempDir()
	data := filepath.Join(tmp, "data")
	s, err := store.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	day := time.Date(2026, 10, 5, 0, 0, 0, 0, time.UTC)
	orgs := []string{`=HYPERLINK("http://x","y")`, "+33 6 12 34 56 78", "Société Générale — Île-de-France", "@SUM(A1)"}
	for _, org := range orgs {
		if _, err := s.SaveAct(ctx, journal.Act{Date: day, Minutes: 45, Theme: "P03", Code: "Q15", Organisation: org,
			Notes: "-2 relances ; « réponse » attendue", Status: journal.StatusSent}, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	csvPath := filepath.Join(tmp, "demarches.csv")
	mustRun(t, "--data", data, "report", "proof", "--from", "2026-10-01", "--to", "2026-10-31", "--out", csvPath)
	raw, _ := os.ReadFile(csvPath)
	text := string(raw)
	for _, bad := range []string{";=HYPERLINK", ";+33", ";@SUM", ";-2 relances"} {
		if strings.Contains(text, bad) {
			t.Errorf("cell %q not neutralised", bad)
		}
	}
	lo, err := exec.LookPath("libreoffice")
	if err != nil {
		t.Fatal("libreoffice is needed (libreoffice-calc-nogui; make test installs it)")
	}
	out := filepath.Join(tmp, "lo")
	cmd := exec.Command(lo, "--headless", "--norestore", "-env:UserInstallation=file://"+filepath.Join(tmp, "profile"),
		"--infilter=CSV:59,34,76,1", "--convert-to", "xlsx", "--outdir", out, csvPath)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("libreoffice: %v\n%s", err, b)
	}
	rows, cols, cells := readXLSX(t, filepath.Join(out, "demarches.xlsx"))
	if rows != len(orgs)+1 || cols != 23 {
		t.Fatalf("spreadsheet has %d rows and %d columns, want %d and 23", rows, cols, len(orgs)+1)
	}
	joined := strings.Join(cells, "|")
	for _, want := range []string{"Société Générale — Île-de-France", "durée (min)", "référence de l’offre", "« réponse » attendue"} {
		if !strings.Contains(joined, want) {
			t.Errorf("spreadsheet lacks %q (accents or columns broken)", want)
		}
	}
	if strings.Contains(joined, "<f>") {
		t.Error("the spreadsheet holds a formula")
	}
}

// readXLSX counts the rows and the widest row of the first sheet and
// returns its shared strings.
func readXLSX(t *testing.T, path string) (int, int, []string) {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var sheet, shared string
	for _, f := range zr.File {
		rc, _ := f.Open()
		var b bytes.Buffer
		_, _ = b.ReadFrom(rc)
		rc.Close()
		switch f.Name {
		case "xl/worksheets/sheet1.xml":
			sheet = b.String()
		case "xl/sharedStrings.xml":
			shared = b.String()
		}
	}
	rowRe := regexp.MustCompile(`(?s)<row [^>]*>(.*?)</row>`)
	cellRe := regexp.MustCompile(`<c [^>]*>`)
	rows := rowRe.FindAllStringSubmatch(sheet, -1)
	maxCols := 0
	for _, r := range rows {
		if n := len(cellRe.FindAllString(r[1], -1)); n > maxCols {
			maxCols = n
		}
	}
	strs := regexp.MustCompile(`(?s)<t[^>]*>(.*?)</t>`).FindAllStringSubmatch(shared, -1)
	var cells []string
	for _, s := range strs {
		cells = append(cells, strings.NewReplacer("&quot;", `"`, "&amp;", "&", "&lt;", "<", "&gt;", ">").Replace(s[1]))
	}
	if strings.Contains(sheet, "<f>") {
		cells = append(cells, "<f>")
	}
	return len(rows), maxCols, cells
}
