package store

import (
	"context"
	"database/sql"
	"errors"

	"github.com/carnet-app/carnet/internal/defence"
)

// ImportMissingMail: a notice marks a mail neither stored nor earlier in
// the file.
const ImportMissingMail = "missing_mail"

// importNotice adds a notice whose ID is new, with its letters as sent;
// a notice already stored takes the file's fields only when the file's
// were changed later (updated_at), and only its letters not stored yet
// are added. It returns an *ImportError when a letter's ID is stored with
// other bytes or for another notice, or when the mail it marks does not
// exist.
func importNotice(ctx context.Context, tx *sql.Tx, r defence.Record, line int) error {
	stored, err := scanNotice(tx.QueryRowContext(ctx, "SELECT "+noticeColumns+" FROM notices WHERE id = ?", r.Notice.ID))
	switch {
	case err == nil:
		if r.UpdatedAt.After(stored.UpdatedAt) {
			if err := mailOf(ctx, tx, r, line); err != nil {
				return err
			}
			if err := upsertRow(ctx, tx, "notices", noticeFields(r), "created_at"); err != nil {
				return err
			}
		}
	case !errors.Is(err, sql.ErrNoRows):
		return err
	default:
		if err := mailOf(ctx, tx, r, line); err != nil {
			return err
		}
		if err := insertRow(ctx, tx, "notices", noticeFields(r)); err != nil {
			return err
		}
	}
	return importNoticeLetters(ctx, tx, r, line)
}

// mailOf returns an *ImportError when the notice marks a mail that does
// not exist.
func mailOf(ctx context.Context, tx *sql.Tx, r defence.Record, line int) error {
	if r.Notice.MailID != "" {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM mails WHERE id = ?", r.Notice.MailID).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return &ImportError{Line: line, Kind: "notice", ID: r.Notice.ID, Field: "mail_id", Value: r.Notice.MailID, Reason: ImportMissingMail}
		}
	}
	return nil
}

// importNoticeLetters adds the letters as sent of a notice not stored
// yet; one stored with other bytes or for another notice refuses the file.
func importNoticeLetters(ctx context.Context, tx *sql.Tx, r defence.Record, line int) error {
	for _, l := range r.Sent {
		l.NoticeID = r.Notice.ID
		var notice, pdfSum, textSum, received string
		err := tx.QueryRowContext(ctx, "SELECT notice_id, pdf_sha256, text_sha256, received_on FROM notice_letters WHERE id = ?", l.ID).
			Scan(&notice, &pdfSum, &textSum, &received)
		switch {
		case err == nil:
			if notice != l.NoticeID || pdfSum != hexSum(l.PDF) || textSum != hexSum([]byte(l.Text)) ||
				(received != "" && !l.ReceivedOn.IsZero() && received != formatDate(l.ReceivedOn)) {
				return &ImportError{Line: line, Kind: "notice", ID: r.Notice.ID, Field: "letters", Value: l.ID, Reason: ImportIDTaken}
			}
			continue
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
		if err := insertRow(ctx, tx, "notice_letters", noticeLetterFields(l)); err != nil {
			return err
		}
	}
	return nil
}
