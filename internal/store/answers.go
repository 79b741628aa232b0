package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/carnet-app/carnet/internal/answerfind"
	"github.com/carnet-app/carnet/internal/journal"
)

// answerFileFields lists the columns of an answer_files row; a file is
// never changed, so updated_at is its creation.
func answerFileFields(f answerfind.AnswerFile) []field {
	data := f.Data
	if data == nil {
		data = []byte{}
	}
	at := formatStamp(f.CreatedAt)
	return []field{{"id", f.ID}, {"request_id", f.RequestID}, {"name", f.Name}, {"mime_type", f.MimeType},
		{"size", f.Size}, {"sha256", f.SHA256}, {"data", data}, {"created_at", at}, {"updated_at", at}}
}

// factFields lists the columns of a facts row; a confirmation is never
// changed, so it is created and updated when confirmed.
func factFields(f answerfind.ConfirmedFact) []field {
	at := formatStamp(f.ConfirmedAt)
	return []field{{"id", f.ID}, {"request_id", f.RequestID}, {"name", f.Name}, {"value", f.Value},
		{"valid_on", formatDate(f.ValidOn)}, {"file", f.File}, {"page", f.Page},
		{"confirmed_at", at}, {"created_at", at}, {"updated_at", at}}
}

// requestExists reports whether a request not in the trash has the ID.
func requestExists(ctx context.Context, tx *sql.Tx, id string) (bool, error) {
	var n int
	err := tx.QueryRowContext(ctx, "SELECT count(*) FROM requests WHERE id = ? AND deleted_at = ''", id).Scan(&n)
	return n > 0, err
}

// AttachAnswerFiles stores the files of an answer to the request, in one
// transaction, and returns them as stored, without their bytes. A file
// whose bytes are already stored with the request is not stored twice:
// the stored one is returned. It returns ErrNotFound for an unknown or
// trashed request, journal.ErrAttachmentTooLarge for a file over 25 MiB
// (nothing is then stored), or the database's error.
func (s *Store) AttachAnswerFiles(ctx context.Context, requestID string, files []journal.Attachment) ([]answerfind.AnswerFile, error) {
	var out []answerfind.AnswerFile
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		ok, err := requestExists(ctx, tx, requestID)
		if err != nil {
			return err
		}
		if !ok {
			return ErrNotFound
		}
		for _, a := range files {
			if a.Size > journal.MaxAttachmentSize || len(a.Data) > journal.MaxAttachmentSize {
				return journal.ErrAttachmentTooLarge
			}
			f := answerfind.AnswerFile{Attachment: a, RequestID: requestID}
			if err := f.Validate(); err != nil {
				return err
			}
			var id string
			err := tx.QueryRowContext(ctx, "SELECT id FROM answer_files WHERE request_id = ? AND sha256 = ? AND size = ?",
				requestID, a.SHA256, a.Size).Scan(&id)
			switch {
			case err == nil:
				continue
			case !errors.Is(err, sql.ErrNoRows):
				return err
			}
			if err := insertRow(ctx, tx, "answer_files", answerFileFields(f)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	list, err := s.AnswerFiles(ctx, requestID, false)
	if err != nil {
		return nil, err
	}
	for _, f := range list {
		for _, a := range files {
			if f.SHA256 == a.SHA256 && f.Size == a.Size {
				out = append(out, f)
				break
			}
		}
	}
	return out, nil
}

// AnswerFiles returns the files of the answers to a request, oldest
// first; their bytes only when withData is set.
func (s *Store) AnswerFiles(ctx context.Context, requestID string, withData bool) ([]answerfind.AnswerFile, error) {
	return s.answerFilesWhere(ctx, "request_id = ?", []any{requestID}, withData)
}

// FullAnswerFiles returns every answer file with its bytes, for exports.
func (s *Store) FullAnswerFiles(ctx context.Context) ([]answerfind.AnswerFile, error) {
	return s.answerFilesWhere(ctx, "1", nil, true)
}

func (s *Store) answerFilesWhere(ctx context.Context, where string, args []any, withData bool) ([]answerfind.AnswerFile, error) {
	data := "NULL"
	if withData {
		data = "data"
	}
	return queryAll(ctx, s, func(row scanner) (answerfind.AnswerFile, error) {
		var f answerfind.AnswerFile
		var created string
		err := row.Scan(&f.ID, &f.RequestID, &f.Name, &f.MimeType, &f.Size, &f.SHA256, &f.Data, &created)
		if withData && f.Data == nil {
			f.Data = []byte{}
		}
		f.CreatedAt = parseStamp(created)
		return f, err
	}, `SELECT id, request_id, name, mime_type, size, sha256, `+data+`, created_at
		FROM answer_files WHERE `+where+` ORDER BY created_at, seq`, args...)
}

// ConfirmFact stores a fact the user confirmed from an answer to a
// request, with a new ID and the store's clock when those are empty, and
// returns it as stored. A confirmation is never changed: confirming
// another value adds to the fact's history. It returns ErrNotFound for an
// unknown or trashed request, a *journal.ValidationError for a fact
// without name or value, or the database's error.
func (s *Store) ConfirmFact(ctx context.Context, f answerfind.ConfirmedFact) (answerfind.ConfirmedFact, error) {
	if f.ID == "" {
		f.ID = journal.NewID()
	}
	if f.ConfirmedAt.IsZero() {
		f.ConfirmedAt = parseStamp(s.stamp())
	}
	f.ConfirmedAt = f.ConfirmedAt.UTC().Truncate(time.Second)
	if err := f.Validate(); err != nil {
		return f, err
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		ok, err := requestExists(ctx, tx, f.RequestID)
		if err != nil {
			return err
		}
		if !ok {
			return ErrNotFound
		}
		return insertRow(ctx, tx, "facts", factFields(f))
	})
	return f, err
}

// ConfirmedFacts returns every confirmed fact, in the order confirmed.
func (s *Store) ConfirmedFacts(ctx context.Context) ([]answerfind.ConfirmedFact, error) {
	return queryAll(ctx, s, scanFact, `SELECT id, request_id, name, value, valid_on, file, page, confirmed_at
		FROM facts ORDER BY confirmed_at, seq`)
}

func scanFact(row scanner) (answerfind.ConfirmedFact, error) {
	var f answerfind.ConfirmedFact
	var validOn, confirmed string
	err := row.Scan(&f.ID, &f.RequestID, &f.Name, &f.Value, &validOn, &f.File, &f.Page, &confirmed)
	if validOn != "" {
		f.ValidOn, _ = time.Parse(dateLayout, validOn)
	}
	f.ConfirmedAt = parseStamp(confirmed)
	return f, err
}

// checkAnswerFiles recomputes the size and SHA-256 of every answer file,
// reading one body at a time.
func (s *Store) checkAnswerFiles(ctx context.Context) []string {
	return s.checkSums(ctx, "answer_files", "answer files", "answer file")
}
