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
	data := "NULL"
	if withData {
		data = "data"
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, name, mime_type, size, sha256, `+data+`, created_at
		FROM attachments WHERE `+ownerColumn+` = ? ORDER BY created_at, seq`, ownerID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []journal.Attachment
	for rows.Next() {
		var a journal.Attachment
		var created string
		if err := rows.Scan(&a.ID, &a.Name, &a.MimeType, &a.Size, &a.SHA256, &a.Data, &created); err != nil {
			return nil, err
		}
		if withData && a.Data == nil {
			a.Data = []byte{}
		}
		a.CreatedAt = parseStamp(created)
		out = append(out, a)
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
