package carnet

import (
	"context"
	"fmt"
	"io"

	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/exchange"
	"github.com/carnet-app/carnet/internal/pdf"
	"github.com/carnet-app/carnet/internal/report"
)

// dossierPDF renders a built dossier as PDF.
func dossierPDF(d report.Dossier) ([]byte, error) { return pdf.Report(report.DossierDocument(d)) }

// briefPDF renders a built meeting brief as PDF.
func briefPDF(b report.Brief) ([]byte, error) { return pdf.Report(report.BriefDocument(b)) }

// letterPDF renders a built letter as PDF.
func letterPDF(l doc.Letter) ([]byte, error) { return pdf.Letter(l) }

// writeProof writes a built dossier to w in format (FormatPDF, FormatCSV or
// FormatZIP). load reads an attachment's bytes (ZIP only); progress, when
// set, follows the ZIP's files. It streams: the ZIP holds in memory the
// dossier's PDF and one proof at a time, the CSV goes straight into it. It
// returns ctx's error when cancelled, else w's, load's or the renderer's.
func writeProof(ctx context.Context, w io.Writer, d report.Dossier, format string, load func(context.Context, string) ([]byte, error), progress func(done, total int)) error {
	writeCSV := func(w io.Writer) error { return exchange.WriteCSV(w, d.PlainActs()) }
	switch format {
	case FormatCSV:
		return writeCSV(w)
	case FormatPDF, FormatZIP:
	default:
		return fmt.Errorf("unknown dossier format %q", format)
	}
	data, err := dossierPDF(d)
	if err != nil {
		return err
	}
	if format == FormatPDF {
		_, err = w.Write(data)
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return report.WriteZip(ctx, w, report.ZipInput{Dossier: d, PDF: data, CSV: writeCSV, Progress: progress,
		Load: func(id string) ([]byte, error) { return load(ctx, id) }})
}
