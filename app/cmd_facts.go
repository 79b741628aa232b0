package app

import (
	"context"
	"fmt"
	"strings"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/journal"
)

// cmdFacts lists the facts the user confirmed from France Travail's
// answers, each with its history, then every change of value between
// two answers. With --request ID --confirm NAME it first keeps the fact
// of that name the request's answer proposes (« carnet answer » lists
// them), as « Confirmer » does in the window: one fact, named by the user.
func cmdFacts(e *env, args []string) error {
	fs := newFlags("facts")
	reqID := fs.String("request", "", "tracked request ID (with --confirm)")
	confirm := fs.String("confirm", "", "name of a fact the request's answer proposes, to keep")
	if err := fs.Parse(args); err != nil {
		return usageError(e.tr.T("cli.bad_flag", err.Error()))
	}
	if fs.NArg() > 0 {
		return usageError(e.tr.T("cli.bad_flag", fs.Arg(0)))
	}
	if (*confirm == "") != (*reqID == "") {
		return usageError(e.tr.T("facts.confirm_usage"))
	}
	a, s, err := e.openApp(true)
	if err != nil {
		return err
	}
	defer s.Close()
	if *confirm != "" {
		if err := confirmFact(e, a, *reqID, *confirm); err != nil {
			return err
		}
	}
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

// confirmFact keeps the fact named name among those the answers to the
// request propose; a name it does not propose is refused with the list.
func confirmFact(e *env, a *carnet.App, reqID, name string) error {
	ctx := context.Background()
	got, err := a.ReadAnswer(ctx, reqID, nil)
	if err != nil {
		return err
	}
	var names []string
	for _, f := range got.Facts {
		if f.Name == name {
			_, err := a.ConfirmFact(ctx, reqID, f)
			return err
		}
		names = append(names, "« "+f.Name+" »")
	}
	if len(names) == 0 {
		return usageError(e.tr.T("facts.none_proposed"))
	}
	return usageError(e.tr.T("facts.not_proposed", name, strings.Join(names, ", ")))
}
