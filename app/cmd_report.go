package app

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/report"
)

// cmdReport builds the proof dossier or the meeting brief.
func cmdReport(e *env, args []string) error {
	if len(args) == 0 || (args[0] != "proof" && args[0] != "meeting") {
		return usageError(e.tr.T("report.need_kind"))
	}
	if args[0] == "meeting" {
		return cmdReportMeeting(e, args[1:])
	}
	fs := newFlags("report proof")
	fromS := fs.String("from", "", "YYYY-MM-DD")
	toS := fs.String("to", "", "YYYY-MM-DD")
	out := fs.String("out", "", "FILE.pdf, FILE.csv or FILE.zip")
	private := fs.String("private", "exclude", "exclude, redact or include")
	details := fs.Bool("details", false, "add one page per application")
	if err := fs.Parse(args[1:]); err != nil {
		return usageError(e.tr.T("cli.bad_flag", err.Error()))
	}
	if *fromS == "" || *toS == "" {
		return usageError(e.tr.T("report.need_period"))
	}
	from, to, err := e.period(*fromS, *toS)
	if err != nil {
		return err
	}
	mode := report.PrivateMode(*private)
	if mode != report.PrivateExclude && mode != report.PrivateRedact && mode != report.PrivateInclude {
		return usageError(e.tr.T("report.bad_private", *private))
	}
	ext := strings.ToLower(filepath.Ext(*out))
	if ext != ".pdf" && ext != ".csv" && ext != ".zip" {
		return usageError(e.tr.T("report.need_out"))
	}
	a, s, err := e.openApp(true)
	if err != nil {
		return err
	}
	defer s.Close()
	o := carnet.DossierOptions{From: from, To: to, Private: mode, Details: *details}
	err = carnet.WriteFileAtomic(*out, func(w io.Writer) error {
		return a.WriteDossier(context.Background(), w, o, ext[1:], nil)
	})
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, e.tr.T("report.done", *out))
	return nil
}

// cmdReportMeeting builds the brief for an adviser meeting.
func cmdReportMeeting(e *env, args []string) error {
	fs := newFlags("report meeting")
	dateS := fs.String("date", "", "YYYY-MM-DD of the meeting; the next one by default")
	out := fs.String("out", "", "FILE.pdf")
	if err := fs.Parse(args); err != nil {
		return usageError(e.tr.T("cli.bad_flag", err.Error()))
	}
	if strings.ToLower(filepath.Ext(*out)) != ".pdf" {
		return usageError(e.tr.T("report.need_pdf"))
	}
	var day time.Time
	if *dateS != "" {
		var err error
		if day, err = journal.ParseISODate(*dateS); err != nil {
			return usageError(e.tr.T("cli.bad_date", *dateS))
		}
	}
	a, s, err := e.openApp(true)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := context.Background()
	m, err := a.MeetingFor(ctx, day)
	if err != nil {
		return err
	}
	data, err := a.Brief(ctx, m)
	if err != nil {
		return err
	}
	if err := writeFileAtomic(*out, data); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, e.tr.T("report.done", *out))
	return nil
}
