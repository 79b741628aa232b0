package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/carnet-app/carnet/internal/journal"
)

// mailColumns are the columns scanMail reads, in its order.
const mailColumns = `id, direction, date, channel, kind, subject, notes, reply_by, reply_mail_id,
	created_at, updated_at, deleted_at, period_from, period_to`

func scanMail(row scanner) (journal.Mail, error) {
	var m journal.Mail
	var dir, date, channel, kind, replyBy, created, updated, deleted, pFrom, pTo string
	err := row.Scan(&m.ID, &dir, &date, &channel, &kind, &m.Subject, &m.Notes, &replyBy,
		&m.ReplyMailID, &created, &updated, &deleted, &pFrom, &pTo)
	m.PeriodFrom, m.PeriodTo = parseDate(pFrom), parseDate(pTo)
	m.Direction, m.Channel, m.Kind = journal.Direction(dir), journal.MailChannel(channel), journal.MailKind(kind)
	m.Date, m.ReplyBy = parseDate(date), parseDate(replyBy)
	m.CreatedAt, m.UpdatedAt, m.DeletedAt = parseStamp(created), parseStamp(updated), parseStamp(deleted)
	return m, err
}

// mailFields lists the columns of a mails row and their values for m.
func mailFields(m journal.Mail) []field {
	return []field{
		{"id", m.ID}, {"direction", string(m.Direction)}, {"date", formatDate(m.Date)},
		{"channel", string(m.Channel)}, {"kind", string(m.Kind)}, {"subject", m.Subject},
		{"notes", m.Notes}, {"reply_by", formatDate(m.ReplyBy)}, {"reply_mail_id", m.ReplyMailID},
		{"created_at", formatStamp(m.CreatedAt)}, {"updated_at", formatStamp(m.UpdatedAt)},
		{"deleted_at", formatStamp(m.DeletedAt)}, {"period_from", formatDate(m.PeriodFrom)},
		{"period_to", formatDate(m.PeriodTo)},
	}
}

// SaveMail validates and stores a mail (insert or update by ID), adds and
// removes attachments, in one transaction. An update keeps the mail's
// creation time and its place in or out of the trash. It returns the mail
// as stored, or a *journal.ValidationError / database error with nothing
// written.
func (s *Store) SaveMail(ctx context.Context, m journal.Mail, added []journal.Attachment, removed []string) (journal.Mail, error) {
	if err := m.Validate(); err != nil {
		return m, err
	}
	for _, att := range added {
		if att.Size > journal.MaxAttachmentSize {
			return m, journal.ErrAttachmentTooLarge
		}
	}
	now := s.now()
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if m.ID == "" {
			m.ID = journal.NewID()
		}
		saved := m
		saved.CreatedAt, saved.UpdatedAt = now, now
		if err := upsertRow(ctx, tx, "mails", mailFields(saved), "created_at", "deleted_at"); err != nil {
			return err
		}
		for _, att := range added {
			if err := insertAttachment(ctx, tx, "mail_id", m.ID, att); err != nil {
				return err
			}
		}
		return deleteAttachments(ctx, tx, "mail_id", m.ID, removed)
	})
	if err != nil {
		return m, err
	}
	return s.Mail(ctx, m.ID)
}

// Mail returns one mail with its attachment metadata. It returns ErrNotFound
// for an unknown ID.
func (s *Store) Mail(ctx context.Context, id string) (journal.Mail, error) {
	m, err := scanMail(s.db.QueryRowContext(ctx, "SELECT "+mailColumns+" FROM mails WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return m, ErrNotFound
	}
	if err != nil {
		return m, err
	}
	m.Attachments, err = s.attachments(ctx, "mail_id", id, false)
	return m, err
}

// ListMails returns the mail not in the trash that matches the filter, newest first.
func (s *Store) ListMails(ctx context.Context, f journal.MailFilter) ([]journal.Mail, error) {
	where, args := []string{"deleted_at = ''"}, []any{}
	if !f.From.IsZero() {
		where, args = append(where, "date >= ?"), append(args, formatDate(f.From))
	}
	if !f.To.IsZero() {
		where, args = append(where, "date <= ?"), append(args, formatDate(f.To))
	}
	if f.Kind != "" {
		where, args = append(where, "kind = ?"), append(args, string(f.Kind))
	}
	if q := ftsQuery(f.Query); q != "" {
		where, args = append(where, "seq IN (SELECT rowid FROM mails_fts WHERE mails_fts MATCH ?)"), append(args, q)
	}
	if f.AwaitingReply {
		where, args = append(where, "direction = ? AND reply_by <> '' AND reply_mail_id = ''"), append(args, string(journal.DirectionReceived))
	}
	return queryAll(ctx, s, scanMail, "SELECT "+mailColumns+" FROM mails WHERE "+
		strings.Join(where, " AND ")+" ORDER BY date DESC, seq DESC", args...)
}

// TrashMail moves a mail to the trash. It returns ErrNotFound for an unknown ID.
func (s *Store) TrashMail(ctx context.Context, id string) error {
	return s.setDeleted(ctx, "mails", id, s.stamp())
}

// RestoreMail takes a mail out of the trash. It returns ErrNotFound for an unknown ID.
func (s *Store) RestoreMail(ctx context.Context, id string) error {
	return s.setDeleted(ctx, "mails", id, "")
}
