package answerfind

import (
	"strings"
	"unicode"
)

// Page is a page of extracted text, as internal/answerread gives it.
type Page struct {
	File   string // file name, archive path included
	Number int    // page or sheet number, from 1
	Text   string
	NoText bool // a scan or an image: nothing could be read
}

// Passage is where the answer addresses an item.
type Passage struct {
	File       string
	Page       int
	Start, End int    // byte offsets of the matched phrase in the page's Text
	Sentence   string // the sentence around it, on one line
	// SentenceStart and SentenceEnd are the sentence's byte offsets in the
	// page's Text, for highlighting.
	SentenceStart, SentenceEnd int
	Term                       string // the lexicon phrase that matched, as written there
	// Before, Match and After are Sentence cut around the matched phrase,
	// for a screen that shows it in bold; Sentence is Before + Match +
	// After with the spaces the page had between them.
	Before, Match, After string
}

// Finding is one asked item and the passages proposed for it; no passage
// means « non trouvé ».
type Finding struct {
	Item     string
	Passages []Passage
}

// Found reports whether at least one passage was proposed.
func (f Finding) Found() bool { return len(f.Passages) > 0 }

// maxPassages bounds the passages proposed for one item.
const maxPassages = 20

// Find returns, for each item key in order, the passages of pages that
// address it according to the lexicon, at most one per sentence and
// maxPassages per item. An item the lexicon does not know is never found.
func (l *Lexicon) Find(pages []Page, items []string) []Finding {
	out := make([]Finding, len(items))
	for i, it := range items {
		out[i].Item = it
	}
	repeated := repeatedLines(pages)
	fold := folder{}
	for _, p := range pages {
		if p.NoText {
			continue
		}
		for _, s := range sentences(p.Text) {
			toks := tokenize(p.Text, s.start, s.end, fold)
			if len(toks) == 0 || l.sentenceSaysNothing(toks) {
				continue
			}
			for i, it := range items {
				if len(out[i].Passages) >= maxPassages {
					continue
				}
				if m, ok := l.matchItem(it, p.Text, toks, s.end, repeated[p.File]); ok {
					out[i].Passages = append(out[i].Passages, Passage{
						File: p.File, Page: p.Number, Start: m.start, End: m.end, Term: m.term,
						Sentence:      strings.Join(strings.Fields(p.Text[s.start:s.end]), " "),
						SentenceStart: s.start, SentenceEnd: s.end,
						Before: oneLine(p.Text[s.start:m.start], false, true),
						Match:  oneLine(p.Text[m.start:m.end], false, false),
						After:  oneLine(p.Text[m.end:s.end], true, false),
					})
				}
			}
		}
	}
	return out
}

// sentenceSaysNothing reports a sentence no item may be found in: it opens
// with a heading or reference word, restates the question, or refuses.
func (l *Lexicon) sentenceSaysNothing(toks []token) bool {
	if _, n := l.start.at(toks, 0); n > 0 {
		return true
	}
	for i := range toks {
		if _, n := l.restate.at(toks, i); n > 0 {
			return true
		}
		if _, n := l.refuse.at(toks, i); n > 0 {
			return true
		}
	}
	return false
}

// match is one accepted occurrence of an item's phrase.
type match struct {
	start, end int
	term       string
}

// matchItem returns the first occurrence in a sentence of one of the
// item's terms, or of its words followed by a value or a definition, that
// is neither on a repeated line nor inside an exclusion phrase.
func (l *Lexicon) matchItem(item, text string, toks []token, sentenceEnd int, repeated map[string]bool) (match, bool) {
	terms, words := l.terms[item], l.words[item]
	if terms == nil && words == nil {
		return match{}, false
	}
	for i := range toks {
		for _, strong := range []bool{true, false} {
			set := terms
			if !strong {
				set = words
			}
			p, n := set.at(toks, i)
			if n == 0 {
				continue
			}
			if l.excluded(item, toks, i, i+n) || onRepeatedLine(text, toks[i].start, repeated) {
				continue
			}
			if !strong && !l.answers(text, toks, i+n, sentenceEnd) {
				continue
			}
			return match{toks[i].start, toks[i+n-1].end, p.text}, true
		}
	}
	return match{}, false
}

// excluded reports whether tokens [from, to) lie inside an occurrence of
// one of the item's or every item's exclusion phrases.
func (l *Lexicon) excluded(item string, toks []token, from, to int) bool {
	for _, set := range []*phraseSet{l.not[item], l.not[AllItems]} {
		if set == nil {
			continue
		}
		for j := max(0, from-set.longest+1); j < to && j < len(toks); j++ {
			if n := set.longestAt(toks, j); n > 0 && j+n > from {
				return true
			}
		}
	}
	return false
}

// valueReach is how many words after a word its value or definition may
// start.
const valueReach = 4

// answers reports whether what follows a word, in its sentence, gives a
// value or a definition: « : » or a table cell « | » then text, a number
// within valueReach words, or a definition phrase starting there.
func (l *Lexicon) answers(text string, toks []token, next, sentenceEnd int) bool {
	after := sentenceEnd
	if next < len(toks) {
		after = toks[next].start
	}
	prevEnd := toks[next-1].end
	gap := strings.TrimSpace(text[prevEnd:after])
	if (strings.HasPrefix(gap, ":") || strings.HasPrefix(gap, "|")) && next < len(toks) {
		return true
	}
	for j := next; j < len(toks) && j < next+valueReach; j++ {
		if strings.IndexFunc(toks[j].word, unicode.IsDigit) >= 0 {
			return true
		}
		if _, n := l.define.at(toks, j); n > 0 {
			return true
		}
	}
	return false
}

// matchAt returns how many tokens phrase p covers starting at toks[i], or 0.
func matchAt(toks []token, i int, p phrase) int {
	if i+len(p.words) > len(toks) {
		return 0
	}
	for k, w := range p.words {
		t := toks[i+k].word
		if stem, ok := strings.CutSuffix(w, "*"); ok {
			if !strings.HasPrefix(t, stem) {
				return 0
			}
		} else if t != w {
			return 0
		}
	}
	return len(p.words)
}

// onRepeatedLine reports whether the offset lies on a line repeated on
// most pages of its file (a header or footer).
func onRepeatedLine(text string, at int, repeated map[string]bool) bool {
	if len(repeated) == 0 {
		return false
	}
	start := strings.LastIndexByte(text[:at], '\n') + 1
	end := strings.IndexByte(text[at:], '\n')
	if end < 0 {
		end = len(text)
	} else {
		end += at
	}
	return repeated[lineKey(text[start:end])]
}

// oneLine writes text on one line, its runs of spaces and line breaks as
// one space, keeping one space at its start (lead) or end (trail) when it
// had one there and holds words, so that the parts of a sentence join as
// Sentence does.
func oneLine(text string, lead, trail bool) string {
	s := strings.Join(strings.Fields(text), " ")
	if s == "" {
		return "" // nothing on that side: Sentence has no space there either
	}
	if lead && strings.TrimLeftFunc(text, unicode.IsSpace) != text {
		s = " " + s
	}
	if trail && strings.TrimRightFunc(text, unicode.IsSpace) != text {
		s += " "
	}
	return s
}
