package app

import (
	"errors"
	"io/fs"
	"strconv"
	"strings"

	"github.com/carnet-app/carnet/internal/exchange"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/store"
)

// explain turns an error into a sentence in the user's language.
func (e *env) explain(err error) string {
	var in *exchange.InputError
	var v *journal.ValidationError
	var pe *fs.PathError
	var me *missingError
	switch {
	case errors.As(err, &me):
		var names []string
		for _, k := range me.keys {
			names = append(names, "– "+e.tr.T("missing."+k))
		}
		return e.tr.T("letter.missing") + "\n" + strings.Join(names, "\n")
	case errors.As(err, &in):
		msg := e.tr.T("input.problem."+in.Problem, strconv.Itoa(in.Line))
		if in.Field != "" {
			msg += " " + e.tr.T("input.field", in.Field)
		}
		if in.Value != "" {
			msg += " " + e.tr.T("input.value", in.Value)
		}
		return msg
	case errors.As(err, &v):
		msg := e.tr.T("cli.invalid")
		for field, code := range v.Fields {
			msg += " " + field + " : " + e.tr.T("error."+code) + "."
		}
		return msg
	case errors.Is(err, store.ErrNotFound):
		return e.tr.T("cli.not_found")
	case errors.Is(err, journal.ErrAttachmentTooLarge):
		return e.tr.T("cli.too_large", journal.MaxAttachmentSize>>20)
	case errors.As(err, &pe):
		return e.tr.T("cli.file_error", pe.Path, pe.Err.Error())
	}
	return err.Error()
}
