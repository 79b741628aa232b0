package app

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/casefile/casefileapp"
)

// cmdCaseFile writes the anonymised case file of a request, as JSON or as
// a one-page PDF: « carnet case-file --request ID --out FILE.json|FILE.pdf
// [--with-values] ». Carnet never sends it anywhere.
func cmdCaseFile(e *env, args []string) error {
	fs := newFlags("case-file")
	id := fs.String("request", "", "tracked request ID")
	out := fs.String("out", "", "FILE.json or FILE.pdf")
	withValues := fs.Bool("with-values", false, "include the values of the disclosed scores and categories")
	if err := fs.Parse(args); err != nil {
		return usageError(e.tr.T("cli.bad_flag", err.Error()))
	}
	if fs.NArg() > 0 {
		return usageError(e.tr.T("cli.bad_flag", strings.Join(fs.Args(), " ")))
	}
	if *id == "" {
		return usageError(e.tr.T("casefile.need_request"))
	}
	ext := strings.ToLower(filepath.Ext(*out))
	if ext != ".json" && ext != ".pdf" {
		return usageError(e.tr.T("casefile.need_out"))
	}
	a, s, err := e.openApp(true)
	if err != nil {
		return err
	}
	defer s.Close()
	c, err := casefileapp.Prepare(context.Background(), a, *id, *withValues)
	if errors.Is(err, casefileapp.ErrNotSent) {
		return carnet.Said(e.tr.T("casefile.not_sent"))
	}
	if err != nil {
		return err
	}
	data, err := casefileapp.Encode(c, ext[1:])
	if err != nil {
		return err
	}
	if err := writeFileAtomic(*out, data); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, e.tr.T("casefile.done", *out))
	return nil
}
