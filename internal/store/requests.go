package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// ErrAlreadySent is returned when a request marked as sent is marked again:
// the letter as sent is kept once and never replaced.
var ErrAlreadySent = errors.New("this letter was already marked as sent")

// requestDetails is the JSON column holding a request's kind-specific fields.
type requestDetails struct {
	ElectronicCopy bool                `json:"electronic_copy,omitempty"`
	Decision       *rights.Decision    `json:"decision,omitempty"`
	Corrections    []rights.Correction `json:"corrections,omitempty"`
	Statement      string              `json:"statement,omitempty"`
	Asked          []string            `json:"asked,omitempty"`
	RoutesStated   bool                `json:"routes_mentioned,omitempty"`
}

const requestColumns = `id, kind, parent_id, recipient_kind, recipient, details, mode, sent_on,
	registered_number, received_on, extension_on, answered_on, refused_on, checklist,
	created_at, updated_at`

func scanRequest(row interface{ Scan(...any) error }) (rights.Request, error) {
	var r rights.Request
	var kind, rkind, recipient, details, mode, sent, received, ext, answered, refused, checklist, created, updated string
	err := row.Scan(&r.ID, &kind, &r.ParentID, &rkind, &recipient, &details, &mode, &sent,
		&r.RegisteredNumber, &received, &ext, &answered, &refused, &checklist, &created, &updated)
	if err != nil {
		return r, err
	}
	r.Kind, r.RecipientKind, r.Mode = rights.Kind(kind), rights.RecipientKind(rkind), rights.SendMode(mode)
	if recipient != "" {
		r.Recipient = strings.Split(recipient, "\n")
	}
	var d requestDetails
	if err := json.Unmarshal([]byte(details), &d); err != nil {
		return r, fmt.Errorf("request %s: details: %w", r.ID, err)
	}
	r.ElectronicCopy, r.Corrections, r.Statement = d.ElectronicCopy, d.Corrections, d.Statement
	r.AskedKeys, r.RoutesMentioned = d.Asked, d.RoutesStated
	if d.Decision != nil {
		r.Decision = *d.Decision
	}
	if err := json.Unmarshal([]byte(checklist), &r.Checklist); err != nil {
		return r, fmt.Errorf("request %s: checklist: %w", r.ID, err)
	}
	r.SentOn, r.ReceivedOn, r.ExtensionOn = parseDate(sent), parseDate(received), parseDate(ext)
	r.AnsweredOn, r.RefusedOn = parseDate(answered), parseDate(refused)
	r.CreatedAt, r.UpdatedAt = parseStamp(created), parseStamp(updated)
	return r, nil
}

func requestValues(r rights.Request) ([]any, error) {
	d := requestDetails{ElectronicCopy: r.ElectronicCopy, Corrections: r.Corrections, Statement: r.Statement,
		Asked: r.AskedKeys, RoutesStated: r.RoutesMentioned}
	if r.Decision != (rights.Decision{}) {
		dec := r.Decision
		d.Decision = &dec
	}
	details, err := json.Marshal(d)
	if err != nil {
		return nil, err
	}
	checklist := r.Checklist
	if checklist == nil {
		checklist = map[string]bool{}
	}
	cl, err := json.Marshal(checklist)
	if err != nil {
		return nil, err
	}
	return []any{r.ID, string(r.Kind), r.ParentID, string(r.RecipientKind), strings.Join(r.Recipient, "\n"),
		string(details), string(r.Mode), formatDate(r.SentOn), r.RegisteredNumber, formatDate(r.ReceivedOn),
		formatDate(r.ExtensionOn), formatDate(r.AnsweredOn), formatDate(r.RefusedOn), string(cl),
		formatStamp(r.CreatedAt), formatStamp(r.UpdatedAt)}, nil
}

// SaveRequest validates and stores a request (insert or update by ID) in
// one transaction. The snapshot is not touched: use MarkSent. It returns the
// stored request or a *journal.ValidationError / database error.
func (s *Store) SaveRequest(ctx context.Context, r rights.Request) (rights.Request, error) {
	if err := r.Validate(); err != nil {
		return r, err
	}
	now := s.stamp()
	err := s.inTx(ctx, func(tx *sql.Tx) error { return upsertRequest(ctx, tx, &r, now) })
	if err != nil {
		return r, err
	}
	return s.Request(ctx, r.ID)
}

func upsertRequest(ctx context.Context, tx *sql.Tx, r *rights.Request, now string) error {
	if r.ID == "" {
		r.ID = journal.NewID()
	}
	var created string
	err := tx.QueryRowContext(ctx, "SELECT created_at FROM requests WHERE id = ?", r.ID).Scan(&created)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		r.CreatedAt = parseStamp(now)
	case err != nil:
		return err
	default:
		r.CreatedAt = parseStamp(created)
	}
	r.UpdatedAt = parseStamp(now)
	v, err := requestValues(*r)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, "INSERT INTO requests ("+requestColumns+`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
		ON CONFLICT(id) DO UPDATE SET kind=excluded.kind, parent_id=excluded.parent_id,
		recipient_kind=excluded.recipient_kind, recipient=excluded.recipient, details=excluded.details,
		mode=excluded.mode, sent_on=excluded.sent_on, registered_number=excluded.registered_number,
		received_on=excluded.received_on, extension_on=excluded.extension_on, answered_on=excluded.answered_on,
		refused_on=excluded.refused_on, checklist=excluded.checklist, updated_at=excluded.updated_at`, v...)
	return err
}

// MarkSent records that the request's letter was sent and stores the
// letter exactly as sent, in one transaction. It returns ErrAlreadySent when
// a snapshot exists already, and a validation error for bad dates.
func (s *Store) MarkSent(ctx context.Context, r rights.Request, snap rights.Snapshot) (rights.Request, error) {
	if err := r.Validate(); err != nil {
		return r, err
	}
	if !r.Sent() {
		return r, &journal.ValidationError{Fields: map[string]string{"sent_on": journal.ProblemRequired}}
	}
	now := s.stamp()
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM letter_snapshots WHERE request_id = ?", r.ID).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return ErrAlreadySent
		}
		if err := upsertRequest(ctx, tx, &r, now); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, "INSERT INTO letter_snapshots (request_id, pdf, text, created_at) VALUES (?,?,?,?)",
			r.ID, snap.PDF, snap.Text, now)
		return err
	})
	if err != nil {
		return r, err
	}
	return s.Request(ctx, r.ID)
}

// Request returns one request with its snapshot, if any. It returns
// ErrNotFound for an unknown ID.
func (s *Store) Request(ctx context.Context, id string) (rights.Request, error) {
	r, err := scanRequest(s.db.QueryRowContext(ctx, "SELECT "+requestColumns+" FROM requests WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return r, ErrNotFound
	}
	if err != nil {
		return r, err
	}
	var snap rights.Snapshot
	var created string
	err = s.db.QueryRowContext(ctx, "SELECT pdf, text, created_at FROM letter_snapshots WHERE request_id = ?", id).
		Scan(&snap.PDF, &snap.Text, &created)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return r, nil
	case err != nil:
		return r, err
	}
	snap.CreatedAt = parseStamp(created)
	r.Snapshot = &snap
	return r, nil
}

// ListRequests returns every request not in the trash, oldest first,
// without snapshot bytes.
func (s *Store) ListRequests(ctx context.Context) ([]rights.Request, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT "+requestColumns+" FROM requests WHERE deleted_at = '' ORDER BY created_at, seq")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []rights.Request
	for rows.Next() {
		r, err := scanRequest(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// TrashRequest moves a request that was never sent to the trash; a sent
// request is part of the record and cannot be deleted. It returns
// ErrNotFound or ErrAlreadySent.
func (s *Store) TrashRequest(ctx context.Context, id string) error {
	r, err := s.Request(ctx, id)
	if err != nil {
		return err
	}
	if r.Snapshot != nil {
		return ErrAlreadySent
	}
	return s.setDeleted(ctx, "requests", id, s.stamp())
}

// RestoreRequest takes a request out of the trash.
func (s *Store) RestoreRequest(ctx context.Context, id string) error {
	return s.setDeleted(ctx, "requests", id, "")
}

// FullRequests returns every request, trashed ones included, with
// snapshots: the complete form used by exports.
func (s *Store) FullRequests(ctx context.Context) ([]rights.Request, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT id FROM requests ORDER BY id")
	if err != nil {
		return nil, err
	}
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, id)
	}
	rows.Close()
	var out []rights.Request
	for _, id := range ids {
		r, err := s.Request(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// importRequest adds a request (with its snapshot) when its ID is new, or
// updates it when the incoming one is newer; a snapshot is never replaced.
func importRequest(ctx context.Context, tx *sql.Tx, r rights.Request) (bool, error) {
	updated, exists, err := existingUpdatedAt(ctx, tx, "requests", r.ID)
	if err != nil {
		return false, err
	}
	if exists && formatStamp(r.UpdatedAt) <= updated {
		return false, nil
	}
	v, err := requestValues(r)
	if err != nil {
		return false, err
	}
	if exists {
		_, err = tx.ExecContext(ctx, `UPDATE requests SET kind=?, parent_id=?, recipient_kind=?, recipient=?,
			details=?, mode=?, sent_on=?, registered_number=?, received_on=?, extension_on=?, answered_on=?,
			refused_on=?, checklist=?, created_at=?, updated_at=? WHERE id=?`, append(v[1:], r.ID)...)
	} else {
		_, err = tx.ExecContext(ctx, "INSERT INTO requests ("+requestColumns+") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", v...)
	}
	if err != nil {
		return false, err
	}
	if r.Snapshot != nil {
		_, err = tx.ExecContext(ctx, `INSERT INTO letter_snapshots (request_id, pdf, text, created_at)
			VALUES (?,?,?,?) ON CONFLICT(request_id) DO NOTHING`, r.ID, r.Snapshot.PDF, r.Snapshot.Text,
			formatStamp(r.Snapshot.CreatedAt))
	}
	return !exists, err
}
