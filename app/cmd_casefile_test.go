package app

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// caseFileDemo fills a data folder with the demo and returns it with the
// ID of a request of each status.
func caseFileDemo(t *testing.T) (string, map[string]string) {
	t.Helper()
	tmp := t.TempDir()
	mustRun(t, "--data", tmp, "demo", "--acts", "20")
	ids := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(mustRun(t, "--data", tmp, "requests")), "\n") {
		f := strings.Split(line, "\t")
		ids[f[2]] = f[0]
	}
	return tmp, ids
}

func TestCaseFileFromTheDemo(t *testing.T) {
	tmp, ids := caseFileDemo(t)
	js := filepath.Join(tmp, "cas.json")
	if out := mustRun(t, "--data", tmp, "case-file", "--request", ids["incomplete"], "--out", js); !strings.Contains(out, js) {
		t.Errorf("case-file printed %q", out)
	}
	var c map[string]any
	if err := json.Unmarshal(read(t, js), &c); err != nil {
		t.Fatal(err)
	}
	if c["version"] != 1.0 || c["region"] != "Auvergne-Rhône-Alpes" || c["kind"] == "" || len(c["items_asked"].([]any)) == 0 {
		t.Errorf("case file %v", c)
	}
	pdf := filepath.Join(tmp, "cas.pdf")
	mustRun(t, "--data", tmp, "case-file", "--request", ids["escalated"], "--out", pdf, "--with-values")
	if b := read(t, pdf); !strings.HasPrefix(string(b), "%PDF-") {
		t.Fatal("case-file --out x.pdf wrote no PDF")
	}
	for _, f := range []string{js, pdf} {
		b := string(read(t, f))
		for _, secret := range []string{"Camille", "Martin", "Bernard", "Part-Dieu", `"69"`} {
			if strings.Contains(b, secret) {
				t.Errorf("%s holds %q", filepath.Base(f), secret)
			}
		}
	}
}

func TestCaseFileRefusalsAreSentencesAndWriteNothing(t *testing.T) {
	tmp, ids := caseFileDemo(t)
	tests := []struct {
		args []string
		code int
		says string
	}{
		{[]string{"--out", filepath.Join(tmp, "cas.json")}, 2, "--request"},
		{[]string{"--request", ids["incomplete"], "--out", filepath.Join(tmp, "cas.txt")}, 2, ".json"},
		{[]string{"--request", ids["draft"], "--out", filepath.Join(tmp, "draft.json")}, 1, "pas encore été envoyée"},
		{[]string{"--request", "nope", "--out", filepath.Join(tmp, "nope.json")}, 1, "introuvable"},
	}
	for _, tt := range tests {
		_, errOut, code := run(t, append([]string{"--data", tmp, "case-file"}, tt.args...)...)
		if code != tt.code || !strings.Contains(errOut, tt.says) {
			t.Errorf("case-file %v: exit %d %q, want %d and %q", tt.args, code, errOut, tt.code, tt.says)
		}
	}
	for _, f := range []string{"cas.txt", "draft.json", "nope.json"} {
		if _, err := os.Stat(filepath.Join(tmp, f)); err == nil {
			t.Errorf("a refused case-file wrote %s", f)
		}
	}
}
