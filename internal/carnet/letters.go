package carnet

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// Letter is a letter ready to read, save and send: the document, its text
// and its PDF, all from one build.
type Letter struct {
	Doc  doc.Letter
	Text string
	PDF  []byte
}

// MissingError lists what a letter needs before it can be written, as
// i18n keys under "missing.".
type MissingError struct{ Keys []string }

func (e *MissingError) Error() string { return "missing: " + strings.Join(e.Keys, ", ") }

// NeedRequestError says a follow-up letter needs the tracked request it follows.
type NeedRequestError struct{ Kind rights.Kind }

func (e *NeedRequestError) Error() string {
	return fmt.Sprintf("a %s letter needs --request ID", e.Kind)
}

// KindMismatchError says the tracked request named is of another kind.
type KindMismatchError struct {
	ID   string
	Kind rights.Kind
}

func (e *KindMismatchError) Error() string { return fmt.Sprintf("request %s is a %s", e.ID, e.Kind) }

// DraftLetter builds the letter of in without rendering it: the preview
// reads it. It returns a *MissingError when the letter cannot be written.
func DraftLetter(in rights.LetterInput) (doc.Letter, error) {
	l, missing := rights.BuildLetter(in)
	if len(missing) > 0 {
		return doc.Letter{}, &MissingError{Keys: missing}
	}
	return l, nil
}

// PrepareLetter builds the letter of in and renders its text and PDF. It
// returns a *MissingError when the letter cannot be written.
func PrepareLetter(in rights.LetterInput) (Letter, error) {
	l, err := DraftLetter(in)
	if err != nil {
		return Letter{}, err
	}
	data, err := letterPDF(l)
	if err != nil {
		return Letter{}, err
	}
	return Letter{Doc: l, Text: doc.Text(l), PDF: data}, nil
}

// SendLetter records r as sent on sentOn with the letter exactly as it was
// read (its snapshot), and the keys of what it asked. It returns the
// stored request.
func (a *App) SendLetter(ctx context.Context, r rights.Request, l Letter, sentOn time.Time, registered string) (rights.Request, error) {
	r = r.WithAskedKeys()
	r.SentOn = journal.Day(sentOn)
	r.RegisteredNumber = strings.TrimSpace(registered)
	return a.MarkSent(ctx, r, rights.Snapshot{PDF: l.PDF, Text: l.Text, CreatedAt: a.now()})
}

// LetterRequest gathers what the letter of kind is built from: the tracked
// request reqID (or, for a new follow-up, the first request it answers and
// that request's other follow-ups). A first access letter needs no
// request. It also returns the stored snapshot when the request named is
// of that kind and was already sent.
func (a *App) LetterRequest(ctx context.Context, kind rights.Kind, reqID string) (rights.LetterInput, *rights.Snapshot, error) {
	profile, err := a.Profile(ctx)
	if err != nil {
		return rights.LetterInput{}, nil, err
	}
	in := rights.LetterInput{Profile: profile, Today: journal.Day(a.now()),
		Request: rights.Request{Kind: kind, RecipientKind: rights.RecipientDPO, Recipient: rights.AddressDPO, Mode: rights.ModeRegistered}}
	if kind == rights.KindAccess && reqID == "" {
		return in, nil, nil
	}
	if reqID == "" {
		return in, nil, &NeedRequestError{Kind: kind}
	}
	r, err := a.Request(ctx, reqID)
	if err != nil {
		return in, nil, err
	}
	if r.Kind != kind && !(kind.FollowUp() && !r.Kind.FollowUp()) {
		return in, nil, &KindMismatchError{ID: reqID, Kind: r.Kind}
	}
	parentID := r.ParentID
	if kind.FollowUp() && !r.Kind.FollowUp() {
		parentID = r.ID
		in.Request = rights.Request{Kind: kind, ParentID: r.ID, Mode: rights.ModeRegistered}
	} else {
		in.Request = r
	}
	if parentID != "" {
		parent, err := a.Request(ctx, parentID)
		if err != nil {
			return in, nil, err
		}
		all, err := a.ListRequests(ctx)
		if err != nil {
			return in, nil, err
		}
		in.Parent, in.FollowUps = &parent, rights.FollowUpsOf(all, parentID, in.Request.ID)
	}
	if in.Request.Sent() && in.Request.Snapshot != nil {
		return in, in.Request.Snapshot, nil
	}
	return in, nil, nil
}

// letterFileNames are the French names offered for each kind of letter.
var letterFileNames = map[rights.Kind]string{
	rights.KindAccess:        "demande-acces",
	rights.KindExplanation:   "demande-explication",
	rights.KindRectification: "demande-rectification",
	rights.KindObjection:     "opposition-profilage",
	rights.KindReminder:      "relance",
	rights.KindCNIL:          "plainte-cnil",
	rights.KindCADA:          "saisine-cada",
}

// LetterFileName is the file name offered for a letter of kind dated day,
// in French like the letter: « demande-acces-2026-11-28.pdf ».
func LetterFileName(kind rights.Kind, day time.Time) string {
	name, ok := letterFileNames[kind]
	if !ok {
		name = "lettre"
	}
	return name + "-" + day.Format("2006-01-02") + ".pdf"
}
