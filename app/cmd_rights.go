package app

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/carnet-app/carnet/internal/defence"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// cmdDeadline prints a legal due date and its rule.
func cmdDeadline(e *env, args []string) error {
	fs := newFlags("deadline")
	kind := fs.String("kind", "", "gdpr, gdpr-extended, crpa or cada")
	from := fs.String("from", "", "YYYY-MM-DD")
	dept := fs.String("departement", "", "département, for its public holidays")
	if err := fs.Parse(args); err != nil {
		return usageError(e.tr.T("cli.bad_flag", err.Error()))
	}
	k := rights.ClockKind(*kind)
	if !slices.Contains(rights.ClockKinds(), k) {
		return usageError(e.tr.T("deadline.bad_kind", *kind))
	}
	start, err := journal.ParseISODate(*from)
	if err != nil {
		return usageError(e.tr.T("cli.bad_date", *from))
	}
	p := journal.Profile{Departement: strings.ToUpper(*dept), Language: "fr", TextScale: 1}
	if p.Validate() != nil {
		return usageError(e.tr.T("error.departement"))
	}
	d := rights.Compute(k, start, p.Departement)
	fmt.Fprintln(e.stdout, d.Due.Format(journal.DateLayout))
	fmt.Fprintln(e.stdout, d.RuleFR())
	return nil
}

// cmdRequests lists tracked requests: id, kind, status, due date.
func cmdRequests(e *env, args []string) error {
	s, err := e.openStore(true)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := context.Background()
	profile, err := s.Profile(ctx)
	if err != nil {
		return err
	}
	list, err := s.ListRequests(ctx)
	if err != nil {
		return err
	}
	escalated := rights.Escalated(list)
	for _, r := range list {
		due := "-"
		if d, ok := r.Due(profile.Departement); ok {
			due = d.Due.Format(journal.DateLayout)
		}
		st := r.StatusOn(journal.Day(e.now()), profile.Departement, escalated[r.ID])
		fmt.Fprintf(e.stdout, "%s\t%s\t%s\t%s\n", r.ID, r.Kind, st, due)
	}
	return nil
}

// cmdLetter writes a letter as PDF or text. For a request already sent it
// writes the letter exactly as sent (the stored snapshot); --new draws a
// fresh one dated today.
func cmdLetter(e *env, args []string) error {
	if len(args) == 0 {
		return usageError(e.tr.T("letter.need_kind"))
	}
	if k := defence.LetterKind(args[0]); slices.Contains(defence.LetterKinds(), k) {
		return cmdDefenceLetter(e, k, args[1:])
	}
	kind := rights.Kind(args[0])
	if !slices.Contains(rights.Kinds(), kind) {
		return usageError(e.tr.T("letter.bad_kind", args[0]))
	}
	fs := newFlags("letter")
	out := fs.String("out", "", "FILE.pdf or FILE.txt")
	reqID := fs.String("request", "", "tracked request ID")
	fresh := fs.Bool("new", false, "draw a new version dated today, even for a letter already sent")
	if err := fs.Parse(args[1:]); err != nil {
		return usageError(e.tr.T("cli.bad_flag", err.Error()))
	}
	ext := strings.ToLower(filepath.Ext(*out))
	if *out == "" || (ext != ".pdf" && ext != ".txt") {
		return usageError(e.tr.T("letter.need_out"))
	}
	a, s, err := e.openApp(true)
	if err != nil {
		return err
	}
	defer s.Close()
	in, stored, err := a.LetterRequest(context.Background(), kind, *reqID)
	if err != nil {
		return err
	}
	snap := stored
	if snap == nil || *fresh {
		built, err := renderSnapshot(in, e.now())
		if err != nil {
			return err
		}
		snap = &built
	}
	data := snap.PDF
	if ext == ".txt" {
		data = []byte(snap.Text)
	}
	if err := writeFileAtomic(*out, data); err != nil {
		return err
	}
	if stored != nil && !*fresh {
		fmt.Fprintln(e.stdout, e.tr.T("letter.done_as_sent", *out, journal.FormatShortDate(in.Request.SentOn)))
		return nil
	}
	fmt.Fprintln(e.stdout, e.tr.T("letter.done", *out))
	return nil
}
