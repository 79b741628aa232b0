package answerfind

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Fact is a label and its value that the answer discloses about the
// person (« Score d’employabilité : 0,42 »), as proposed to the user, who
// confirms or edits it.
type Fact struct {
	Name    string    // the lexicon's name for it: « Modalité d’accompagnement »
	Value   string    // as written: « 0,42 », « Renforcé »
	ValidOn time.Time // « valable au », zero when the answer gives no date
	File    string
	Page    int
}

// Limits on a value: a longer text is a sentence, not a value.
const (
	maxValueWords = 6
	maxValueRunes = 60
)

// Facts returns the facts disclosed in the pages, in reading order, each
// name and value once per page. Only the names of the lexicon's fact lines
// count, and only with their value beside them: « label : value », a
// table row « label | value | date », a PDF table line « label value
// date », or « label [au date] est [de] 0,42 » and « … est « Renforcé » ».
// A label inside another phrase (« notre score de satisfaction »), after
// other words, or in a heading, reference line, refusal or header or
// footer line gives nothing.
func (l *Lexicon) Facts(pages []Page) []Fact {
	var out []Fact
	repeated := repeatedLines(pages)
	fold := folder{}
	for _, p := range pages {
		if p.NoText {
			continue
		}
		seen := map[[2]string]bool{}
		add := func(f Fact) {
			k := [2]string{f.Name, f.Value}
			if !seen[k] {
				seen[k] = true
				f.File, f.Page = p.File, p.Number
				out = append(out, f)
			}
		}
		for _, s := range sentences(p.Text) {
			if onRepeatedLine(p.Text, s.start, repeated[p.File]) {
				continue
			}
			text := p.Text[s.start:s.end]
			if strings.Contains(text, "|") {
				for _, f := range l.rowFacts(text, fold) {
					add(f)
				}
				continue
			}
			for _, f := range l.sentenceFacts(text, fold) {
				add(f)
			}
		}
	}
	return out
}

// rowFacts reads a table row, cells separated by « | »: a cell that is a
// fact's label alone takes the next cell as value and the first date among
// the cells after it as its date; a cell that reads « label : value » is
// read as a sentence.
func (l *Lexicon) rowFacts(row string, fold folder) []Fact {
	cells := strings.Split(row, "|")
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	var out []Fact
	for i, c := range cells {
		toks := tokenize(c, 0, len(c), fold)
		if len(toks) == 0 || l.sentenceSaysNothing(toks) {
			continue
		}
		name, n := l.factAt(toks, 0)
		if n == 0 || l.excluded("scores", toks, 0, n) {
			continue
		}
		if n < len(toks) {
			out = append(out, l.sentenceFacts(c, fold)...)
			continue
		}
		if i+1 >= len(cells) {
			continue
		}
		value := cleanValue(cells[i+1])
		if !l.isValue(value, fold) {
			continue
		}
		f := Fact{Name: name, Value: value}
		for _, later := range cells[i+2:] {
			if d, _, _, ok := firstDate(later); ok {
				f.ValidOn = d
				break
			}
		}
		out = append(out, f)
	}
	return out
}

// sentenceFacts finds the facts of one sentence or line.
func (l *Lexicon) sentenceFacts(text string, fold folder) []Fact {
	toks := tokenize(text, 0, len(text), fold)
	if len(toks) == 0 || l.sentenceSaysNothing(toks) {
		return nil
	}
	var out []Fact
	for i := 0; i < len(toks); i++ {
		name, n := l.factAt(toks, i)
		if n == 0 || l.excluded("scores", toks, i, i+n) || !l.labelStands(text, toks, i) {
			continue
		}
		after := text[toks[i+n-1].end:]
		f, ok := l.colonFact(after, fold)
		if !ok {
			f, ok = l.verbFact(after)
		}
		if !ok && i == 0 {
			f, ok = l.lineFact(after, fold)
		}
		if ok {
			f.Name = name
			out = append(out, f)
			i += n - 1
		}
	}
	return out
}

// labelWords may stand before a label: « Votre catégorie : B », « … et
// votre modalité d’accompagnement est … ».
var labelWords = map[string]bool{"votre": true, "vos": true, "le": true, "la": true, "l": true, "les": true, "et": true, "son": true, "sa": true}

// labelStands reports whether the label at toks[i] opens its sentence,
// its line, its clause (after « , ; : ») or a coordination (« et »), with
// at most two words of labelWords before it.
func (l *Lexicon) labelStands(text string, toks []token, i int) bool {
	j := i
	for j > 0 && i-j < 2 && labelWords[toks[j-1].word] {
		j--
		if toks[j].word == "et" {
			return true
		}
	}
	if j == 0 {
		return true
	}
	return strings.ContainsAny(text[toks[j-1].end:toks[j].start], ",;:\n")
}

// colonFact reads « : value [(valable au date)] » after a label.
func (l *Lexicon) colonFact(after string, fold folder) (Fact, bool) {
	rest := strings.TrimLeft(after, " \t")
	if !strings.HasPrefix(rest, ":") {
		return Fact{}, false
	}
	rest = rest[1:]
	end := valueEnd(rest)
	value := cleanValue(rest[:end])
	if !l.isValue(value, fold) {
		return Fact{}, false
	}
	f := Fact{Value: value}
	tail := rest[end:]
	if cut := strings.IndexAny(tail, ";|"); cut >= 0 {
		tail = tail[:cut]
	}
	if d, _, _, ok := firstDate(tail); ok {
		f.ValidOn = d
	}
	return f, true
}

var (
	// verbValue is « [au DATE] est [de|égal à] » then a number or a quoted value.
	verbValue = regexp.MustCompile(`^\s*(?:(?:valable )?au ([^,;.]{6,20}?) )?(?:est|était|vaut|s’élève à|s'élève à)(?: de| égal à| égale à)? (?:(\d+(?:[,.]\d+)?(?: ?%| sur \d+)?)|« ?([^»]{1,60}?) ?»|"([^"]{1,60})")`)
)

// verbFact reads « [au DATE] est [de] 0,42 » or « est « Renforcé » ».
func (l *Lexicon) verbFact(after string) (Fact, bool) {
	m := verbValue.FindStringSubmatch(after)
	if m == nil {
		return Fact{}, false
	}
	f := Fact{}
	for _, v := range m[2:] {
		if v != "" {
			f.Value = strings.TrimSpace(v)
		}
	}
	if m[1] != "" {
		d, _, _, ok := firstDate(m[1])
		if !ok {
			return Fact{}, false
		}
		f.ValidOn = d
	}
	return f, f.Value != ""
}

// lineFact reads a table line a PDF gives with its cells separated by
// spaces, the label opening it: « Score d'employabilité 0,42 12/03/26 ».
// The rest must be one to three words starting with a digit or a
// capital, then an optional date, on a line without sentence punctuation.
func (l *Lexicon) lineFact(after string, fold folder) (Fact, bool) {
	line := strings.TrimSpace(after)
	if strings.ContainsAny(line, ":;!?«»\"") || strings.HasSuffix(line, ".") || strings.Contains(line, "\n") {
		return Fact{}, false
	}
	f := Fact{}
	if d, start, _, ok := firstDate(line); ok && start > 0 {
		f.ValidOn = d
		line = strings.TrimSpace(line[:start])
	}
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > 3 {
		return Fact{}, false
	}
	if r, _ := utf8.DecodeRuneInString(line); !unicode.IsDigit(r) && !unicode.IsUpper(r) {
		return Fact{}, false
	}
	f.Value = line
	return f, l.isValue(line, fold)
}

// valueEnd returns where a value written after « : » ends: at « ; », « | »,
// « ( », a line end, or a full stop that is not inside a number.
func valueEnd(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ';', '|', '(', '\n':
			return i
		case '.':
			if i+1 >= len(s) || !('0' <= s[i+1] && s[i+1] <= '9') {
				return i
			}
		}
	}
	return len(s)
}

// cleanValue trims spaces, quotes and a final comma from a value.
func cleanValue(v string) string {
	v = strings.TrimSpace(v)
	v = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(v, "«"), "»"))
	v = strings.Trim(v, `"“”`)
	return strings.TrimSpace(strings.TrimRight(v, ", "))
}

// isValue reports whether v may be a fact's value: a few words with a
// letter or digit, not a table header and not a refusal.
func (l *Lexicon) isValue(v string, fold folder) bool {
	if v == "" || utf8.RuneCountInString(v) > maxValueRunes || len(strings.Fields(v)) > maxValueWords {
		return false
	}
	toks := tokenize(v, 0, len(v), fold)
	if len(toks) == 0 || l.sentenceSaysNothing(toks) {
		return false
	}
	if n := l.factHead.longestAt(toks, 0); n == len(toks) {
		return false
	}
	return true
}
