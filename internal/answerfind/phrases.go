package answerfind

import "strings"

// phraseSet holds phrases indexed by their first word, so a token is only
// compared with the phrases that can start there.
type phraseSet struct {
	byFirst map[string][]phrase
	stems   []phrase // phrases whose first word is a stem
	longest int      // words of the longest phrase
	size    int
}

func (s *phraseSet) add(ps ...phrase) {
	if s.byFirst == nil {
		s.byFirst = map[string][]phrase{}
	}
	for _, p := range ps {
		if first := p.words[0]; strings.HasSuffix(first, "*") {
			s.stems = append(s.stems, p)
		} else {
			s.byFirst[first] = append(s.byFirst[first], p)
		}
		s.longest = max(s.longest, len(p.words))
		s.size++
	}
}

// at returns the first phrase of the set that matches at toks[i] and the
// number of tokens it covers, or 0.
func (s *phraseSet) at(toks []token, i int) (phrase, int) {
	if s == nil || i >= len(toks) {
		return phrase{}, 0
	}
	for _, p := range s.byFirst[toks[i].word] {
		if n := matchAt(toks, i, p); n > 0 {
			return p, n
		}
	}
	for _, p := range s.stems {
		if n := matchAt(toks, i, p); n > 0 {
			return p, n
		}
	}
	return phrase{}, 0
}

// longestAt returns how many tokens the longest phrase of the set that
// matches at toks[i] covers, or 0.
func (s *phraseSet) longestAt(toks []token, i int) int {
	if s == nil || i >= len(toks) {
		return 0
	}
	best := 0
	for _, set := range [][]phrase{s.byFirst[toks[i].word], s.stems} {
		for _, p := range set {
			best = max(best, matchAt(toks, i, p))
		}
	}
	return best
}
