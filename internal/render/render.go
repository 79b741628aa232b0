// Package render turns built reports into files: the proof dossier as PDF,
// CSV or ZIP. It joins internal/report (the model and the ZIP layout),
// internal/pdf and internal/exchange (CSV), so the command line and the
// window produce the same bytes.
package render

import (
	"bytes"
	"context"
	"fmt"

	"github.com/carnet-app/carnet/internal/exchange"
	"github.com/carnet-app/carnet/internal/pdf"
	"github.com/carnet-app/carnet/internal/report"
)

// Formats of the proof dossier.
const (
	FormatPDF = "pdf"
	FormatCSV = "csv"
	FormatZIP = "zip"
)

// Proof renders a built dossier in format. load reads an attachment's bytes
// (ZIP only); progress, when set, follows the ZIP's files. It returns ctx's
// error when cancelled.
func Proof(ctx context.Context, d report.Dossier, format string, load func(context.Context, string) ([]byte, error), progress func(done, total int)) ([]byte, error) {
	var csv bytes.Buffer
	if err := exchange.WriteCSV(&csv, d.PlainActs()); err != nil {
		return nil, err
	}
	switch format {
	case FormatCSV:
		return csv.Bytes(), nil
	case FormatPDF, FormatZIP:
	default:
		return nil, fmt.Errorf("unknown dossier format %q", format)
	}
	doc, err := pdf.Dossier(d)
	if err != nil || format == FormatPDF {
		return doc, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var zip bytes.Buffer
	err = report.WriteZip(ctx, &zip, report.ZipInput{Dossier: d, PDF: doc, CSV: csv.Bytes(), Progress: progress,
		Load: func(id string) ([]byte, error) { return load(ctx, id) }})
	return zip.Bytes(), err
}
