package exchange

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/carnet-app/carnet/internal/journal"
)

// manyActs returns a bundle of n valid applications, each with one history entry.
func manyActs(n int) Bundle {
	var b Bundle
	for i := 0; i < n; i++ {
		d := now.Truncate(24*time.Hour).AddDate(0, 0, -i)
		id := fmt.Sprintf("act%04d", i)
		b.Acts = append(b.Acts, journal.Act{ID: id, Date: d, Minutes: 30, Theme: "P03", Code: "Q14",
			Organisation: "Org " + id, Status: journal.StatusSent, CreatedAt: now, UpdatedAt: now,
			History: []journal.StatusChange{{ID: "h" + id, Status: journal.StatusSent, Date: d, CreatedAt: now}}})
	}
	return b
}

func exportText(t *testing.T, b Bundle) string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteJSON(&buf, b); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// replaceInAct replaces old by new inside the act whose ID is id, and
// returns the file and the 1-based line of the replacement.
func replaceInAct(t *testing.T, text, id, old, new string) (string, int) {
	t.Helper()
	at := strings.Index(text, `"id": "`+id+`"`)
	i := strings.Index(text[at:], old)
	if at < 0 || i < 0 {
		t.Fatalf("%s not in act %s", old, id)
	}
	i += at
	return text[:i] + new + text[i+len(old):], strings.Count(text[:i], "\n") + 1
}

func readErr(t *testing.T, data string) *InputError {
	t.Helper()
	_, err := ReadJSON([]byte(data))
	var in *InputError
	if !errors.As(err, &in) {
		t.Fatalf("error %v, want an *InputError", err)
	}
	return in
}

// Issue 9, defect 2: lines are those of the file, and messages show the
// value at fault, escaped and cut, with the reason as a code to translate.
func TestReadJSONNamesTheLineInTheFileAndTheValue(t *testing.T) {
	text := exportText(t, manyActs(60))
	actLine := func(id string) int { return strings.Count(text[:strings.Index(text, `"id": "`+id+`"`)], "\n") }
	tests := []struct {
		name, id, old, new   string
		line                 int // 0: the line of the replacement; -1: the act's first line
		field, value, reason string
	}{
		{"a wrong type deep in the file", "act0050", `"minutes": 30`, `"minutes": "trente"`, 0, "minutes", `"trente"`, ReasonType},
		{"a text where a flag is expected", "act0030", `"private": false`, `"private": "non"`, 0, "private", `"non"`, ReasonType},
		{"a duration over 24 hours", "act0050", `"minutes": 30`, `"minutes": 2000`, -1, "minutes", "2000", journal.ProblemDuration},
		{"an unknown channel", "act0041", `"channel": ""`, `"channel": "pigeon"`, -1, "channel", "pigeon", journal.ProblemUnknownValue},
		{"a syntax error", "act0033", `"minutes": 30,`, `"minutes": 30,,`, 0, "", "", ""},
		{"an unknown field", "act0044", `"minutes": 30,`, `"minutes": 30, "extra": 1,`, 0, "extra", "extra", ReasonUnknownField},
		{"an escape sequence", "act0052", `"organisation": "Org act0052"`, `"organisation": "\u001b[2J\u001b[HOrg"`, -1, "contact_email", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, line := replaceInAct(t, text, tt.id, tt.old, tt.new)
			if tt.line == -1 {
				line = actLine(tt.id)
			}
			if tt.name == "an escape sequence" {
				// ESC is valid in an organisation; a bad e-mail beside it shows the escaping.
				data, _ = replaceInAct(t, data, tt.id, `"email": ""`, `"email": "\u001b]0;pwned\u0007 sans arobase"`)
				tt.value = `\x1b]0;pwned\x07 sans arobase`
				tt.reason = journal.ProblemEmail
			}
			in := readErr(t, data)
			if in.Line != line || in.Field != tt.field || in.Value != tt.value || in.Reason != tt.reason {
				t.Fatalf("got line %d field %q value %q reason %q; want %d %q %q %q", in.Line, in.Field, in.Value, in.Reason,
					line, tt.field, tt.value, tt.reason)
			}
		})
	}
}

func TestShowValueEscapesAndCuts(t *testing.T) {
	tests := map[string]string{
		"Société":                       "Société",
		"\x1b[2J":                       `\x1b[2J`,
		"a\nb\tc\r":                     `a\nb\tc\r`,
		"nul\x00":                       `nul\x00`,
		"bad\xff\xfe":                   `bad\xff\xfe`,
		"\u202eevil":                    `\u202eevil`,
		strings.Repeat("é", 81):         strings.Repeat("é", 80) + "…",
		strings.Repeat("x", 5<<20):      strings.Repeat("x", 80) + "…",
		strings.Repeat("\x1b", 80) + "": strings.Repeat(`\x1b`, 80),
	}
	for in, want := range tests {
		if got := ShowValue(in); got != want {
			t.Errorf("ShowValue(%.20q) = %.40q, want %.40q", in, got, want)
		}
	}
}

func TestReadJSONCutsAHugeValue(t *testing.T) {
	text := exportText(t, manyActs(3))
	data, _ := replaceInAct(t, text, "act0001", `"organisation": "Org act0001"`, `"organisation": "`+strings.Repeat("x", 5<<20)+`"`)
	in := readErr(t, data)
	if in.Field != "organisation" || in.Reason != journal.ProblemTooLong || utf8.RuneCountInString(in.Value) != MaxShownRunes+1 {
		t.Fatalf("got %s (%d bytes of value)", in.Error()[:min(200, len(in.Error()))], len(in.Value))
	}
}

func TestReadJSONAcceptsAUTF8BOMAndNamesUTF16(t *testing.T) {
	text := exportText(t, manyActs(2))
	b, err := ReadJSON([]byte(utf8BOM + text))
	if err != nil || len(b.Acts) != 2 {
		t.Fatalf("JSON with a BOM: %v", err)
	}
	for name, data := range map[string][]byte{
		"UTF-16LE": utf16Bytes(text, false, true), "UTF-16BE": utf16Bytes(text, true, true),
	} {
		for _, mark := range []bool{true, false} {
			if !mark {
				data = data[2:]
			}
			for reader, read := range map[string]func([]byte) error{
				"ReadJSON": func(d []byte) error { _, err := ReadJSON(d); return err },
				"ReadCSV":  func(d []byte) error { _, err := ReadCSV(d, now); return err },
				"Sniff":    func(d []byte) error { _, err := Sniff(d[:64]); return err },
			} {
				var in *InputError
				if err := read(data); !errors.As(err, &in) || in.Problem != ProblemEncoding || in.Value != name {
					t.Errorf("%s of %s (mark %v): %v", reader, name, mark, err)
				}
			}
		}
	}
}

func utf16Bytes(s string, bigEndian, mark bool) []byte {
	units := utf16.Encode([]rune(s))
	if mark {
		units = append([]uint16{0xFEFF}, units...)
	}
	out := make([]byte, 0, 2*len(units))
	for _, u := range units {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// Issue 9, defect 1 at the reader: identifiers of history entries and
// proofs are unique in the file, and an act's status is the last entry of
// its history.
func TestReadJSONRefusesWhatCheckWouldRefuse(t *testing.T) {
	text := exportText(t, manyActs(5))
	tests := []struct {
		name, id, old, new, field, problem, reason string
	}{
		{"a history ID used twice", "act0003", `"id": "hact0003"`, `"id": "hact0001"`, "history.id", ProblemDuplicate, ""},
		{"a sent act with an empty history", "act0002", `"history": [`, `"history": [], "h": [`, "status", ProblemField, ReasonStatusHistory},
		{"a status that is not the last of the history", "act0002", `"status": "sent"`, `"status": "hired"`, "status", ProblemField, ReasonStatusHistory},
		{"an overlong ID", "act0004", `"id": "act0004"`, `"id": "` + strings.Repeat("a", 65) + `"`, "id", ProblemField, journal.ProblemTooLong},
		{"a NUL in a text", "act0004", `"organisation": "Org act0004"`, `"organisation": "Org\u0000"`, "organisation", ProblemField, journal.ProblemText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, _ := replaceInAct(t, text, tt.id, tt.old, tt.new)
			if tt.name == "a sent act with an empty history" {
				// Drop the entry: keep the JSON valid without an unknown field.
				data, _ = replaceInAct(t, text, tt.id, `"history": [`, `"history": [], "x_history": [`)
				data = strings.Replace(data, `"x_history"`, `"history"`, 1)
				start := strings.Index(data, `"history": [], "history": [`)
				end := start + strings.Index(data[start:], "],\n") + 1
				data = data[:start] + `"history": []` + data[end:]
			}
			in := readErr(t, data)
			if in.Field != tt.field || in.Problem != tt.problem || in.Reason != tt.reason {
				t.Fatalf("got %v; want field %s problem %s reason %s", in, tt.field, tt.problem, tt.reason)
			}
		})
	}
}

// Issue 9, defect 9: invalid UTF-8 and NUL bytes in a CSV are refused
// with the line, not stored and later exported changed.
func TestReadCSVRefusesInvalidUTF8AndNUL(t *testing.T) {
	b := manyActs(3)
	var buf bytes.Buffer
	if err := WriteCSV(&buf, b.Acts); err != nil {
		t.Fatal(err)
	}
	for name, bad := range map[string]string{"invalid UTF-8": "Org\xff\xfe", "NUL": "Org\x00x"} {
		lines := strings.Split(buf.String(), "\r\n")
		lines[3] = strings.Replace(lines[3], ";Org act", ";"+bad+" act", 1)
		_, err := ReadCSV([]byte(strings.Join(lines, "\r\n")), now)
		var in *InputError
		if !errors.As(err, &in) || in.Line != 4 || in.Field != "organisation" || in.Reason != journal.ProblemText {
			t.Errorf("%s: %v, want line 4 organisation invalid_text", name, err)
		}
	}
}
