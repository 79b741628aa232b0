package store

import (
	"context"
	"database/sql"
	"errors"

	"github.com/carnet-app/carnet/internal/journal"
)

// attachmentFields lists the columns of an attachments row and their
// values; ownerColumn (act_id or mail_id) names the owner's kind.
func attachmentFields(ownerColumn, ownerID string, a journal.Attachment) []field {
	if a.Data == nil {
		a.Data = []byte{}
	}
	return []field{{"id", a.ID}, {ownerColumn, ownerID}, {"name", a.Name}, {"mime_type", a.MimeType},
		{"size", a.Size}, {"sha256", a.SHA256}, {"data", a.Data}, {"created_at", formatStamp(a.CreatedAt)}}
}

func insertAttachment(ctx context.Context, tx *sql.Tx, ownerColumn, ownerID string, a journal.Attachment) error {
	return insertRow(ctx, tx, "attachments", attachmentFields(ownerColumn, ownerID, a))
}

func deleteAttachments(ctx context.Context, tx *sql.Tx, ownerColumn, ownerID string, ids []string) error {
	for _, id := range ids {
		if _, err := tx.ExecContext(ctx, "DELETE FROM attachments WHERE id = ? AND "+ownerColumn+" = ?", id, ownerID); err != nil {
			return err
		}
	}
	return nil
}

// attachments returns the attachments of one act or mail, oldest first;
// file bodies are loaded only when withData is true.
func (s *Store) attachments(ctx context.Context, ownerColumn, ownerID string, withData bool) ([]journal.Attachment, error) {
	byOwner, err := s.attachmentsOf(ctx, ownerColumn+" = ?", []any{ownerID}, withData)
	return byOwner[ownerID], err
}

// attachmentsOf returns the attachments matching a condition, grouped by
// their act or mail, oldest first; bodies only when withData is true.
func (s *Store) attachmentsOf(ctx context.Context, where string, args []any, withData bool) (map[string][]journal.Attachment, error) {
	data := "NULL"
	if withData {
		data = "data"
	}
	type owned struct {
		owner string
		att   journal.Attachment
	}
	list, err := queryAll(ctx, s, func(row scanner) (owned, error) {
		var o owned
		var created string
		err := row.Scan(&o.owner, &o.att.ID, &o.att.Name, &o.att.MimeType, &o.att.Size, &o.att.SHA256, &o.att.Data, &created)
		if withData && o.att.Data == nil {
			o.att.Data = []byte{}
		}
		o.att.CreatedAt = parseStamp(created)
		return o, err
	}, `SELECT coalesce(act_id, mail_id), id, name, mime_type, size, sha256, `+data+`, created_at
		FROM attachments WHERE `+where+` ORDER BY created_at, seq`, args...)
	if err != nil {
		return nil, err
	}
	out := map[string][]journal.Attachment{}
	for _, o := range list {
		out[o.owner] = append(out[o.owner], o.att)
	}
	return out, nil
}

// AttachmentData returns the bytes of one attachment. It returns ErrNotFound
// for an unknown ID.
func (s *Store) AttachmentData(ctx context.Context, id string) ([]byte, error) {
	var b []byte
	err := s.db.QueryRowContext(ctx, "SELECT data FROM attachments WHERE id = ?", id).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return b, err
}
