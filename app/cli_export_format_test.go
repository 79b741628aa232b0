package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Without --format, the extension of --out chooses the format; a name
// that says none is refused with a sentence and nothing is written.
func TestExportFormatFromTheFileName(t *testing.T) {
	tmp := t.TempDir()
	data := filepath.Join(tmp, "data")
	mustRun(t, "--data", data, "demo")
	for _, c := range []struct {
		name, format string
		starts       string
	}{
		{"carnet.json", "", "{"},
		{"CARNET.Json", "", "{"},
		{"demarches.csv", "", "\ufeff"},
		{"agenda.ics", "", "BEGIN:VCALENDAR"},
		{"explicit.json", "csv", "\ufeff"}, // --format wins over the name
	} {
		out := filepath.Join(tmp, c.name)
		args := []string{"--data", data, "export", "--out", out}
		if c.format != "" {
			args = append(args, "--format", c.format)
		}
		mustRun(t, args...)
		if got := read(t, out); !bytes.HasPrefix(got, []byte(c.starts)) {
			t.Errorf("%s (--format %q) starts with %q, want %q", c.name, c.format, got[:min(len(got), 16)], c.starts)
		}
	}
	out := filepath.Join(tmp, "carnet.txt")
	_, errOut, code := run(t, "--data", data, "export", "--out", out)
	if code != 2 || !strings.Contains(errOut, "Indiquez le format avec --format json, csv ou ics") || !strings.Contains(errOut, "carnet.txt") {
		t.Errorf("export to carnet.txt without --format: exit %d, %q", code, errOut)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a refused export wrote %s (%v)", out, err)
	}
}
