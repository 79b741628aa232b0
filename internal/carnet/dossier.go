package carnet

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/carnet-app/carnet/internal/report"
)

// Formats of the proof dossier.
const (
	FormatPDF = "pdf"
	FormatCSV = "csv"
	FormatZIP = "zip"
)

// Formats returns the dossier's formats in display order.
func Formats() []string { return []string{FormatPDF, FormatCSV, FormatZIP} }

// DossierOptions chooses what a proof dossier covers.
type DossierOptions struct {
	From, To time.Time // inclusive
	Private  report.PrivateMode
	Details  bool // one page per application
}

// PeriodError says a dossier's period is empty or reversed.
type PeriodError struct{ From, To time.Time }

func (e *PeriodError) Error() string {
	return fmt.Sprintf("period ends (%s) before it starts (%s)", e.To.Format("2006-01-02"), e.From.Format("2006-01-02"))
}

// Dossier builds the dossier of a period from the record: the acts, their
// proofs and the figures that the summary, the PDF, the CSV and the ZIP
// all show.
func (a *App) Dossier(ctx context.Context, o DossierOptions) (report.Dossier, error) {
	if o.To.Before(o.From) {
		return report.Dossier{}, &PeriodError{From: o.From, To: o.To}
	}
	profile, err := a.Profile(ctx)
	if err != nil {
		return report.Dossier{}, err
	}
	acts, err := a.ReportActs(ctx, o.From, o.To)
	if err != nil {
		return report.Dossier{}, err
	}
	return report.BuildDossier(report.DossierInput{Profile: profile, Acts: acts, From: o.From, To: o.To,
		Private: o.Private, Generated: a.now(), Details: o.Details}), nil
}

// WriteDossier builds the dossier of a period and writes it to w in format
// (FormatPDF, FormatCSV or FormatZIP). progress, when set, is told how many
// files of the ZIP are written. It stops with ctx's error when cancelled.
func (a *App) WriteDossier(ctx context.Context, w io.Writer, o DossierOptions, format string, progress func(done, total int)) error {
	switch format {
	case FormatPDF, FormatCSV, FormatZIP:
	default:
		return fmt.Errorf("unknown dossier format %q", format)
	}
	d, err := a.Dossier(ctx, o)
	if err != nil {
		return err
	}
	return writeProof(ctx, w, d, format, a.AttachmentData, progress)
}

// DossierFileName is the file name offered for a dossier.
func DossierFileName(o DossierOptions, format string) string {
	return "dossier-" + o.From.Format("2006-01-02") + "-" + o.To.Format("2006-01-02") + "." + format
}
