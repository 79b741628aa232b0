package carnet

import (
	"context"
	"strings"
	"time"

	"github.com/carnet-app/carnet/i18n"
	"github.com/carnet-app/carnet/internal/answerfind"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// ConfirmFact keeps a fact the user confirmed, as proposed or as they
// edited it, from the answers to the request; a fact is never changed
// afterwards: confirming another value adds to its history. It returns
// journal.ErrNotFound for an unknown request, a *journal.ValidationError
// for a fact without name or value, or the record's error.
func (a *App) ConfirmFact(ctx context.Context, requestID string, f answerfind.Fact) (answerfind.ConfirmedFact, error) {
	rec, err := a.answers()
	if err != nil {
		return answerfind.ConfirmedFact{}, err
	}
	f.Name, f.Value = strings.TrimSpace(f.Name), strings.TrimSpace(f.Value)
	return rec.ConfirmFact(ctx, answerfind.ConfirmedFact{RequestID: requestID, Fact: f,
		ConfirmedAt: a.now().UTC().Truncate(time.Second)})
}

// Facts returns the history of every confirmed fact, one per name, each
// oldest first; FactHistory.Changes gives where a value changed. It
// returns the record's error.
func (a *App) Facts(ctx context.Context) ([]answerfind.FactHistory, error) {
	rec, err := a.answers()
	if err != nil {
		return nil, err
	}
	facts, err := rec.ConfirmedFacts(ctx)
	if err != nil {
		return nil, err
	}
	return answerfind.Histories(facts), nil
}

// DescribeChange writes a change of a fact in tr's language, with the
// month each value stands for: « Modalité d’accompagnement : Guidé (mars
// 2026) → Renforcé (octobre 2026) ».
func DescribeChange(tr *i18n.Translator, c answerfind.Change) string {
	return tr.T("facts.change", c.Name, c.Before.Value, MonthYear(tr, c.Before.When()), c.After.Value, MonthYear(tr, c.After.When()))
}

// MonthYear writes the month of t in tr's language: « mars 2026 »,
// « March 2026 »; the zero time gives "".
func MonthYear(tr *i18n.Translator, t time.Time) string {
	s := journal.FormatLongDate(t)
	if tr.Lang() == "en" {
		s = journal.FormatLongDateEN(t)
	}
	if _, rest, ok := strings.Cut(s, " "); ok {
		return rest
	}
	return s
}

// ConfirmItem records the user's word that the answer does (answered
// true) or does not address one item the request asked, in the request's
// checklist: what the reminder and the CNIL complaint then call missing.
// It is the only way a reading ticks anything. It returns
// journal.ErrNotFound for an unknown request, a *journal.ValidationError
// for an item the request did not ask, or the record's error.
func (a *App) ConfirmItem(ctx context.Context, requestID, item string, answered bool) (rights.Request, error) {
	r, err := a.Request(ctx, requestID)
	if err != nil {
		return r, err
	}
	asked := false
	for _, it := range r.Asked() {
		asked = asked || it.Key == item
	}
	if !asked {
		return r, &journal.ValidationError{Fields: map[string]string{"checklist": journal.ProblemUnknownValue}}
	}
	list := map[string]bool{}
	for k, v := range r.Checklist {
		if v {
			list[k] = true
		}
	}
	delete(list, item)
	if answered {
		list[item] = true
	}
	r.Checklist = list
	return a.SaveRequest(ctx, r)
}
