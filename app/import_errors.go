package app

import (
	"errors"
	"strconv"

	"github.com/carnet-app/carnet/i18n"
	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/exchange"
	"github.com/carnet-app/carnet/internal/store"
)

// explainImport turns the refusal of an import file into sentences that
// name the line, the field, why, and the offending value (escaped and cut
// by the reader); other errors are returned as they are.
func explainImport(tr *i18n.Translator, err error) error {
	var in *exchange.InputError
	var im *store.ImportError
	switch {
	case errors.As(err, &in) && in.Problem == exchange.ProblemEncoding:
		return carnet.Said(tr.T("input.encoding", in.Value))
	case errors.As(err, &in):
		msg := tr.T("input.problem."+in.Problem, strconv.Itoa(in.Line))
		if in.Field != "" {
			msg += " " + tr.T("input.field", in.Field)
		}
		if in.Reason != "" {
			msg += " " + reasonSentence(tr, in.Reason)
		}
		if in.Value != "" {
			msg += " " + tr.T("input.value", in.Value)
		}
		return carnet.Said(msg)
	case errors.As(err, &im):
		return carnet.Said(tr.T("import.refused."+im.Reason, strconv.Itoa(im.Line), exchange.ShowValue(im.Value), exchange.ShowValue(im.ID)))
	}
	return err
}

// reasonSentence says why a value was refused: the reader's own reasons
// have input.reason.* sentences, the domain's have error.* ones.
func reasonSentence(tr *i18n.Translator, reason string) string {
	switch reason {
	case exchange.ReasonStatusHistory, exchange.ReasonMissing, exchange.ReasonType, exchange.ReasonUnknownField:
		return tr.T("input.reason." + reason)
	}
	return tr.T("error." + reason)
}
