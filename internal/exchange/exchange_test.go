package exchange

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/carnet-app/carnet/internal/journal"
)

var now = time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)

func sampleBundle(t *testing.T) Bundle {
	t.Helper()
	att, err := journal.NewAttachment("cv.pdf", "application/pdf", []byte("%PDF cv"), now)
	if err != nil {
		t.Fatal(err)
	}
	att.ID = "att1"
	a := journal.Act{ID: "act1", Date: now.Truncate(24 * time.Hour), Minutes: 90, Theme: "P03", Code: "Q14",
		Organisation: "Société Générale", Status: journal.StatusSent, CreatedAt: now, UpdatedAt: now,
		History:     []journal.StatusChange{{ID: "h1", Status: journal.StatusSent, Date: now.Truncate(24 * time.Hour), CreatedAt: now}},
		Attachments: []journal.Attachment{att}}
	p := journal.DefaultProfile()
	p.Name = "Camille Martin"
	return Bundle{Profile: &p, Acts: []journal.Act{a}}
}

func TestJSONRoundTripIsLossless(t *testing.T) {
	var first bytes.Buffer
	if err := WriteJSON(&first, sampleBundle(t)); err != nil {
		t.Fatal(err)
	}
	b, err := ReadJSON(first.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var second bytes.Buffer
	if err := WriteJSON(&second, b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Fatalf("round trip changed the file:\n%s\n---\n%s", first.String(), second.String())
	}
}

func TestReadJSONRefusesBadFilesWithTheLine(t *testing.T) {
	var good bytes.Buffer
	if err := WriteJSON(&good, sampleBundle(t)); err != nil {
		t.Fatal(err)
	}
	text := good.String()
	lines := strings.Split(text, "\n")
	tests := []struct {
		name    string
		data    string
		problem string
		line    int
	}{
		{"a truncated file", strings.Join(lines[:20], "\n"), ProblemTruncated, 20},
		{"a syntax error", strings.Replace(text, `"minutes": 90,`, `"minutes": 90,,`, 1), ProblemSyntax, lineOf(lines, `"minutes"`)},
		{"a bad date", strings.Replace(text, `"date": "2026-11-26"`, `"date": "2026-02-31"`, 1), ProblemField, lineOf(lines, `"id": "act1"`) - 1},
		{"a wrong checksum", strings.Replace(text, `"data": "JVBERiBjdg=="`, `"data": "JVBERiBjdw=="`, 1), ProblemChecksum, lineOf(lines, `"id": "act1"`) - 1},
		{"another format", strings.Replace(text, `"format": "carnet"`, `"format": "autre"`, 1), ProblemFormat, 1},
		{"an unknown field", strings.Replace(text, `"minutes": 90,`, `"minutes": 90, "extra": 1,`, 1), ProblemField, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadJSON([]byte(tt.data))
			var in *InputError
			if !errors.As(err, &in) || in.Problem != tt.problem {
				t.Fatalf("error %v, want problem %s", err, tt.problem)
			}
			if tt.line > 0 && in.Line != tt.line {
				t.Fatalf("line %d, want %d (%v)", in.Line, tt.line, err)
			}
		})
	}
}

func lineOf(lines []string, needle string) int {
	for i, l := range lines {
		if strings.Contains(l, needle) {
			return i + 1
		}
	}
	return -1
}

func TestCSVNeutralisesFormulas(t *testing.T) {
	tests := map[string]string{
		`=HYPERLINK("http://x","y")`: `'=HYPERLINK("http://x","y")`,
		"+33 6 12 34 56 78":          "'+33 6 12 34 56 78",
		"-2":                         "'-2",
		"@SUM(A1)":                   "'@SUM(A1)",
		"\tcmd":                      "'\tcmd",
		"Société Générale":           "Société Générale",
		"":                           "",
	}
	for in, want := range tests {
		if got := NeutraliseCell(in); got != want {
			t.Errorf("NeutraliseCell(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCSVWritesBOMSemicolonsAndFrenchDatesAndReadsBack(t *testing.T) {
	b := sampleBundle(t)
	b.Acts[0].Organisation = `=HYPERLINK("http://x","y")`
	var buf bytes.Buffer
	if err := WriteCSV(&buf, b.Acts); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasPrefix(out, "\ufeffidentifiant;date;") || !strings.Contains(out, ";26/11/2026;") {
		t.Fatalf("csv:\n%s", out)
	}
	if !strings.Contains(out, `'=HYPERLINK(""http://x"",""y"")`) {
		t.Fatalf("formula not neutralised:\n%s", out)
	}
	acts, err := ReadCSV(buf.Bytes(), now)
	if err != nil {
		t.Fatal(err)
	}
	if len(acts) != 1 || acts[0].Organisation != b.Acts[0].Organisation || acts[0].Minutes != 90 || acts[0].Status != journal.StatusSent {
		t.Fatalf("read back %+v", acts)
	}
}

func TestReadCSVRefusesABadDateWithTheLine(t *testing.T) {
	b := sampleBundle(t)
	second := b.Acts[0]
	second.ID = "act2"
	var buf bytes.Buffer
	if err := WriteCSV(&buf, []journal.Act{b.Acts[0], second}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(buf.String(), "\r\n")
	lines[2] = strings.Replace(lines[2], ";26/11/2026;", ";31/11/2026;", 1)
	_, err := ReadCSV([]byte(strings.Join(lines, "\r\n")), now)
	var in *InputError
	if !errors.As(err, &in) || in.Line != 3 || in.Field != "date" || in.Value != "31/11/2026" {
		t.Fatalf("error %v, want line 3 field date", err)
	}
}

func TestICSFoldsEscapesAndUsesAllDayDates(t *testing.T) {
	var buf bytes.Buffer
	long := strings.Repeat("é", 60) + ", fin; suite"
	err := WriteICS(&buf, []Event{{UID: "reply-m1", Date: time.Date(2026, 12, 14, 0, 0, 0, 0, time.UTC), Summary: long, Description: "ligne 1\nligne 2"}}, now)
	if err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"BEGIN:VCALENDAR\r\n", "DTSTART;VALUE=DATE:20261214\r\n", "DTEND;VALUE=DATE:20261215\r\n",
		"UID:reply-m1@carnet.local\r\n", `\, fin\; suite`, `ligne 1\nligne 2`, "END:VCALENDAR\r\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("ics lacks %q:\n%s", want, out)
		}
	}
	for _, l := range strings.Split(out, "\r\n") {
		if len(l) > 75 {
			t.Errorf("line of %d octets: %q", len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("a fold split a character: %q", l)
		}
	}
}
