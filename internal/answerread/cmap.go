package answerread

import (
	"bytes"
	"encoding/hex"
	"io"
	"unicode/utf16"
)

// cmap is a font's ToUnicode map: character codes of one to four bytes
// to Unicode text. It is read by a small tokenizer of its own: the
// PostScript subset a ToUnicode stream uses is tiny, and ledongthuc/pdf's
// reader drops the high byte of codes in a range (U+2019 read as U+0019).
type cmap struct {
	widths []int             // code lengths in bytes its codespace ranges allow, shortest first
	chars  map[string][]rune // single codes
	ranges []cmapRange
}

// cmapRange maps lo..hi (same length) to consecutive text from dst, or to
// one text each from list.
type cmapRange struct {
	lo, hi uint32
	n      int // code length in bytes
	dst    []rune
	list   [][]rune
}

// maxCmapBytes bounds the ToUnicode stream read.
const maxCmapBytes = 4 << 20

// parseCmap reads a ToUnicode CMap; it returns nil when it holds no mapping.
func parseCmap(rd io.Reader) *cmap {
	raw, _ := io.ReadAll(io.LimitReader(rd, maxCmapBytes))
	m := &cmap{chars: map[string][]rune{}}
	toks := cmapTokens(raw)
	widths := map[int]bool{}
	for i := 0; i < len(toks); i++ {
		switch string(toks[i]) {
		case "begincodespacerange":
			for i++; i+1 < len(toks) && string(toks[i]) != "endcodespacerange"; i += 2 {
				if lo := hexBytes(toks[i]); len(lo) > 0 && len(lo) <= 4 {
					widths[len(lo)] = true
				}
			}
		case "beginbfchar":
			for i++; i+1 < len(toks) && string(toks[i]) != "endbfchar"; i += 2 {
				if src := hexBytes(toks[i]); len(src) > 0 && len(src) <= 4 {
					m.chars[string(src)] = utf16Runes(hexBytes(toks[i+1]))
				}
			}
		case "beginbfrange":
			for i++; i+2 < len(toks) && string(toks[i]) != "endbfrange"; i += 3 {
				lo, hi := hexBytes(toks[i]), hexBytes(toks[i+1])
				if len(lo) == 0 || len(lo) > 4 || len(lo) != len(hi) {
					continue
				}
				r := cmapRange{lo: codeValue(lo), hi: codeValue(hi), n: len(lo)}
				if toks[i+2][0] == '[' {
					for _, t := range cmapTokens(toks[i+2][1 : len(toks[i+2])-1]) {
						r.list = append(r.list, utf16Runes(hexBytes(t)))
					}
				} else {
					r.dst = utf16Runes(hexBytes(toks[i+2]))
				}
				if r.hi >= r.lo {
					m.ranges = append(m.ranges, r)
				}
			}
		}
	}
	if len(m.chars) == 0 && len(m.ranges) == 0 {
		return nil
	}
	for n := 1; n <= 4; n++ {
		if widths[n] {
			m.widths = append(m.widths, n)
		}
	}
	if len(m.widths) == 0 {
		m.widths = []int{2}
	}
	return m
}

// decode returns the text of a shown string's codes.
func (m *cmap) decode(raw string) string {
	var out []rune
	for len(raw) > 0 {
		done := false
		for _, n := range m.widths {
			if n > len(raw) {
				break
			}
			if rs, ok := m.lookup(raw[:n]); ok {
				out = append(out, rs...)
				raw = raw[n:]
				done = true
				break
			}
		}
		if !done {
			n := min(m.widths[len(m.widths)-1], len(raw))
			raw = raw[n:]
		}
	}
	return string(out)
}

// lookup maps one code.
func (m *cmap) lookup(code string) ([]rune, bool) {
	if rs, ok := m.chars[code]; ok {
		return rs, true
	}
	v := codeValue([]byte(code))
	for _, r := range m.ranges {
		if r.n != len(code) || v < r.lo || v > r.hi {
			continue
		}
		off := v - r.lo
		if r.list != nil {
			if int(off) < len(r.list) {
				return r.list[off], true
			}
			return nil, false
		}
		if len(r.dst) == 0 {
			return nil, false
		}
		rs := append([]rune(nil), r.dst...)
		rs[len(rs)-1] += rune(off)
		return rs, true
	}
	return nil, false
}

func codeValue(b []byte) uint32 {
	var v uint32
	for _, c := range b {
		v = v<<8 | uint32(c)
	}
	return v
}

// utf16Runes decodes big-endian UTF-16 bytes.
func utf16Runes(b []byte) []rune {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
	}
	return utf16.Decode(u)
}

// hexBytes decodes a <hex> token; nil for anything else.
func hexBytes(tok []byte) []byte {
	if len(tok) < 2 || tok[0] != '<' || tok[len(tok)-1] != '>' {
		return nil
	}
	h := bytes.Map(func(r rune) rune {
		if r == ' ' || r == '\n' || r == '\r' || r == '\t' {
			return -1
		}
		return r
	}, tok[1:len(tok)-1])
	if len(h)%2 == 1 {
		h = append(h, '0')
	}
	out := make([]byte, hex.DecodedLen(len(h)))
	if _, err := hex.Decode(out, h); err != nil {
		return nil
	}
	return out
}

// cmapTokens splits CMap text into <hex> strings, [arrays] and words;
// comments, names' slashes and parentheses are kept as words, which the
// parser ignores.
func cmapTokens(raw []byte) [][]byte {
	var toks [][]byte
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case c == '%':
			for i < len(raw) && raw[i] != '\n' && raw[i] != '\r' {
				i++
			}
		case c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0:
			i++
		case c == '<' && i+1 < len(raw) && raw[i+1] == '<', c == '>' && i+1 < len(raw) && raw[i+1] == '>':
			toks = append(toks, raw[i:i+2])
			i += 2
		case c == '<':
			j := bytes.IndexByte(raw[i:], '>')
			if j < 0 {
				return toks
			}
			toks = append(toks, raw[i:i+j+1])
			i += j + 1
		case c == '[':
			j := bytes.IndexByte(raw[i:], ']')
			if j < 0 {
				return toks
			}
			toks = append(toks, raw[i:i+j+1])
			i += j + 1
		default:
			j := i + 1
			for j < len(raw) && !bytes.ContainsRune([]byte(" \n\r\t\f\x00<>[]/%"), rune(raw[j])) {
				j++
			}
			toks = append(toks, raw[i:j])
			i = j
		}
	}
	return toks
}
