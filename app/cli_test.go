package app

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// run executes the command line in French and returns stdout, stderr and the exit code.
func run(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	t.Setenv("LANG", "fr_FR.UTF-8")
	var out, errOut bytes.Buffer
	code := Run(args, &out, &errOut)
	return out.String(), errOut.String(), code
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, errOut, code := run(t, args...)
	if code != 0 {
		t.Fatalf("carnet %s: exit %d\n%s", strings.Join(args, " "), code, errOut)
	}
	return out
}

func read(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestVersion(t *testing.T) {
	if out := mustRun(t, "version"); out != "carnet "+Version+"\n" {
		t.Fatalf("version printed %q", out)
	}
}

func TestDemoExportImportExportGivesIdenticalBytes(t *testing.T) {
	tmp := t.TempDir()
	src, dst := filepath.Join(tmp, "src"), filepath.Join(tmp, "dst")
	mustRun(t, "--data", src, "demo", "--acts", "400", "--seed", "3")
	if out := mustRun(t, "--data", src, "check"); out != "ok\n" {
		t.Fatalf("check on demo: %q", out)
	}
	first, second := filepath.Join(tmp, "1.json"), filepath.Join(tmp, "2.json")
	mustRun(t, "--data", src, "export", "--format", "json", "--out", first)
	mustRun(t, "--data", dst, "import", first)
	mustRun(t, "--data", dst, "export", "--format", "json", "--out", second)
	a, b := read(t, first), read(t, second)
	if !bytes.Equal(a, b) {
		t.Fatalf("export → import → export changed the bytes (%d vs %d)", len(a), len(b))
	}
	if n := bytes.Count(a, []byte(`"theme": "P`)); n != 400 {
		t.Fatalf("%d acts in the export, want 400", n)
	}
	// Importing the same file again changes nothing.
	mustRun(t, "--data", dst, "import", first)
	mustRun(t, "--data", dst, "export", "--format", "json", "--out", second)
	if !bytes.Equal(a, read(t, second)) {
		t.Fatal("a second import changed the record")
	}
}

func TestDemoIsDeterministicAndRefusesAFolderWithData(t *testing.T) {
	tmp := t.TempDir()
	for _, dir := range []string{"a", "b"} {
		mustRun(t, "--data", filepath.Join(tmp, dir), "demo", "--acts", "50", "--seed", "9")
		mustRun(t, "--data", filepath.Join(tmp, dir), "export", "--format", "json", "--out", filepath.Join(tmp, dir+".json"))
	}
	if !bytes.Equal(read(t, filepath.Join(tmp, "a.json")), read(t, filepath.Join(tmp, "b.json"))) {
		t.Fatal("same seed, different data")
	}
	_, errOut, code := run(t, "--data", filepath.Join(tmp, "a"), "demo")
	if code != 1 || !strings.Contains(errOut, "contient déjà des données") || strings.Contains(errOut, "goroutine") {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
}

func TestBadImportsAreRefusedWithTheLineAndChangeNothing(t *testing.T) {
	tmp := t.TempDir()
	data := filepath.Join(tmp, "data")
	mustRun(t, "--data", data, "demo", "--acts", "40")
	before := filepath.Join(tmp, "before.json")
	mustRun(t, "--data", data, "export", "--format", "json", "--out", before)
	full := read(t, before)

	truncated := filepath.Join(tmp, "truncated.json")
	if err := os.WriteFile(truncated, full[:len(full)/2], 0o600); err != nil {
		t.Fatal(err)
	}
	csvFile := filepath.Join(tmp, "export.csv")
	mustRun(t, "--data", data, "export", "--format", "csv", "--out", csvFile)
	lines := strings.Split(string(read(t, csvFile)), "\r\n")
	lines[4] = regexp.MustCompile(`;\d\d/\d\d/\d{4};`).ReplaceAllString(lines[4], ";30/02/2026;")
	badCSV := filepath.Join(tmp, "bad.csv")
	if err := os.WriteFile(badCSV, []byte(strings.Join(lines, "\r\n")), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		file string
		want []string
	}{
		{truncated, []string{"incomplet", "(ligne " + strconv.Itoa(bytes.Count(full[:len(full)/2], []byte("\n"))+1) + ")"}},
		{badCSV, []string{"ligne 5", "date", "30/02/2026", "rien n’a été importé"}},
	}
	for _, tt := range tests {
		_, errOut, code := run(t, "--data", data, "import", tt.file)
		if code != 1 {
			t.Fatalf("import %s: exit %d", filepath.Base(tt.file), code)
		}
		for _, w := range tt.want {
			if !strings.Contains(errOut, w) {
				t.Errorf("import %s: stderr %q lacks %q", filepath.Base(tt.file), errOut, w)
			}
		}
		after := filepath.Join(tmp, "after.json")
		mustRun(t, "--data", data, "export", "--format", "json", "--out", after)
		if !bytes.Equal(full, read(t, after)) {
			t.Fatalf("a refused import of %s changed the record", filepath.Base(tt.file))
		}
	}
}

func TestCSVExportHasOneRowPerAct(t *testing.T) {
	tmp := t.TempDir()
	mustRun(t, "--data", tmp, "demo", "--acts", "60")
	out := filepath.Join(tmp, "acts.csv")
	mustRun(t, "--data", tmp, "export", "--format", "csv", "--out", out, "--from", "2000-01-01")
	text := string(read(t, out))
	if !strings.HasPrefix(text, "\ufeffidentifiant;date;") {
		t.Fatalf("csv starts with %q", text[:40])
	}
	if rows := strings.Count(text, "\r\n"); rows != 61 {
		t.Fatalf("%d lines, want 61 (header + 60 acts)", rows)
	}
}

func TestCommandLineErrorsAreSentences(t *testing.T) {
	tmp := t.TempDir()
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"frobnicate"}, 2, "Commande inconnue"},
		{[]string{"--data", tmp, "export", "--format", "xml", "--out", filepath.Join(tmp, "x")}, 2, "Format inconnu"},
		{[]string{"--data", tmp, "export", "--format", "json", "--out", filepath.Join(tmp, "x"), "--from", "26/11/2026"}, 2, "Date incorrecte"},
		{[]string{"--data", filepath.Join(tmp, "none"), "check"}, 1, "ne contient pas de données Carnet"},
		{[]string{"--data", tmp, "import", filepath.Join(tmp, "missing.json")}, 1, "est introuvable"},
		{[]string{"--data", tmp, "demo", "--acts", "-3"}, 2, "nombre de démarches"},
	}
	for _, tt := range tests {
		_, errOut, code := run(t, tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.want) || strings.Contains(errOut, "panic") {
			t.Errorf("carnet %s: exit %d, stderr %q; want exit %d with %q", strings.Join(tt.args, " "), code, errOut, tt.code, tt.want)
		}
	}
}

func TestCheckReportsDamage(t *testing.T) {
	tmp := t.TempDir()
	mustRun(t, "--data", tmp, "demo", "--acts", "30")
	db := filepath.Join(tmp, "carnet.db")
	if _, err := exec.LookPath("sqlite3"); err != nil {
		t.Skip("sqlite3 shell not installed; damage is covered by the store tests")
	}
	// The seal triggers call a function only Carnet has: another program's
	// write fails unless it drops them, as damage does.
	if err := exec.Command("sqlite3", db, "DROP TRIGGER attachments_seal_update; UPDATE attachments SET sha256 = '00' WHERE rowid = (SELECT min(rowid) FROM attachments)").Run(); err != nil {
		t.Fatal(err)
	}
	out, _, code := run(t, "--data", tmp, "check")
	if code != 1 || !strings.Contains(out, "SHA-256") {
		t.Fatalf("check on a damaged file: exit %d, %q", code, out)
	}
}
