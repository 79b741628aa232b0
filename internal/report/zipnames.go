package report

import (
	"path"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxNameBytes bounds a file or folder name inside the ZIP.
const maxNameBytes = 100

var reservedNames = map[string]bool{"CON": true, "PRN": true, "AUX": true, "NUL": true,
	"COM1": true, "COM2": true, "COM3": true, "COM4": true, "COM5": true, "COM6": true, "COM7": true, "COM8": true, "COM9": true,
	"LPT1": true, "LPT2": true, "LPT3": true, "LPT4": true, "LPT5": true, "LPT6": true, "LPT7": true, "LPT8": true, "LPT9": true}

// SafeName turns any text into a file name that is safe on every system:
// no path separators, no "..", no control or reserved characters, not a
// Windows device name, at most maxNameBytes bytes with the extension kept,
// never empty (fallback is used then).
func SafeName(name, fallback string) string {
	name = strings.Map(func(r rune) rune {
		switch {
		case r == '/' || r == '\\' || r == ':' || r == '*' || r == '?' || r == '"' || r == '<' || r == '>' || r == '|':
			return '_'
		case unicode.IsControl(r) || r == utf8.RuneError:
			return -1
		}
		return r
	}, name)
	for strings.Contains(name, "..") {
		name = strings.ReplaceAll(name, "..", ".")
	}
	name = strings.Trim(name, " .")
	if name == "" {
		name = fallback
	}
	// Windows reserves a device name whatever follows its first dot
	// (« CON.txt », « NUL.tar.gz »).
	stem, _, _ := strings.Cut(name, ".")
	if reservedNames[strings.ToUpper(strings.TrimRight(stem, " "))] {
		name = "_" + name
	}
	ext := path.Ext(name)
	if len(ext) > 16 || ext == name {
		ext = ""
	}
	base := strings.TrimSuffix(name, ext)
	if len(base)+len(ext) > maxNameBytes {
		base = truncateUTF8(base, maxNameBytes-len(ext))
	}
	return base + ext
}

func truncateUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return strings.TrimRight(s[:n], " .")
}

// uniqueNames numbers names already taken: « cv.pdf », « cv (2).pdf »…
type uniqueNames map[string]bool

func (u uniqueNames) take(dir, name string) string {
	candidate := name
	ext := path.Ext(name)
	base := strings.TrimSuffix(name, ext)
	for i := 2; u[strings.ToLower(dir+"/"+candidate)]; i++ {
		suffix := " (" + strconv.Itoa(i) + ")"
		candidate = truncateUTF8(base, maxNameBytes-len(ext)-len(suffix)) + suffix + ext
	}
	u[strings.ToLower(dir+"/"+candidate)] = true
	return candidate
}
