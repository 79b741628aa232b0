// Package casefileapp is the use case of the anonymised case file, for
// both faces: it reads a request, its follow-ups, the facts confirmed from
// their answers and the user's département from the record, builds the
// case file with internal/casefile (scrubbed of the profile's
// particulars), and writes it as JSON or as a one-page PDF rendered by
// internal/pdf. It belongs with the other use
// cases in internal/carnet and keeps to its rules: it knows the record
// through the small interface Source, never the store.
package casefileapp

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/carnet-app/carnet/internal/answerfind"
	"github.com/carnet-app/carnet/internal/casefile"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/pdf"
	"github.com/carnet-app/carnet/internal/rights"
)

// Source is what the use case reads from the record; *carnet.App
// implements it.
type Source interface {
	Request(ctx context.Context, id string) (rights.Request, error)
	ListRequests(ctx context.Context) ([]rights.Request, error)
	Profile(ctx context.Context) (journal.Profile, error)
}

// FactSource gives the facts the user confirmed from France Travail's
// answers, with their history; *carnet.App implements it.
type FactSource interface {
	Facts(ctx context.Context) ([]answerfind.FactHistory, error)
}

// ErrNotSent is returned for a request that was not sent: it has no case
// to tell.
var ErrNotSent = errors.New("case file: the request was not sent")

// The formats Write knows.
const (
	FormatJSON = "json"
	FormatPDF  = "pdf"
)

// Prepare returns the case file of the request id: for a reminder, a CNIL
// complaint or a CADA referral, that of the request it follows. When src
// is also a FactSource, the disclosed facts are those confirmed from the
// answers to the request and its follow-ups (FactsOf); withValues keeps
// their values. The facts that name the user's particulars are dropped
// (casefile.Scrub). It returns the record's error, or ErrNotSent for a
// request not sent.
func Prepare(ctx context.Context, src Source, id string, withValues bool) (casefile.CaseFile, error) {
	r, err := src.Request(ctx, id)
	if err != nil {
		return casefile.CaseFile{}, err
	}
	if r.Kind.FollowUp() && r.ParentID != "" {
		if r, err = src.Request(ctx, r.ParentID); err != nil {
			return casefile.CaseFile{}, err
		}
	}
	if !r.Sent() {
		return casefile.CaseFile{}, ErrNotSent
	}
	all, err := src.ListRequests(ctx)
	if err != nil {
		return casefile.CaseFile{}, err
	}
	p, err := src.Profile(ctx)
	if err != nil {
		return casefile.CaseFile{}, err
	}
	var facts []casefile.Fact
	if fs, ok := src.(FactSource); ok {
		hist, err := fs.Facts(ctx)
		if err != nil {
			return casefile.CaseFile{}, err
		}
		facts = FactsOf(hist, r, all)
	}
	c := casefile.Build(r, all, facts, casefile.RegionOf(p.Departement), withValues)
	return c.Scrub(Particulars(p)), nil
}

// FactsOf returns, for every fact confirmed from the answers to r or to
// one of its follow-ups in all, its latest value there, in the order of
// hist; the fact's date, file and page are left out.
func FactsOf(hist []answerfind.FactHistory, r rights.Request, all []rights.Request) []casefile.Fact {
	ids := map[string]bool{r.ID: true}
	for _, f := range rights.FollowUpsOf(all, r.ID, "") {
		ids[f.ID] = true
	}
	var out []casefile.Fact
	for _, h := range hist {
		var last *answerfind.ConfirmedFact
		for i := range h.Entries {
			if ids[h.Entries[i].RequestID] {
				last = &h.Entries[i]
			}
		}
		if last != nil {
			out = append(out, casefile.Fact{Name: last.Name, Value: last.Value})
		}
	}
	return out
}

// Particulars returns the profile's strings that identify the user: name,
// address lines, identifier, agency, adviser, e-mail and date of birth.
func Particulars(p journal.Profile) []string {
	out := []string{p.Name, p.FranceTravailID, p.Agency, p.Adviser, p.Email}
	out = append(out, strings.Split(p.Address, "\n")...)
	if !p.BirthDate.IsZero() {
		out = append(out, journal.FormatShortDate(p.BirthDate), p.BirthDate.Format(journal.DateLayout))
	}
	return out
}

// PDF renders the case file as a one-page PDF whose metadata hold only a
// fixed title, creator and date. It returns the renderer's error.
func PDF(c casefile.CaseFile) ([]byte, error) { return pdf.Report(casefile.Document(c)) }

// Encode returns the case file in format (FormatJSON or FormatPDF); an
// error for another format, or the encoder's.
func Encode(c casefile.CaseFile, format string) ([]byte, error) {
	switch format {
	case FormatJSON:
		return c.JSON()
	case FormatPDF:
		return PDF(c)
	}
	return nil, fmt.Errorf("case file: unknown format %q", format)
}
