package app

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDeadlinePrintsTheDateThenTheRule(t *testing.T) {
	tests := []struct {
		args []string
		date string
		rule string
	}{
		{[]string{"--kind", "gdpr", "--from", "2027-01-31"}, "2027-03-01", "dernier jour du mois"},
		{[]string{"--kind", "gdpr-extended", "--from", "2026-11-26"}, "2027-02-26", "prolongation"},
		{[]string{"--kind", "crpa", "--from", "2026-03-06"}, "2026-04-07", "lundi de Pâques"},
		{[]string{"--kind", "cada", "--from", "2026-02-03", "--departement", "57"}, "2026-04-03", "au plus tard le vendredi 3 avril 2026"},
		{[]string{"--kind", "gdpr", "--from", "2026-04-27", "--departement", "971"}, "2026-05-28", "abolition de l’esclavage"},
		{[]string{"--kind", "gdpr", "--from", "2026-09-09", "--departement", "977"}, "2026-10-12", "Saint-Barthélemy"},
		{[]string{"--kind", "gdpr", "--from", "2026-05-10", "--departement", "973"}, "2026-06-11", "Guyane"},
		{[]string{"--kind", "gdpr", "--from", "2026-04-22", "--departement", "972"}, "2026-05-26", "jour férié en Martinique"},
		{[]string{"--kind", "gdpr", "--from", "2026-11-20", "--departement", "974"}, "2026-12-21", "Réunion"},
		{[]string{"--kind", "gdpr", "--from", "2026-03-27", "--departement", "976"}, "2026-04-28", "Mayotte"},
		{[]string{"--kind", "gdpr", "--from", "2026-04-28", "--departement", "978"}, "2026-05-29", "Saint-Martin"},
		{[]string{"--kind", "gdpr", "--from", "2026-11-26", "--departement", "2a"}, "2026-12-28", "dimanche"},
	}
	for _, tt := range tests {
		out := mustRun(t, append([]string{"deadline"}, tt.args...)...)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 2 || lines[0] != tt.date || !strings.Contains(lines[1], tt.rule) {
			t.Errorf("deadline %v printed %q, want %s then a rule with %q", tt.args, out, tt.date, tt.rule)
		}
	}
	for _, bad := range [][]string{{"--kind", "gdpr", "--from", "31/01/2027"}, {"--kind", "week", "--from", "2027-01-31"},
		{"--kind", "gdpr", "--from", "2027-01-31", "--departement", "99"}} {
		if _, errOut, code := run(t, append([]string{"deadline"}, bad...)...); code != 2 || errOut == "" {
			t.Errorf("deadline %v: exit %d %q", bad, code, errOut)
		}
	}
}

func TestRequestsAndLettersFromTheDemo(t *testing.T) {
	tmp := t.TempDir()
	mustRun(t, "--data", tmp, "demo", "--acts", "20")
	out := mustRun(t, "--data", tmp, "requests")
	ids := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			t.Fatalf("requests line %q", line)
		}
		ids[f[2]] = f[0]
	}
	for _, st := range []string{"draft", "waiting", "overdue", "incomplete", "escalated"} {
		if ids[st] == "" {
			t.Errorf("no %s request in the demo: %q", st, out)
		}
	}
	pdfPath := filepath.Join(tmp, "access.pdf")
	mustRun(t, "--data", tmp, "letter", "access", "--out", pdfPath)
	if b, _ := os.ReadFile(pdfPath); !strings.HasPrefix(string(b), "%PDF-") {
		t.Fatal("letter access did not write a PDF")
	}
	txt := filepath.Join(tmp, "reminder.txt")
	mustRun(t, "--data", tmp, "letter", "reminder", "--request", ids["incomplete"], "--out", txt)
	b, _ := os.ReadFile(txt)
	text := string(b)
	if !strings.Contains(text, "Il y manque") || !strings.Contains(text, "point h") || strings.Contains(text, "point a)") {
		t.Fatalf("reminder for the incomplete answer:\n%s", text)
	}
	cada := filepath.Join(tmp, "cada.txt")
	mustRun(t, "--data", tmp, "letter", "cada", "--request", ids["overdue"], "--out", cada)
	if b, _ := os.ReadFile(cada); !strings.Contains(string(b), "R343-1") {
		t.Fatal("cada letter lacks R343-1")
	}
	if _, errOut, code := run(t, "--data", tmp, "letter", "explanation", "--out", filepath.Join(tmp, "x.pdf")); code != 1 || !strings.Contains(errOut, "--request") {
		t.Fatalf("explanation without request: exit %d %q", code, errOut)
	}
}

func TestLetterListsWhatTheProfileLacks(t *testing.T) {
	tmp := t.TempDir()
	data := filepath.Join(tmp, "data")
	// An empty record: import a CSV with one act, so the folder exists without a profile.
	csv := filepath.Join(tmp, "one.csv")
	mustRun(t, "--data", filepath.Join(tmp, "src"), "demo", "--acts", "1")
	mustRun(t, "--data", filepath.Join(tmp, "src"), "export", "--format", "csv", "--out", csv)
	mustRun(t, "--data", data, "import", csv)
	_, errOut, code := run(t, "--data", data, "letter", "access", "--out", filepath.Join(tmp, "a.pdf"))
	if code != 1 {
		t.Fatalf("exit %d", code)
	}
	for _, w := range []string{"il manque", "votre nom et prénom", "adresse postale", "identifiant France Travail"} {
		if !strings.Contains(errOut, w) {
			t.Errorf("stderr %q lacks %q", errOut, w)
		}
	}
	if _, err := os.Stat(filepath.Join(tmp, "a.pdf")); err == nil {
		t.Error("a letter with blanks was written")
	}
}

func TestICSExportHoldsReplyByDatesAndLegalDeadlines(t *testing.T) {
	tmp := t.TempDir()
	mustRun(t, "--data", tmp, "demo", "--acts", "80")
	out := filepath.Join(tmp, "carnet.ics")
	mustRun(t, "--data", tmp, "export", "--format", "ics", "--out", out)
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.ReplaceAll(string(b), "\r\n ", "")
	for _, want := range []string{"BEGIN:VCALENDAR", "UID:reply-", "UID:request-", "UID:cada-",
		"SUMMARY:Répondre", "SUMMARY:Réponse due par France Travail", "en application de l’article 12",
		"UID:meeting-", "SUMMARY:Rendez-vous", "Entretien avec M. Olivier Bernard"} {
		if !strings.Contains(text, want) {
			t.Errorf("calendar lacks %q", want)
		}
	}
}

// TestLetterOfASentRequestIsTheSnapshot checks that `letter` on a request
// already sent gives the letter as sent, byte for byte (PDF and text), and
// that only --new draws a new version dated today.
func TestLetterOfASentRequestIsTheSnapshot(t *testing.T) {
	tmp := t.TempDir()
	mustRun(t, "--data", tmp, "demo", "--acts", "20")
	export := filepath.Join(tmp, "all.json")
	mustRun(t, "--data", tmp, "export", "--format", "json", "--out", export)
	raw, err := os.ReadFile(export)
	if err != nil {
		t.Fatal(err)
	}
	type snapshot struct {
		PDF  []byte `json:"pdf"`
		Text string `json:"text"`
	}
	var file struct {
		Requests []struct {
			ID       string    `json:"id"`
			Kind     string    `json:"kind"`
			Snapshot *snapshot `json:"snapshot"`
		} `json:"requests"`
	}
	if err := json.Unmarshal(raw, &file); err != nil {
		t.Fatal(err)
	}
	var sent *struct {
		ID       string
		Snapshot snapshot
	}
	for _, r := range file.Requests {
		if r.Kind == "explanation" && r.Snapshot != nil && len(r.Snapshot.PDF) > 0 {
			sent = &struct {
				ID       string
				Snapshot snapshot
			}{r.ID, *r.Snapshot}
		}
	}
	if sent == nil {
		t.Fatalf("no sent explanation with a snapshot in the demo export")
	}
	pdfPath, txtPath := filepath.Join(tmp, "as-sent.pdf"), filepath.Join(tmp, "as-sent.txt")
	out := mustRun(t, "--data", tmp, "letter", "explanation", "--request", sent.ID, "--out", pdfPath)
	mustRun(t, "--data", tmp, "letter", "explanation", "--request", sent.ID, "--out", txtPath)
	if got, _ := os.ReadFile(pdfPath); !bytes.Equal(got, sent.Snapshot.PDF) {
		t.Errorf("the PDF differs from the snapshot (%d bytes, want %d)", len(got), len(sent.Snapshot.PDF))
	}
	if got, _ := os.ReadFile(txtPath); string(got) != sent.Snapshot.Text {
		t.Errorf("the text differs from the snapshot")
	}
	if !strings.Contains(out, "--new") {
		t.Errorf("the message does not say how to get a new version: %q", out)
	}
	fresh := filepath.Join(tmp, "new.pdf")
	mustRun(t, "--data", tmp, "letter", "explanation", "--request", sent.ID, "--new", "--out", fresh)
	if got, _ := os.ReadFile(fresh); bytes.Equal(got, sent.Snapshot.PDF) || !bytes.HasPrefix(got, []byte("%PDF-")) {
		t.Errorf("--new did not draw a new letter")
	}
}
