package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

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

// requestColumns are the columns scanRequest reads, in its order.
const requestColumns = `id, kind, parent_id, recipient_kind, recipient, details, mode, sent_on,
	registered_number, received_on, extension_on, answered_on, refused_on, checklist,
	created_at, updated_at`

func scanRequest(row scanner) (rights.Request, error) {
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

// requestFields lists the columns of a requests row and their values for
// r. It returns an error when the details or checklist cannot be encoded.
func requestFields(r rights.Request) ([]field, error) {
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
	return []field{
		{"id", r.ID}, {"kind", string(r.Kind)}, {"parent_id", r.ParentID},
		{"recipient_kind", string(r.RecipientKind)}, {"recipient", strings.Join(r.Recipient, "\n")},
		{"details", string(details)}, {"mode", string(r.Mode)}, {"sent_on", formatDate(r.SentOn)},
		{"registered_number", r.RegisteredNumber}, {"received_on", formatDate(r.ReceivedOn)},
		{"extension_on", formatDate(r.ExtensionOn)}, {"answered_on", formatDate(r.AnsweredOn)},
		{"refused_on", formatDate(r.RefusedOn)}, {"checklist", string(cl)},
		{"created_at", formatStamp(r.CreatedAt)}, {"updated_at", formatStamp(r.UpdatedAt)},
	}, nil
}

// SaveRequest validates and stores a request (insert or update by ID) in
// one transaction. The snapshot is not touched: use MarkSent. It returns the
// stored request or a *journal.ValidationError / database error.
func (s *Store) SaveRequest(ctx context.Context, r rights.Request) (rights.Request, error) {
	if err := r.Validate(); err != nil {
		return r, err
	}
	now := s.now()
	err := s.inTx(ctx, func(tx *sql.Tx) error { return upsertRequest(ctx, tx, &r, now) })
	if err != nil {
		return r, err
	}
	return s.Request(ctx, r.ID)
}

// upsertRequest stores r with updated_at now (and created_at now when it
// is new; an update keeps created_at), giving it an ID when it has none.
func upsertRequest(ctx context.Context, tx *sql.Tx, r *rights.Request, now time.Time) error {
	if r.ID == "" {
		r.ID = journal.NewID()
	}
	saved := *r
	saved.CreatedAt, saved.UpdatedAt = now, now
	fields, err := requestFields(saved)
	if err != nil {
		return err
	}
	return upsertRow(ctx, tx, "requests", fields, "created_at")
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
	now := s.now()
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
		snap.CreatedAt = now
		return insertRow(ctx, tx, "letter_snapshots", snapshotFields(r.ID, snap))
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

// snapshotFields lists the columns of a letter_snapshots row and their
// values, with the SHA-256 of the PDF and of the text computed now, from
// the bytes as sent, for Check to verify.
func snapshotFields(requestID string, snap rights.Snapshot) []field {
	return []field{{"request_id", requestID}, {"pdf", snap.PDF}, {"text", snap.Text},
		{"pdf_sha256", hexSum(snap.PDF)}, {"text_sha256", hexSum([]byte(snap.Text))},
		{"created_at", formatStamp(snap.CreatedAt)}}
}

// ListRequests returns every request not in the trash, oldest first,
// without snapshot bytes.
func (s *Store) ListRequests(ctx context.Context) ([]rights.Request, error) {
	return queryAll(ctx, s, scanRequest, "SELECT "+requestColumns+
		" FROM requests WHERE deleted_at = '' ORDER BY created_at, seq")
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
	ids, err := queryAll(ctx, s, scanString, "SELECT id FROM requests ORDER BY id")
	if err != nil {
		return nil, err
	}
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
	fields, err := requestFields(r)
	if err != nil {
		return false, err
	}
	if err := upsertRow(ctx, tx, "requests", fields); err != nil {
		return false, err
	}
	if r.Snapshot != nil {
		q, args := insertSQL("letter_snapshots", snapshotFields(r.ID, *r.Snapshot))
		_, err = tx.ExecContext(ctx, q+" ON CONFLICT(request_id) DO NOTHING", args...)
	}
	return !exists, err
}
