package carnet

import (
	"context"
	"errors"
	"time"

	"github.com/carnet-app/carnet/internal/defence"
	"github.com/carnet-app/carnet/internal/journal"
)

// NoticeRecord keeps the notices of a control, a warning or a sanction,
// the user's words for their letters and the letters as sent.
// internal/store implements it.
type NoticeRecord interface {
	SaveNotice(ctx context.Context, n defence.Notice, w defence.Words) (defence.Record, error)
	Notice(ctx context.Context, id string) (defence.Record, error)
	ListNotices(ctx context.Context) ([]defence.Record, error)
	TrashNotice(ctx context.Context, id string) error
	AddNoticeLetter(ctx context.Context, l defence.SentLetter) (defence.SentLetter, error)
	SetNoticeLetterReceived(ctx context.Context, id string, on time.Time) error
}

// ErrNoNotices is returned when the record keeps no notices (a record that
// is not Carnet's store).
var ErrNoNotices = errors.New("this record keeps no notices")

// ErrNoticeLetterSent is returned when a letter of that kind was already
// sent for the notice: what was sent is kept, never sent again.
var ErrNoticeLetterSent = errors.New("this letter was already sent for the notice")

// Notice statuses, as `carnet notices` prints them and the window names
// them ("notice.status.<status>").
const (
	NoticeOpen    = "open"    // a letter comes next and its deadline has not passed (or there is none)
	NoticeOverdue = "overdue" // a letter comes next and the notice's deadline has passed
	NoticeWaiting = "waiting" // observations sent: waiting for the decision
	NoticeDone    = "done"    // every letter Carnet prepares was sent
)

// NoticeItem is a notice with what the window and the CLI show of it: its
// deadline on the safe side (when it gives a time limit), the next step
// and its status on the day it was computed.
type NoticeItem struct {
	defence.Record
	Deadline    defence.Deadline
	HasDeadline bool
	Next        defence.Choice
	Status      string
}

// notices returns the record as a NoticeRecord, or ErrNoNotices.
func (a *App) notices() (NoticeRecord, error) {
	rec, ok := a.Record.(NoticeRecord)
	if !ok {
		return nil, ErrNoNotices
	}
	return rec, nil
}

// SaveNotice validates and stores a notice with the user's words for its
// letters, and returns it as stored. It returns ErrNoNotices, a
// *journal.ValidationError, journal.ErrNotFound for an unknown mail, or
// the record's error.
func (a *App) SaveNotice(ctx context.Context, n defence.Notice, w defence.Words) (defence.Record, error) {
	rec, err := a.notices()
	if err != nil {
		return defence.Record{}, err
	}
	return rec.SaveNotice(ctx, n, w)
}

// Notices returns every notice not in the trash with its deadline, next
// step and status today, by date. It returns ErrNoNotices or the record's
// error.
func (a *App) Notices(ctx context.Context) ([]NoticeItem, error) {
	rec, err := a.notices()
	if err != nil {
		return nil, err
	}
	p, err := a.Profile(ctx)
	if err != nil {
		return nil, err
	}
	list, err := rec.ListNotices(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]NoticeItem, 0, len(list))
	for _, r := range list {
		out = append(out, noticeItem(r, p.Departement, journal.Day(a.now())))
	}
	return out, nil
}

// NoticeByID returns one notice with its letters sent, its deadline, next
// step and status today. It returns ErrNoNotices, journal.ErrNotFound or
// the record's error.
func (a *App) NoticeByID(ctx context.Context, id string) (NoticeItem, error) {
	rec, err := a.notices()
	if err != nil {
		return NoticeItem{}, err
	}
	p, err := a.Profile(ctx)
	if err != nil {
		return NoticeItem{}, err
	}
	r, err := rec.Notice(ctx, id)
	if err != nil {
		return NoticeItem{}, err
	}
	return noticeItem(r, p.Departement, journal.Day(a.now())), nil
}

func noticeItem(r defence.Record, departement string, today time.Time) NoticeItem {
	it := NoticeItem{Record: r, Next: defence.Next(r.Notice, r.SentKinds())}
	it.Deadline, it.HasDeadline = defence.ComputeDeadline(r.Notice, departement)
	switch {
	case it.Next.Key == defence.ChoiceWait:
		it.Status = NoticeWaiting
	case it.Next.Key == defence.ChoiceDone:
		it.Status = NoticeDone
	case it.HasDeadline && it.Deadline.Passed(today):
		it.Status = NoticeOverdue
	default:
		it.Status = NoticeOpen
	}
	return it
}

// MarkNoticeLetterSent records that the letter was sent on sentOn for the
// notice, keeping it exactly as it was read (its PDF and text). It returns
// ErrNoNotices, journal.ErrNotFound, ErrNoticeLetterSent when a letter of
// that kind was already sent, a *journal.ValidationError for a day before
// the notice, or the record's error.
func (a *App) MarkNoticeLetterSent(ctx context.Context, noticeID string, kind defence.LetterKind, l Letter, sentOn time.Time) (defence.SentLetter, error) {
	rec, err := a.notices()
	if err != nil {
		return defence.SentLetter{}, err
	}
	r, err := rec.Notice(ctx, noticeID)
	if err != nil {
		return defence.SentLetter{}, err
	}
	for _, s := range r.Sent {
		if s.Letter == kind {
			return defence.SentLetter{}, ErrNoticeLetterSent
		}
	}
	return rec.AddNoticeLetter(ctx, defence.SentLetter{NoticeID: noticeID, Letter: kind, SentOn: journal.Day(sentOn), PDF: l.PDF, Text: l.Text})
}

// noticeProblem returns the message key of a notice's error, or "".
func noticeProblem(err error) string {
	switch {
	case errors.Is(err, ErrNoNotices):
		return "notice.no_record"
	case errors.Is(err, ErrNoticeLetterSent):
		return "notice.already_sent"
	}
	return ""
}
