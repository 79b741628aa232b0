package answerfind

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/carnet-app/carnet/internal/journal"
)

//go:embed lexicon.tsv
var lexiconTSV string

// RuleKind is what a lexicon line does.
type RuleKind string

// The kinds of lexicon lines; lexicon.tsv explains each.
const (
	KindTerm    RuleKind = "term"
	KindWord    RuleKind = "word"
	KindNot     RuleKind = "not"
	KindDefine  RuleKind = "define"
	KindRestate RuleKind = "restate"
	KindRefuse  RuleKind = "refuse"
	KindStart   RuleKind = "start"
	// KindFact names a disclosed fact and lists the labels it is printed
	// under; KindFactHead lists the words of a table's header row.
	KindFact     RuleKind = "fact"
	KindFactHead RuleKind = "facthead"
)

// AllItems is the item key of rules that apply to every item.
const AllItems = "*"

// phrase is a folded phrase as words; a word ending in "*" is a stem.
type phrase struct {
	text  string // as written in the lexicon
	words []string
}

// Lexicon is the parsed word list: per item its terms, words and
// exclusions, and the sentence-level rules shared by all items.
type Lexicon struct {
	terms, words, not map[string]*phraseSet // by item key; not[AllItems] applies to all
	define, restate   phraseSet
	refuse, start     phraseSet
	facts             []factName // in file order
	factHead          phraseSet
}

// Items returns the item keys the lexicon has terms or words for.
func (l *Lexicon) Items() []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range []map[string]*phraseSet{l.terms, l.words} {
		for k := range m {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	return out
}

// ParseLexicon reads a lexicon in lexicon.tsv's format; it returns an
// error naming the line of an unknown kind, a missing field, a sentence
// rule given for one item or a phrase that folds to nothing.
func ParseLexicon(r io.Reader) (*Lexicon, error) {
	l := &Lexicon{terms: map[string]*phraseSet{}, words: map[string]*phraseSet{}, not: map[string]*phraseSet{}}
	perItem := func(m map[string]*phraseSet, item string) *phraseSet {
		if m[item] == nil {
			m[item] = &phraseSet{}
		}
		return m[item]
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[1] == "" {
			return nil, fmt.Errorf("lexicon line %d: want kind, item and phrases separated by tabs", n)
		}
		kind, item := RuleKind(f[0]), f[1]
		var ps []phrase
		for _, raw := range strings.Split(f[2], "|") {
			p := parsePhrase(raw)
			if len(p.words) == 0 {
				return nil, fmt.Errorf("lexicon line %d: empty phrase %q", n, raw)
			}
			ps = append(ps, p)
		}
		shared := map[RuleKind]*phraseSet{KindDefine: &l.define, KindRestate: &l.restate, KindRefuse: &l.refuse, KindStart: &l.start}
		switch kind {
		case KindTerm:
			perItem(l.terms, item).add(ps...)
		case KindWord:
			perItem(l.words, item).add(ps...)
		case KindNot:
			perItem(l.not, item).add(ps...)
		case KindFact:
			l.addFact(item, ps)
		case KindFactHead:
			l.factHead.add(ps...)
		case KindDefine, KindRestate, KindRefuse, KindStart:
			if item != AllItems {
				return nil, fmt.Errorf("lexicon line %d: %s applies to every item (*)", n, kind)
			}
			shared[kind].add(ps...)
		default:
			return nil, fmt.Errorf("lexicon line %d: unknown kind %q", n, kind)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return l, nil
}

// parsePhrase folds a lexicon phrase, keeping a final "*" on its words.
func parsePhrase(raw string) phrase {
	p := phrase{text: strings.TrimSpace(raw)}
	for _, w := range strings.Fields(raw) {
		stem := strings.HasSuffix(w, "*")
		p.words = append(p.words, strings.Fields(journal.FoldText(strings.TrimSuffix(w, "*")))...)
		if stem && len(p.words) > 0 {
			p.words[len(p.words)-1] += "*"
		}
	}
	return p
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
)

// Default returns the lexicon embedded in the package (lexicon.tsv); it
// panics if that file does not parse, which its test forbids.
func Default() *Lexicon {
	defaultOnce.Do(func() {
		l, err := ParseLexicon(strings.NewReader(lexiconTSV))
		if err != nil {
			panic(err)
		}
		defaultLex = l
	})
	return defaultLex
}
