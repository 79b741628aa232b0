package answerread

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Charset names the encoding decodeCharset found.
type Charset string

// The charsets a text file may come in.
const (
	UTF8        Charset = "UTF-8"
	UTF16LE     Charset = "UTF-16LE"
	UTF16BE     Charset = "UTF-16BE"
	Windows1252 Charset = "windows-1252"
	ISO885915   Charset = "ISO-8859-15"
)

// DetectCharset guesses the encoding of a text: a byte-order mark first,
// then UTF-16 without mark (NUL bytes on alternate positions), valid
// UTF-8, and otherwise one of the two single-byte charsets French
// administrations still use: ISO-8859-15 when the text has its œ or € and
// none of the bytes 0x80–0x9F (control codes there, letters in
// Windows-1252), Windows-1252 otherwise.
func DetectCharset(data []byte) Charset {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return UTF8
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return UTF16LE
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return UTF16BE
	}
	if cs, ok := utf16WithoutMark(data); ok {
		return cs
	}
	if utf8.Valid(data) {
		return UTF8
	}
	c1 := false
	for _, b := range data {
		if b >= 0x80 && b <= 0x9F {
			c1 = true
			break
		}
	}
	if !c1 && (bytes.IndexByte(data, 0xBD) >= 0 || bytes.IndexByte(data, 0xA4) >= 0) {
		return ISO885915
	}
	return Windows1252
}

// utf16WithoutMark reports UTF-16 when most even (BE) or odd (LE) bytes of
// the first kilobyte are NUL, as in Latin text written in UTF-16.
func utf16WithoutMark(data []byte) (Charset, bool) {
	n := min(len(data), 1024) &^ 1
	if n < 4 {
		return "", false
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	switch {
	case odd*10 >= half*7 && even*10 < half:
		return UTF16LE, true
	case even*10 >= half*7 && odd*10 < half:
		return UTF16BE, true
	}
	return "", false
}

// decoders maps each charset to its decoder.
var decoders = map[Charset]encoding.Encoding{
	UTF16LE:     unicode.UTF16(unicode.LittleEndian, unicode.UseBOM),
	UTF16BE:     unicode.UTF16(unicode.BigEndian, unicode.UseBOM),
	Windows1252: charmap.Windows1252,
	ISO885915:   charmap.ISO8859_15,
}

// decodeCharset returns data as UTF-8 text, its charset detected, without
// byte-order mark, with "\r\n" and "\r" turned into "\n".
func decodeCharset(data []byte) string {
	cs := DetectCharset(data)
	var s string
	if cs == UTF8 {
		s = strings.ToValidUTF8(string(bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})), "\uFFFD")
	} else {
		out, err := decoders[cs].NewDecoder().Bytes(data)
		if err != nil {
			out = bytes.ToValidUTF8(data, []byte("\uFFFD"))
		}
		s = strings.TrimPrefix(string(out), "\uFEFF")
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// decodeNamed decodes data from the charset a MIME header names (utf-8,
// iso-8859-1, iso-8859-15, windows-1252, us-ascii, utf-16); an unknown or
// empty name falls back to detection.
func decodeNamed(data []byte, name string) string {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "iso-8859-1", "latin1", "iso8859-1", "windows-1252", "cp1252":
		out, _ := charmap.Windows1252.NewDecoder().Bytes(data)
		return string(out)
	case "iso-8859-15", "latin9", "iso8859-15":
		out, _ := charmap.ISO8859_15.NewDecoder().Bytes(data)
		return string(out)
	}
	return decodeCharset(data)
}
