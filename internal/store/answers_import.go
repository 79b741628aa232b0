package store

import (
	"context"
	"database/sql"
	"errors"

	"github.com/carnet-app/carnet/internal/answerfind"
)

// ImportMissingRequest: an answer file or a confirmed fact belongs to a
// request neither stored nor earlier in the file.
const ImportMissingRequest = "missing_request"

// importAnswerFile adds an answer file whose ID is new; the same file
// again is skipped. It returns an *ImportError when the ID is stored with
// other bytes or another request, or when the request does not exist.
func importAnswerFile(ctx context.Context, tx *sql.Tx, f answerfind.AnswerFile, line int) (bool, error) {
	var req, sum string
	err := tx.QueryRowContext(ctx, "SELECT request_id, sha256 FROM answer_files WHERE id = ?", f.ID).Scan(&req, &sum)
	switch {
	case err == nil:
		if req != f.RequestID || sum != f.SHA256 {
			return false, &ImportError{Line: line, Kind: "answer_file", ID: f.ID, Field: "id", Value: f.ID, Reason: ImportIDTaken}
		}
		return false, nil
	case !errors.Is(err, sql.ErrNoRows):
		return false, err
	}
	if err := requestOf(ctx, tx, "answer_file", f.ID, f.RequestID, line); err != nil {
		return false, err
	}
	return true, insertRow(ctx, tx, "answer_files", answerFileFields(f))
}

// importFact adds a confirmed fact whose ID is new; the same fact again is
// skipped. It returns an *ImportError when the ID is stored with other
// content, or when the request does not exist.
func importFact(ctx context.Context, tx *sql.Tx, f answerfind.ConfirmedFact, line int) (bool, error) {
	stored, err := scanFact(tx.QueryRowContext(ctx, `SELECT id, request_id, name, value, valid_on, file, page, confirmed_at
		FROM facts WHERE id = ?`, f.ID))
	switch {
	case err == nil:
		if !stored.ConfirmedAt.Equal(f.ConfirmedAt) || !stored.ValidOn.Equal(f.ValidOn) || stored.RequestID != f.RequestID ||
			stored.Fact.Name != f.Name || stored.Value != f.Value || stored.File != f.File || stored.Page != f.Page {
			return false, &ImportError{Line: line, Kind: "fact", ID: f.ID, Field: "id", Value: f.ID, Reason: ImportIDTaken}
		}
		return false, nil
	case !errors.Is(err, sql.ErrNoRows):
		return false, err
	}
	if err := requestOf(ctx, tx, "fact", f.ID, f.RequestID, line); err != nil {
		return false, err
	}
	return true, insertRow(ctx, tx, "facts", factFields(f))
}

// requestOf returns an *ImportError when no request has the ID, trashed
// ones included.
func requestOf(ctx context.Context, tx *sql.Tx, kind, id, requestID string, line int) error {
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM requests WHERE id = ?", requestID).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return &ImportError{Line: line, Kind: kind, ID: id, Field: "request_id", Value: requestID, Reason: ImportMissingRequest}
	}
	return nil
}
