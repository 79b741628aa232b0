package answerfind

// factName is a disclosed fact's name and the labels printed for it.
type factName struct {
	name   string
	labels phraseSet
}

// addFact adds labels to the fact called name, creating it in file order.
func (l *Lexicon) addFact(name string, ps []phrase) {
	for i := range l.facts {
		if l.facts[i].name == name {
			l.facts[i].labels.add(ps...)
			return
		}
	}
	f := factName{name: name}
	f.labels.add(ps...)
	l.facts = append(l.facts, f)
}

// factAt returns the name of the fact whose longest label matches at
// toks[i] and the tokens that label covers, or 0; between names, the
// longest label wins, then the first in file order.
func (l *Lexicon) factAt(toks []token, i int) (string, int) {
	name, best := "", 0
	for k := range l.facts {
		if n := l.facts[k].labels.longestAt(toks, i); n > best {
			name, best = l.facts[k].name, n
		}
	}
	return name, best
}

// FactNames returns the names of the facts the lexicon knows, in file order.
func (l *Lexicon) FactNames() []string {
	out := make([]string, len(l.facts))
	for i, f := range l.facts {
		out[i] = f.name
	}
	return out
}
