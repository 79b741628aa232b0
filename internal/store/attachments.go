package store

import (
	"context"
	"database/sql"
	"errors"

	"github.com/carnet-app/carnet/internal/journal"
)

func insertAttachment(ctx context.Context, tx *sql.Tx, ownerColumn, ownerID string, a journal.Attachment) error {
	if a.Data == nil {
		a.Data = []byte{}
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO attachments (id, `+ownerColumn+`, name, mime_type, size, sha256, data, created_at)
		VALUES (?,?,?,?,?,?,?,?)`, a.ID, ownerID, a.Name, a.MimeType, a.Size, a.SHA256, a.Data, formatStamp(a.CreatedAt))
	return err
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
	rows, err := s.db.QueryContext(ctx, `SELECT coalesce(act_id, mail_id), id, name, mime_type, size, sha256, `+data+`, created_at
		FROM attachments WHERE `+where+` ORDER BY created_at, seq`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string][]journal.Attachment{}
	for rows.Next() {
		var a journal.Attachment
		var owner, created string
		if err := rows.Scan(&owner, &a.ID, &a.Name, &a.MimeType, &a.Size, &a.SHA256, &a.Data, &created); err != nil {
			return nil, err
		}
		if withData && a.Data == nil {
			a.Data = []byte{}
		}
		a.CreatedAt = parseStamp(created)
		out[owner] = append(out[owner], a)
	}
	return out, rows.Err()
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
