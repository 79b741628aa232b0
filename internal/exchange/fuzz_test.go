package exchange

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode"
)

// safeShown reports whether a value from an InputError can be printed:
// no control characters, and cut to MaxShownRunes characters (each may be
// written as an escape of up to 6 bytes).
func safeShown(s string) bool {
	return !strings.ContainsFunc(s, unicode.IsControl) && len(s) <= 6*MaxShownRunes+len("…")
}

func checkInputError(t *testing.T, err error) {
	t.Helper()
	var in *InputError
	if !errors.As(err, &in) {
		t.Fatalf("error %v is not an *InputError", err)
	}
	if in.Line < 0 || !safeShown(in.Value) || !safeShown(in.Field) {
		t.Fatalf("unsafe error: line %d field %q value %q", in.Line, in.Field, in.Value)
	}
}

// FuzzReadJSON: any bytes give either an *InputError with a printable
// value, or a bundle whose export reads back to the same bytes.
func FuzzReadJSON(f *testing.F) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, manyActsForFuzz()); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte(utf8BOM + `{"format": "carnet", "version": 1, "acts": []}`))
	f.Add([]byte{0xFF, 0xFE, '{', 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := ReadJSON(data)
		if err != nil {
			checkInputError(t, err)
			return
		}
		var first, second bytes.Buffer
		if err := WriteJSON(&first, b); err != nil {
			t.Fatal(err)
		}
		again, err := ReadJSON(first.Bytes())
		if err != nil {
			t.Fatalf("an accepted file exported and read back is refused: %v", err)
		}
		if err := WriteJSON(&second, again); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first.Bytes(), second.Bytes()) {
			t.Fatal("export → read → export changed the bytes")
		}
	})
}

// FuzzReadCSV: any bytes give either an *InputError with a printable value,
// or acts that are valid, storable text with unique IDs.
func FuzzReadCSV(f *testing.F) {
	var buf bytes.Buffer
	if err := WriteCSV(&buf, manyActsForFuzz().Acts); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte(strings.Join(csvHeader, ";") + "\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		acts, err := ReadCSV(data, now)
		if err != nil {
			checkInputError(t, err)
			return
		}
		seen := map[string]bool{}
		for _, a := range acts {
			if err := a.Validate(); err != nil {
				t.Fatalf("accepted an invalid act: %v", err)
			}
			if seen[a.ID] {
				t.Fatalf("accepted ID %q twice", a.ID)
			}
			seen[a.ID] = true
		}
	})
}

// manyActsForFuzz is a small valid bundle: small seeds keep the fuzzer fast.
func manyActsForFuzz() Bundle { return manyActs(2) }
