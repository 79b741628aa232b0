package answerread

import (
	lpdf "github.com/ledongthuc/pdf"
	"golang.org/x/text/encoding/charmap"
)

// fontDecoder turns the codes a content stream shows in one font into text.
type fontDecoder interface {
	decode(raw string) string
}

// newFontDecoder picks how a font's codes become text: its ToUnicode map
// when it has one, else its simple encoding (WinAnsi, MacRoman, or a base
// encoding with Differences named by glyph), else ledongthuc/pdf's own
// guess.
func newFontDecoder(f lpdf.Font) fontDecoder {
	if tu := f.V.Key("ToUnicode"); tu.Kind() == lpdf.Stream {
		if m := parseCmap(tu.Reader()); m != nil {
			return m
		}
	}
	enc := f.V.Key("Encoding")
	composite := f.V.Key("Subtype").Name() == "Type0"
	switch {
	case composite:
		return libDecoder{f.Encoder()}
	case enc.Kind() == lpdf.Name:
		return byteDecoder{table: baseTable(enc.Name())}
	case enc.Kind() == lpdf.Dict:
		d := byteDecoder{table: baseTable(enc.Key("BaseEncoding").Name())}
		diffs := enc.Key("Differences")
		code := 0
		for i := 0; i < diffs.Len(); i++ {
			v := diffs.Index(i)
			switch v.Kind() {
			case lpdf.Integer:
				code = int(v.Int64())
			case lpdf.Name:
				if r, ok := glyphRune(v.Name()); ok && code >= 0 && code < 256 {
					d.table[code] = r
				}
				code++
			}
		}
		return d
	}
	return byteDecoder{table: baseTable("")}
}

// baseTable returns the 256 runes of a simple font's base encoding:
// MacRoman when named, Windows-1252 (WinAnsi) otherwise, which agrees with
// StandardEncoding on letters and digits.
func baseTable(name string) (t [256]rune) {
	cm := charmap.Windows1252
	if name == "MacRomanEncoding" {
		cm = charmap.Macintosh
	}
	for i := range t {
		t[i] = cm.DecodeByte(byte(i))
	}
	return t
}

// byteDecoder maps one byte to one rune.
type byteDecoder struct{ table [256]rune }

func (d byteDecoder) decode(raw string) string {
	out := make([]rune, 0, len(raw))
	for i := 0; i < len(raw); i++ {
		out = append(out, d.table[raw[i]])
	}
	return string(out)
}

// libDecoder is ledongthuc/pdf's decoder, for fonts the others do not cover.
type libDecoder struct{ enc lpdf.TextEncoding }

func (d libDecoder) decode(raw string) string { return d.enc.Decode(raw) }

// glyphRune maps the Adobe glyph names French text uses to their rune;
// names made of « uni » and four hexadecimal digits too.
func glyphRune(name string) (rune, bool) {
	if r, ok := glyphs[name]; ok {
		return r, true
	}
	if len(name) == 7 && name[:3] == "uni" {
		var r rune
		for _, c := range name[3:] {
			switch {
			case c >= '0' && c <= '9':
				r = r<<4 | (c - '0')
			case c >= 'A' && c <= 'F':
				r = r<<4 | (c - 'A' + 10)
			default:
				return 0, false
			}
		}
		return r, true
	}
	if len(name) == 1 {
		return rune(name[0]), true
	}
	return 0, false
}

var glyphs = map[string]rune{
	"space": ' ', "exclam": '!', "quotedbl": '"', "numbersign": '#', "dollar": '$', "percent": '%',
	"ampersand": '&', "quotesingle": '\'', "quoteright": '’', "quoteleft": '‘', "parenleft": '(', "parenright": ')',
	"asterisk": '*', "plus": '+', "comma": ',', "hyphen": '-', "period": '.', "slash": '/',
	"zero": '0', "one": '1', "two": '2', "three": '3', "four": '4', "five": '5', "six": '6', "seven": '7',
	"eight": '8', "nine": '9', "colon": ':', "semicolon": ';', "less": '<', "equal": '=', "greater": '>',
	"question": '?', "at": '@', "bracketleft": '[', "backslash": '\\', "bracketright": ']', "underscore": '_',
	"braceleft": '{', "bar": '|', "braceright": '}', "endash": '–', "emdash": '—', "bullet": '•',
	"guillemotleft": '«', "guillemotright": '»', "quotedblleft": '“', "quotedblright": '”', "ellipsis": '…',
	"Euro": '€', "degree": '°', "ordmasculine": 'º', "nbspace": '\u00a0',
	"agrave": 'à', "acircumflex": 'â', "adieresis": 'ä', "ccedilla": 'ç', "egrave": 'è', "eacute": 'é',
	"ecircumflex": 'ê', "edieresis": 'ë', "icircumflex": 'î', "idieresis": 'ï', "ocircumflex": 'ô',
	"odieresis": 'ö', "ugrave": 'ù', "ucircumflex": 'û', "udieresis": 'ü', "ydieresis": 'ÿ', "oe": 'œ', "ae": 'æ',
	"Agrave": 'À', "Acircumflex": 'Â', "Ccedilla": 'Ç', "Egrave": 'È', "Eacute": 'É', "Ecircumflex": 'Ê',
	"Edieresis": 'Ë', "Icircumflex": 'Î', "Idieresis": 'Ï', "Ocircumflex": 'Ô', "Ugrave": 'Ù', "Ucircumflex": 'Û',
	"OE": 'Œ', "AE": 'Æ', "fi": 'ﬁ', "fl": 'ﬂ',
}
