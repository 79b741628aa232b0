package store

import (
	"context"
	"database/sql"
	"time"

	"github.com/carnet-app/carnet/internal/defence"
	"github.com/carnet-app/carnet/internal/journal"
)

// noticeLetterFields lists the columns of a notice_letters row, with the
// SHA-256 of the PDF and of the text computed from the bytes as sent, for
// Check to verify.
func noticeLetterFields(l defence.SentLetter) []field {
	pdf := l.PDF
	if pdf == nil {
		pdf = []byte{}
	}
	return []field{{"id", l.ID}, {"notice_id", l.NoticeID}, {"letter", string(l.Letter)},
		{"sent_on", formatDate(l.SentOn)}, {"received_on", formatDate(l.ReceivedOn)}, {"pdf", pdf}, {"text", l.Text},
		{"pdf_sha256", hexSum(pdf)}, {"text_sha256", hexSum([]byte(l.Text))}, {"created_at", formatStamp(l.CreatedAt)}}
}

func (s *Store) noticeLetters(ctx context.Context, where string, args []any, withData bool) ([]defence.SentLetter, error) {
	data := "NULL, NULL"
	if withData {
		data = "pdf, text"
	}
	return queryAll(ctx, s, func(row scanner) (defence.SentLetter, error) {
		var l defence.SentLetter
		var letter, sent, received, created string
		var text sql.NullString
		err := row.Scan(&l.ID, &l.NoticeID, &letter, &sent, &received, &l.PDF, &text, &created)
		l.Letter, l.SentOn, l.ReceivedOn, l.CreatedAt = defence.LetterKind(letter), parseDate(sent), parseDate(received), parseStamp(created)
		l.Text = text.String
		return l, err
	}, `SELECT id, notice_id, letter, sent_on, received_on, `+data+`, created_at
		FROM notice_letters WHERE `+where+` ORDER BY sent_on, created_at, seq`, args...)
}

// AddNoticeLetter stores a defence letter exactly as sent for a notice, in
// one transaction, with a new ID and the store's clock, and returns it. It
// returns ErrNotFound for an unknown or trashed notice, ErrAlreadySent when
// a letter of that kind was already sent for it, a
// *journal.ValidationError without a sending day or before the notice's
// date, or the database's error.
func (s *Store) AddNoticeLetter(ctx context.Context, l defence.SentLetter) (defence.SentLetter, error) {
	if l.SentOn.IsZero() {
		return l, &journal.ValidationError{Fields: map[string]string{"sent_on": journal.ProblemRequired}}
	}
	if !l.ReceivedOn.IsZero() && l.ReceivedOn.Before(l.SentOn) {
		return l, &journal.ValidationError{Fields: map[string]string{"received_on": journal.ProblemInvalidDate}}
	}
	l.ID = journal.NewID()
	l.CreatedAt = parseStamp(s.stamp())
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var date string
		err := tx.QueryRowContext(ctx, "SELECT date FROM notices WHERE id = ? AND deleted_at = ''", l.NoticeID).Scan(&date)
		if err == sql.ErrNoRows {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		if journal.Day(l.SentOn).Before(parseDate(date)) {
			return &journal.ValidationError{Fields: map[string]string{"sent_on": journal.ProblemInvalidDate}}
		}
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM notice_letters WHERE notice_id = ? AND letter = ?", l.NoticeID, string(l.Letter)).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return ErrAlreadySent
		}
		return insertRow(ctx, tx, "notice_letters", noticeLetterFields(l))
	})
	return l, err
}

// SetNoticeLetterReceived records the day France Travail received a letter
// sent for a notice; it is set once and never changed. It returns
// ErrNotFound for an unknown letter, a *journal.ValidationError for a day
// before the sending or when it was already set, or the database's error.
func (s *Store) SetNoticeLetterReceived(ctx context.Context, id string, on time.Time) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		var sent, received string
		err := tx.QueryRowContext(ctx, "SELECT sent_on, received_on FROM notice_letters WHERE id = ?", id).Scan(&sent, &received)
		if err == sql.ErrNoRows {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		if received != "" || on.IsZero() || journal.Day(on).Before(parseDate(sent)) {
			return &journal.ValidationError{Fields: map[string]string{"received_on": journal.ProblemInvalidDate}}
		}
		_, err = tx.ExecContext(ctx, "UPDATE notice_letters SET received_on = ? WHERE id = ?", formatDate(on), id)
		return err
	})
}

// checkNotices applies the domain's rules to every notice, checks that the
// mail it marks exists, and recomputes the SHA-256 of every letter sent.
func (s *Store) checkNotices(ctx context.Context) []string {
	var problems []string
	list, err := queryAll(ctx, s, scanNotice, "SELECT "+noticeColumns+" FROM notices ORDER BY seq")
	if err != nil {
		return []string{"notices could not be read: " + err.Error()}
	}
	for _, r := range list {
		if err := r.Notice.Validate(); err != nil {
			problems = append(problems, "notice "+r.Notice.ID+": "+err.Error())
		}
	}
	orphans, err := queryAll(ctx, s, scanString, `SELECT id FROM notices WHERE mail_id <> '' AND mail_id NOT IN (SELECT id FROM mails)`)
	if err != nil {
		problems = append(problems, "notices could not be read: "+err.Error())
	}
	for _, id := range orphans {
		problems = append(problems, "notice "+id+": the mail it marks does not exist")
	}
	bad, err := queryAll(ctx, s, scanString, `SELECT id FROM notice_letters
		WHERE pdf_sha256 IS NOT carnet_sha256(pdf) OR text_sha256 IS NOT carnet_sha256(text)`)
	if err != nil {
		return append(problems, "letters sent for notices could not be verified: "+err.Error())
	}
	for _, id := range bad {
		problems = append(problems, "letter as sent "+id+" (notice): SHA-256 does not match")
	}
	return problems
}
