package exchange

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"
)

func profileBundle(t *testing.T) Bundle {
	t.Helper()
	b := sampleBundle(t)
	b.Profile.BirthDate = time.Date(1988, 4, 12, 0, 0, 0, 0, time.UTC)
	b.Profile.Email = "camille.martin@example.org"
	b.Profile.Departement = "978"
	return b
}

func TestJSONCarriesBirthDateAndEmailLosslessly(t *testing.T) {
	var first bytes.Buffer
	if err := WriteJSON(&first, profileBundle(t)); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"birth_date": "1988-04-12"`, `"email": "camille.martin@example.org"`} {
		if !strings.Contains(first.String(), want) {
			t.Fatalf("export lacks %s:\n%s", want, first.String())
		}
	}
	b, err := ReadJSON(first.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if p := b.Profile; p == nil || !p.BirthDate.Equal(time.Date(1988, 4, 12, 0, 0, 0, 0, time.UTC)) ||
		p.Email != "camille.martin@example.org" || p.Departement != "978" {
		t.Fatalf("profile read back: %+v", b.Profile)
	}
	var second bytes.Buffer
	if err := WriteJSON(&second, b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Fatalf("round trip changed the file:\n%s\n---\n%s", first.String(), second.String())
	}
}

func TestJSONWithoutBirthDateAndEmailReadsThemEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, sampleBundle(t)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"birth_date": "",`) || !strings.Contains(buf.String(), `"email": ""`) {
		t.Fatalf("empty fields not written as empty text:\n%s", buf.String())
	}
	// A file written before these fields existed.
	old := buf.String()
	for _, field := range []string{",\n    \"email\": \"\"", ",\n    \"birth_date\": \"\""} {
		if !strings.Contains(old, field) {
			t.Fatalf("%q not in the file:\n%s", field, old)
		}
		old = strings.Replace(old, field, "", 1)
	}
	if !strings.Contains(old, "\"contract_date\": \"\"\n  },") {
		t.Fatalf("could not remove the fields:\n%s", old)
	}
	b, err := ReadJSON([]byte(old))
	if err != nil {
		t.Fatal(err)
	}
	if !b.Profile.BirthDate.IsZero() || b.Profile.Email != "" || b.Profile.Name != "Camille Martin" {
		t.Fatalf("profile %+v", b.Profile)
	}
}

func TestReadJSONRefusesAnInvalidBirthDateOrEmailWithTheLine(t *testing.T) {
	var good bytes.Buffer
	if err := WriteJSON(&good, profileBundle(t)); err != nil {
		t.Fatal(err)
	}
	text := good.String()
	lines := strings.Split(text, "\n")
	profileEnd := lineOf(lines, `"email": "camille.martin@example.org"`) + 1
	tests := []struct {
		name, old, new, field, value string
	}{
		{"a birth date that does not exist", `"birth_date": "1988-04-12"`, `"birth_date": "1988-02-30"`, "birth_date", "1988-02-30"},
		{"a birth date in French", `"birth_date": "1988-04-12"`, `"birth_date": "12/04/1988"`, "birth_date", "12/04/1988"},
		{"a birth date before 1900", `"birth_date": "1988-04-12"`, `"birth_date": "1899-12-31"`, "birth_date", "1899-12-31"},
		{"an e-mail without a dot in the domain", `"email": "camille.martin@example.org"`, `"email": "camille@example"`, "email", "camille@example"},
		{"an e-mail with a display name", `"email": "camille.martin@example.org"`, `"email": "Camille <camille@example.org>"`, "email", "Camille <camille@example.org>"},
		{"an e-mail with spaces around", `"email": "camille.martin@example.org"`, `"email": " camille@example.org"`, "email", " camille@example.org"},
		{"département 979", `"departement": "978"`, `"departement": "979"`, "departement", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := strings.Replace(text, tt.old, tt.new, 1)
			if data == text {
				t.Fatalf("%s not in the file", tt.old)
			}
			b, err := ReadJSON([]byte(data))
			var in *InputError
			if !errors.As(err, &in) || in.Problem != ProblemField || in.Field != tt.field || in.Line != profileEnd {
				t.Fatalf("error %v, want field %s at line %d", err, tt.field, profileEnd)
			}
			if tt.value != "" && in.Value != tt.value {
				t.Fatalf("value %q, want %q", in.Value, tt.value)
			}
			if b.Profile != nil {
				t.Fatal("a refused file still gave a profile")
			}
		})
	}
}
