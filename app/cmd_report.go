package app

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/render"
	"github.com/carnet-app/carnet/internal/report"
	"github.com/carnet-app/carnet/internal/store"
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
	s, err := e.openStore(true)
	if err != nil {
		return err
	}
	defer s.Close()
	data, err := buildProof(context.Background(), s, proofOptions{from: from, to: to, private: mode, details: *details,
		format: ext[1:], now: e.now()})
	if err != nil {
		return err
	}
	if err := writeFileAtomic(*out, data); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, e.tr.T("report.done", *out))
	return nil
}

type proofOptions struct {
	from, to time.Time
	private  report.PrivateMode
	details  bool
	format   string // pdf, csv or zip
	now      time.Time
}

// buildProof renders the dossier of a period in the chosen format.
func buildProof(ctx context.Context, s *store.Store, o proofOptions) ([]byte, error) {
	profile, err := s.Profile(ctx)
	if err != nil {
		return nil, err
	}
	acts, err := s.ReportActs(ctx, o.from, o.to)
	if err != nil {
		return nil, err
	}
	d := report.BuildDossier(report.DossierInput{Profile: profile, Acts: acts, From: o.from, To: o.to,
		Private: o.private, Generated: o.now, Details: o.details})
	return render.Proof(ctx, d, o.format, s.AttachmentData, nil)
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
	s, err := e.openStore(true)
	if err != nil {
		return err
	}
	defer s.Close()
	data, err := buildBrief(context.Background(), s, day, e.now())
	if err != nil {
		return err
	}
	if data == nil {
		return fmt.Errorf("%s", e.tr.T("report.no_meeting"))
	}
	if err := writeFileAtomic(*out, data); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, e.tr.T("report.done", *out))
	return nil
}
