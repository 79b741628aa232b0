package carnet

import (
	"context"
	"slices"
	"time"

	"github.com/carnet-app/carnet/i18n"
	"github.com/carnet-app/carnet/internal/defence"
	"github.com/carnet-app/carnet/internal/journal"
)

// deadlineLetter is the letter a notice's time limit is for: the
// observations when the notice invites them (a control, an information
// before a sanction, a warning), otherwise the prior appeal.
func deadlineLetter(n defence.Notice) defence.LetterKind {
	switch n.Kind {
	case defence.KindControl, defence.KindPreSanction, defence.KindWarning:
		return defence.LetterObservations
	}
	return defence.LetterAppeal
}

// NoticeDueItems returns the deadline of each notice whose time limit
// still runs for a letter not sent yet, as a date due of kind
// journal.DueNotice: the day on the safe side, titled with the notice and
// the letter it calls for, its rule in words (« au plus tard le … ») in
// tr's language. OwnerID is the mail the notice marks, or the notice's ID
// when it marks none.
func NoticeDueItems(list []defence.Record, departement string, tr *i18n.Translator) []journal.DueItem {
	var out []journal.DueItem
	for _, r := range list {
		n := r.Notice
		l := deadlineLetter(n)
		if slices.Contains(r.SentKinds(), l) || !l.Fits(n) {
			continue
		}
		d, ok := defence.ComputeDeadline(n, departement)
		if !ok {
			continue
		}
		owner := n.MailID
		if owner == "" {
			owner = n.ID
		}
		title := tr.T("defence.kind."+string(n.Kind)) + " " + journal.FormatShortDate(n.Date)
		if n.Reference != "" {
			title += " (" + n.Reference + ")"
		}
		title += " — " + tr.T("defence.letter."+string(l))
		out = append(out, journal.DueItem{Date: d.Due, Kind: journal.DueNotice, Title: title, OwnerID: owner, Rule: d.Rule(tr.Lang())})
	}
	return out
}

// noticeDates returns the notices' deadlines for Accueil, those overdue
// for at most overdueDays included; none when the record keeps no notices.
func (a *App) noticeDates(ctx context.Context, departement string, today time.Time, overdueDays int, tr *i18n.Translator) ([]journal.DueItem, error) {
	rec, ok := a.Record.(NoticeRecord)
	if !ok {
		return nil, nil
	}
	list, err := rec.ListNotices(ctx)
	if err != nil {
		return nil, err
	}
	from := today.AddDate(0, 0, -overdueDays)
	var out []journal.DueItem
	for _, it := range NoticeDueItems(list, departement, tr) {
		if !it.Date.Before(from) {
			out = append(out, it)
		}
	}
	return out, nil
}
