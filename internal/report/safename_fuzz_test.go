package report

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzSafeName: any proof name becomes a non-empty, valid UTF-8 name of at
// most maxNameBytes bytes, without separators, "..", control or reserved
// characters, leading or trailing dots or spaces, and not a device name.
func FuzzSafeName(f *testing.F) {
	for _, s := range []string{"cv.pdf", "../../etc/passwd", "CON.txt", "a\x00b\x1b[2J.pdf", " . ", strings.Repeat("é", 80) + ".pdf", "x.verylongextensionname"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		got := SafeName(name, "justificatif")
		base := strings.TrimSuffix(got, "."+strings.TrimPrefix(pathExt(got), "."))
		switch {
		case got == "" || !utf8.ValidString(got) || len(got) > maxNameBytes:
			t.Fatalf("SafeName(%q) = %q", name, got)
		case strings.ContainsAny(got, `/\:*?"<>|`) || strings.Contains(got, "..") || strings.ContainsFunc(got, unicode.IsControl):
			t.Fatalf("SafeName(%q) = %q keeps a forbidden character", name, got)
		case strings.Trim(got, " .") != got:
			t.Fatalf("SafeName(%q) = %q starts or ends with a dot or space", name, got)
		case reservedNames[strings.ToUpper(base)] || reservedNames[strings.ToUpper(strings.TrimRight(stemOf(got), " "))]:
			t.Fatalf("SafeName(%q) = %q is a device name", name, got)
		}
	})
}

func pathExt(s string) string {
	if i := strings.LastIndexByte(s, '.'); i > 0 {
		return s[i:]
	}
	return ""
}

// stemOf is the part of a file name before its first dot, which Windows
// compares with its device names.
func stemOf(s string) string {
	stem, _, _ := strings.Cut(s, ".")
	return stem
}
