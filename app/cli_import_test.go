package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/carnet-app/carnet/internal/exchange"
)

func writeFile(t *testing.T, path string, data []byte) string {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// Issue 9, defect 9: a CSV with invalid UTF-8 or NUL bytes is refused with
// its line, and a CSV that is accepted gives JSON exports that survive
// export → import → export byte for byte.
func TestCSVImportRefusesBadBytesAndJSONRoundTripStaysIdentical(t *testing.T) {
	tmp := t.TempDir()
	src := filepath.Join(tmp, "src")
	mustRun(t, "--data", src, "demo", "--acts", "30", "--seed", "4")
	csvFile := filepath.Join(tmp, "acts.csv")
	mustRun(t, "--data", src, "export", "--format", "csv", "--out", csvFile)
	lines := strings.Split(string(read(t, csvFile)), "\r\n")
	for name, bad := range map[string]string{"invalid UTF-8": "\xff\xfe", "NUL": "\x00"} {
		edited := append([]string(nil), lines...)
		cells := strings.Split(edited[3], ";")
		cells[8] += bad // organisation
		edited[3] = strings.Join(cells, ";")
		file := writeFile(t, filepath.Join(tmp, "bad.csv"), []byte(strings.Join(edited, "\r\n")))
		_, errOut, code := run(t, "--data", filepath.Join(tmp, "x"), "import", file)
		if code != 1 || !strings.Contains(errOut, "ligne 4") || !strings.Contains(errOut, "UTF-8") ||
			strings.ContainsRune(errOut, 0) || strings.Contains(errOut, "\xff") {
			t.Fatalf("%s: exit %d, stderr %q", name, code, errOut)
		}
	}
	// Accented text through CSV, then JSON twice.
	dst, again := filepath.Join(tmp, "dst"), filepath.Join(tmp, "again")
	mustRun(t, "--data", dst, "import", csvFile)
	first, second := filepath.Join(tmp, "1.json"), filepath.Join(tmp, "2.json")
	mustRun(t, "--data", dst, "export", "--format", "json", "--out", first)
	mustRun(t, "--data", again, "import", first)
	mustRun(t, "--data", again, "export", "--format", "json", "--out", second)
	if !bytes.Equal(read(t, first), read(t, second)) {
		t.Fatal("CSV → JSON → import → JSON changed the bytes")
	}
	if out := mustRun(t, "--data", again, "check"); out != "ok\n" {
		t.Fatalf("check: %q", out)
	}
}

// Issue 9, defect 2 at the command line: a UTF-16 file is named, values
// are escaped and cut, a JSON file with a BOM is read.
func TestImportMessagesNameTheEncodingAndEscapeValues(t *testing.T) {
	tmp := t.TempDir()
	data := filepath.Join(tmp, "data")
	mustRun(t, "--data", data, "demo", "--acts", "20", "--seed", "5")
	export := filepath.Join(tmp, "export.json")
	mustRun(t, "--data", data, "export", "--format", "json", "--out", export)
	text := string(read(t, export))

	var wide []byte
	for _, u := range utf16.Encode([]rune("\ufeff" + text)) {
		wide = append(wide, byte(u), byte(u>>8))
	}
	file := writeFile(t, filepath.Join(tmp, "utf16.json"), wide)
	if _, errOut, code := run(t, "--data", data, "import", file); code != 1 || !strings.Contains(errOut, "UTF-16LE") {
		t.Fatalf("UTF-16: exit %d, stderr %q", code, errOut)
	}
	hostile := strings.Replace(text, `"minutes": `, `"minutes": "\u001b[2J`+strings.Repeat("x", 1<<20)+`", "m": `, 1)
	file = writeFile(t, filepath.Join(tmp, "hostile.json"), []byte(hostile))
	_, errOut, code := run(t, "--data", data, "import", file)
	if code != 1 || strings.Contains(errOut, "\x1b") || len(errOut) > 2000 || !strings.Contains(errOut, "ligne ") {
		t.Fatalf("hostile value: exit %d, %d bytes of stderr %.300q", code, len(errOut), errOut)
	}
	file = writeFile(t, filepath.Join(tmp, "bom.json"), []byte("\ufeff"+text))
	mustRun(t, "--data", filepath.Join(tmp, "other"), "import", file)
}

// Issue 9, defect 1 at the command line: a proof ID already stored for
// another act refuses the file with its line, and the record is unchanged.
func TestImportRefusesAProofIDTakenWithTheLine(t *testing.T) {
	tmp := t.TempDir()
	data := filepath.Join(tmp, "data")
	mustRun(t, "--data", data, "demo", "--acts", "40", "--seed", "8")
	export := filepath.Join(tmp, "export.json")
	mustRun(t, "--data", data, "export", "--format", "json", "--out", export)
	text := string(read(t, export))
	// Give the first act that has a proof a new ID and new history IDs:
	// a new act carrying a stored proof ID.
	b, err := exchange.ReadJSON([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	edited := ""
	for _, a := range b.Acts {
		if len(a.Attachments) == 0 {
			continue
		}
		edited = strings.Replace(text, `"id": "`+a.ID+`"`, `"id": "`+strings.Repeat("a", 32)+`"`, 1)
		for _, h := range a.History {
			edited = strings.Replace(edited, `"id": "`+h.ID+`"`, `"id": "n`+h.ID+`"`, 1)
		}
		break
	}
	if edited == "" {
		t.Fatal("no act with a proof")
	}
	file := writeFile(t, filepath.Join(tmp, "taken.json"), []byte(edited))
	_, errOut, code := run(t, "--data", data, "import", file)
	if code != 1 || !strings.Contains(errOut, "ligne ") || !strings.Contains(errOut, "rien n’a été importé") {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	after := filepath.Join(tmp, "after.json")
	mustRun(t, "--data", data, "export", "--format", "json", "--out", after)
	if !bytes.Equal(read(t, export), read(t, after)) {
		t.Fatal("a refused import changed the record")
	}
}
