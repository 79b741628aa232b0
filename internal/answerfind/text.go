package answerfind

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/carnet-app/carnet/internal/journal"
)

// token is one folded word and where it stands in the page's text.
type token struct {
	word       string
	start, end int // byte offsets in the page's text
}

// folder folds words as journal.FoldText does, remembering each word it
// folded: FoldText builds a transform chain per call, too slow for every
// word of a 200-page answer.
type folder map[string][]string

// fold returns the folded words of one run of letters and digits.
func (f folder) fold(w string) []string {
	if got, ok := f[w]; ok {
		return got
	}
	var out []string
	if isASCII(w) {
		out = []string{strings.ToLower(w)}
	} else {
		out = strings.Fields(journal.FoldText(w))
	}
	if len(f) < 100_000 {
		f[w] = out
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// tokenize splits text[from:to] into words (runs of letters and digits),
// each folded as journal.FoldText folds it.
func tokenize(text string, from, to int, f folder) []token {
	var out []token
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		for _, w := range f.fold(text[start:end]) {
			out = append(out, token{word: w, start: start, end: end})
		}
		start = -1
	}
	for i := from; i < to; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			if start < 0 {
				start = i
			}
		} else {
			flush(i)
		}
		i += n
	}
	flush(to)
	return out
}

// span is a byte range of a page's text.
type span struct{ start, end int }

// wrapWidth is the length under which a line is taken as complete (a
// heading, a label, a letterhead line) rather than a paragraph wrapped
// by the layout.
const wrapWidth = 60

// sentences splits a page's text into sentences: at « . », « ! » or « ? »
// followed by a space and a capital, and at line ends, except where a long
// line without final punctuation was wrapped by the layout. A table row
// (cells joined by « | ») is one sentence.
func sentences(text string) []span {
	var out []span
	start := 0
	cut := func(end int) {
		if strings.TrimSpace(text[start:end]) != "" {
			out = append(out, span{start, end})
		}
		start = end
	}
	lineStart := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '\n':
			line := strings.TrimSpace(text[lineStart:i])
			wrapped := utf8.RuneCountInString(line) >= wrapWidth && !strings.Contains(line, " | ") &&
				!strings.ContainsAny(line[len(line)-1:], ".!?:;")
			if !wrapped {
				cut(i)
			}
			lineStart = i + 1
		case (c == '.' || c == '!' || c == '?') && i+2 < len(text) && text[i+1] == ' ':
			if r, _ := utf8.DecodeRuneInString(text[i+2:]); unicode.IsUpper(r) {
				cut(i + 1)
			}
		}
	}
	cut(len(text))
	return out
}

// lineKey is a line as compared across pages: folded, digits dropped, so
// « Page 3 sur 12 » and « Page 4 sur 12 » are one line.
func lineKey(line string) string {
	return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return ' '
		}
		return r
	}, journal.FoldText(line))), " ")
}

// minRepeatPages is how many pages a file needs before its repeated lines
// are taken as headers and footers.
const minRepeatPages = 3

// edgeLines is how many lines at the top and at the bottom of a page may
// be a header or a footer.
const edgeLines = 2

// edges returns the first and last edgeLines non-empty lines of a page.
func edges(text string) []string {
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) <= 2*edgeLines {
		return lines
	}
	return append(lines[:edgeLines:edgeLines], lines[len(lines)-edgeLines:]...)
}

// repeatedLines returns, for each file, the keys of the lines found at the
// top or bottom of at least 60 % of its pages (at least minRepeatPages of
// them): headers, footers, letterheads printed on every page. A line
// repeated in the body of every page (a table row of each month) is kept.
func repeatedLines(pages []Page) map[string]map[string]bool {
	perFile := map[string]int{}
	counts := map[string]map[string]int{}
	for _, p := range pages {
		if p.NoText {
			continue
		}
		perFile[p.File]++
		if counts[p.File] == nil {
			counts[p.File] = map[string]int{}
		}
		seen := map[string]bool{}
		for _, line := range edges(p.Text) {
			k := lineKey(line)
			if k != "" && !seen[k] {
				seen[k] = true
				counts[p.File][k]++
			}
		}
	}
	out := map[string]map[string]bool{}
	for file, n := range perFile {
		if n < minRepeatPages {
			continue
		}
		for k, c := range counts[file] {
			if c*10 >= n*6 {
				if out[file] == nil {
					out[file] = map[string]bool{}
				}
				out[file][k] = true
			}
		}
	}
	return out
}
