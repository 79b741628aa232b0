package carnet

import (
	"context"
	"time"

	"github.com/carnet-app/carnet/internal/defence"
	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/report"
	"github.com/carnet-app/carnet/internal/rights"
)

// DefenceInput is what the user chooses for a defence letter besides the
// notice: how it will be sent, the recipient when it is not the notice's
// author (the mediator's address, « à vérifier »), other pieces joined,
// and the words when they differ from those stored with the notice.
type DefenceInput struct {
	Mode        rights.SendMode
	Recipient   []string
	Attachments []string
	Words       *defence.Words // nil: the words stored with the notice
}

// DefenceLetter is a defence letter ready to read and send, with the proof
// dossier it attaches, built for exactly the period the letter needs.
type DefenceLetter struct {
	Letter
	Notice     NoticeItem
	Dossier    *report.Dossier // nil when the letter attaches none
	DossierPDF []byte          // the dossier's PDF; nil with no dossier
}

// DefenceLetter builds the letter of kind for a notice from the record:
// the dossier of the notice's period (observations, and the appeal and
// mediation when the notice names a period) or of the days since the
// decision (lifting a suspension), built with the Dossier use case, then
// defence.BuildLetter. It returns ErrNoNotices, journal.ErrNotFound, a
// *MissingError naming what the letter lacks (the keys are "defence.*" or
// rights' identity keys), or the record's error.
func (a *App) DefenceLetter(ctx context.Context, noticeID string, kind defence.LetterKind, in DefenceInput) (DefenceLetter, error) {
	it, err := a.NoticeByID(ctx, noticeID)
	if err != nil {
		return DefenceLetter{}, err
	}
	profile, err := a.Profile(ctx)
	if err != nil {
		return DefenceLetter{}, err
	}
	n := it.Notice
	words := it.Words
	if in.Words != nil {
		words = *in.Words
	}
	today := journal.Day(a.now())
	out := DefenceLetter{Notice: it}
	if from, to, ok := defenceDossierPeriod(n, kind, today); ok {
		d, err := a.Dossier(ctx, DossierOptions{From: from, To: to, Private: report.PrivateExclude})
		if err != nil {
			return DefenceLetter{}, err
		}
		out.Dossier = &d
	}
	steps := it.Steps()
	l, missing := defence.BuildLetter(defence.LetterInput{Letter: kind, Profile: profile, Notice: n, Today: today, Mode: in.Mode,
		Recipient: in.Recipient, Dossier: out.Dossier, Answers: words.Answers, Reasons: words.Reasons, AskHearing: words.AskHearing,
		Contest: words.Contest, Grounds: words.Grounds, Steps: steps, Attachments: in.Attachments})
	if len(missing) > 0 {
		return DefenceLetter{}, &MissingError{Keys: missing}
	}
	data, err := letterPDF(l)
	if err != nil {
		return DefenceLetter{}, err
	}
	out.Letter = Letter{Doc: l, Text: doc.Text(l), PDF: data}
	if out.Dossier != nil {
		if out.DossierPDF, err = dossierPDF(*out.Dossier); err != nil {
			return DefenceLetter{}, err
		}
	}
	return out, nil
}

// defenceDossierPeriod returns the period of the dossier a letter
// attaches: the notice's period for observations (and for an appeal or a
// referral when the notice names one), from the decision's date to today
// for lifting a suspension; false when the letter attaches none.
func defenceDossierPeriod(n defence.Notice, kind defence.LetterKind, today time.Time) (time.Time, time.Time, bool) {
	switch {
	case kind == defence.LetterRemobilisation:
		from := journal.Day(n.Date)
		if today.Before(from) {
			return from, from, true
		}
		return from, today, true
	case !n.PeriodFrom.IsZero() && !n.PeriodTo.IsZero():
		return journal.Day(n.PeriodFrom), journal.Day(n.PeriodTo), true
	}
	return time.Time{}, time.Time{}, false
}

// defenceFileNames are the French names offered for each defence letter.
var defenceFileNames = map[defence.LetterKind]string{
	defence.LetterObservations:   "observations",
	defence.LetterRemobilisation: "demande-levee-suspension",
	defence.LetterMediation:      "saisine-mediateur",
	defence.LetterAppeal:         "recours-prealable",
}

// DefenceFileName is the file name offered for a defence letter of kind
// dated day: « observations-2026-10-09.pdf ».
func DefenceFileName(kind defence.LetterKind, day time.Time) string {
	name, ok := defenceFileNames[kind]
	if !ok {
		name = "lettre"
	}
	return name + "-" + day.Format("2006-01-02") + ".pdf"
}
