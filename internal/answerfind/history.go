package answerfind

import (
	"sort"
	"time"
)

// FactHistory is every confirmed value of one fact, oldest first.
type FactHistory struct {
	Name    string
	Entries []ConfirmedFact
}

// Change is a fact whose value differs between two answers, read in
// order: « Modalité : Guidé (mars 2026) → Renforcé (octobre 2026) ».
type Change struct {
	Name          string
	Before, After ConfirmedFact
}

// When returns the date a confirmed value stands for: its « valable au »
// date, else the day it was confirmed.
func (c ConfirmedFact) When() time.Time {
	if !c.ValidOn.IsZero() {
		return c.ValidOn
	}
	return c.ConfirmedAt
}

// Histories groups confirmed facts by name, names in the order of their
// first value, each history ordered by When then confirmation.
func Histories(facts []ConfirmedFact) []FactHistory {
	sorted := append([]ConfirmedFact(nil), facts...)
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i], sorted[j]
		if !a.When().Equal(b.When()) {
			return a.When().Before(b.When())
		}
		if !a.ConfirmedAt.Equal(b.ConfirmedAt) {
			return a.ConfirmedAt.Before(b.ConfirmedAt)
		}
		return a.ID < b.ID
	})
	var out []FactHistory
	at := map[string]int{}
	for _, f := range sorted {
		i, ok := at[f.Name]
		if !ok {
			i = len(out)
			at[f.Name] = i
			out = append(out, FactHistory{Name: f.Name})
		}
		out[i].Entries = append(out[i].Entries, f)
	}
	return out
}

// Changes returns, for each history, every step where the value differs
// from the one before; the same value confirmed again is no change.
func (h FactHistory) Changes() []Change {
	var out []Change
	for i := 1; i < len(h.Entries); i++ {
		if h.Entries[i].Value != h.Entries[i-1].Value {
			out = append(out, Change{Name: h.Name, Before: h.Entries[i-1], After: h.Entries[i]})
		}
	}
	return out
}
