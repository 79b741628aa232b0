package app

import (
	"context"
	"fmt"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/journal"
)

// cmdFacts lists the facts the user confirmed from France Travail's
// answers, each with its history, then every change of value between
// two answers.
func cmdFacts(e *env, args []string) error {
	fs := newFlags("facts")
	if err := fs.Parse(args); err != nil {
		return usageError(e.tr.T("cli.bad_flag", err.Error()))
	}
	if fs.NArg() > 0 {
		return usageError(e.tr.T("cli.bad_flag", fs.Arg(0)))
	}
	a, s, err := e.openApp(true)
	if err != nil {
		return err
	}
	defer s.Close()
	hs, err := a.Facts(context.Background())
	if err != nil {
		return err
	}
	if len(hs) == 0 {
		fmt.Fprintln(e.stdout, e.tr.T("facts.none"))
		return nil
	}
	for _, h := range hs {
		fmt.Fprintln(e.stdout, h.Name)
		for _, f := range h.Entries {
			valid := "-"
			if !f.ValidOn.IsZero() {
				valid = journal.FormatShortDate(f.ValidOn)
			}
			source := f.File
			if source != "" && f.Page > 0 {
				source = fmt.Sprintf("%s p.%d", f.File, f.Page)
			}
			fmt.Fprintln(e.stdout, "  "+e.tr.T("facts.entry", valid, f.Value, source, f.RequestID, journal.FormatShortDate(f.ConfirmedAt)))
		}
		for _, c := range h.Changes() {
			fmt.Fprintln(e.stdout, "  → "+carnet.DescribeChange(e.tr, c))
		}
	}
	return nil
}
