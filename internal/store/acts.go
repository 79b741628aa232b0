package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

// actColumns are the columns scanAct reads, in its order.
const actColumns = `id, date, start_time, minutes, theme, code, label, organisation,
	contact_name, contact_role, contact_email, contact_phone, channel, offer_ref, notes,
	private, status, next_action, next_action_on, created_at, updated_at, deleted_at`

func scanAct(row scanner) (journal.Act, error) {
	var a journal.Act
	var date, nextOn, created, updated, deleted, channel, status string
	var private int
	err := row.Scan(&a.ID, &date, &a.StartTime, &a.Minutes, &a.Theme, &a.Code, &a.Label,
		&a.Organisation, &a.Contact.Name, &a.Contact.Role, &a.Contact.Email, &a.Contact.Phone,
		&channel, &a.OfferRef, &a.Notes, &private, &status, &a.NextAction, &nextOn,
		&created, &updated, &deleted)
	a.Date, a.NextActionOn = parseDate(date), parseDate(nextOn)
	a.CreatedAt, a.UpdatedAt, a.DeletedAt = parseStamp(created), parseStamp(updated), parseStamp(deleted)
	a.Channel, a.Status, a.Private = journal.Channel(channel), journal.Status(status), private != 0
	return a, err
}

// actFields lists the columns of an acts row and their values for a.
func actFields(a journal.Act) []field {
	private := 0
	if a.Private {
		private = 1
	}
	return []field{
		{"id", a.ID}, {"date", formatDate(a.Date)}, {"start_time", a.StartTime},
		{"minutes", a.Minutes}, {"theme", a.Theme}, {"code", a.Code}, {"label", a.Label},
		{"organisation", a.Organisation}, {"contact_name", a.Contact.Name},
		{"contact_role", a.Contact.Role}, {"contact_email", a.Contact.Email},
		{"contact_phone", a.Contact.Phone}, {"channel", string(a.Channel)}, {"offer_ref", a.OfferRef},
		{"notes", a.Notes}, {"private", private}, {"status", string(a.Status)},
		{"next_action", a.NextAction}, {"next_action_on", formatDate(a.NextActionOn)},
		{"created_at", formatStamp(a.CreatedAt)}, {"updated_at", formatStamp(a.UpdatedAt)},
		{"deleted_at", formatStamp(a.DeletedAt)},
	}
}

// SaveAct validates and stores an act (insert when its ID is new or empty,
// update otherwise), appends the status-history entry
// journal.StatusChangeOnSave gives when the status changed, adds the given
// attachments and removes the listed ones, all in one transaction. An
// update keeps the act's creation time and its place in or out of the
// trash. It returns the act as stored, or a *journal.ValidationError /
// database error with nothing written.
func (s *Store) SaveAct(ctx context.Context, a journal.Act, added []journal.Attachment, removed []string) (journal.Act, error) {
	if err := a.Validate(); err != nil {
		return a, err
	}
	for _, att := range added {
		if att.Size > journal.MaxAttachmentSize {
			return a, journal.ErrAttachmentTooLarge
		}
	}
	now := s.now()
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if a.ID == "" {
			a.ID = journal.NewID()
		}
		prev, err := loadStatus(ctx, tx, a.ID)
		exists := err == nil
		if err != nil && !errors.Is(err, ErrNotFound) {
			return err
		}
		if err := saveAct(ctx, tx, a, now); err != nil {
			return err
		}
		if change, ok := journal.StatusChangeOnSave(prev, exists, a, now); ok {
			if err := insertStatusChange(ctx, tx, a.ID, change); err != nil {
				return err
			}
		}
		for _, att := range added {
			if err := insertAttachment(ctx, tx, "act_id", a.ID, att); err != nil {
				return err
			}
		}
		return deleteAttachments(ctx, tx, "act_id", a.ID, removed)
	})
	if err != nil {
		return a, err
	}
	return s.Act(ctx, a.ID)
}

// saveAct inserts or updates the act's row: created_at and updated_at are
// now for a new act; an existing one keeps created_at and deleted_at.
func saveAct(ctx context.Context, tx *sql.Tx, a journal.Act, now time.Time) error {
	a.CreatedAt, a.UpdatedAt = now, now
	return upsertRow(ctx, tx, "acts", actFields(a), "created_at", "deleted_at")
}

func loadStatus(ctx context.Context, tx *sql.Tx, id string) (journal.Status, error) {
	var st string
	err := tx.QueryRowContext(ctx, "SELECT status FROM acts WHERE id = ?", id).Scan(&st)
	if errors.Is(err, sql.ErrNoRows) {
		return "", ErrNotFound
	}
	return journal.Status(st), err
}

func statusChangeFields(actID string, c journal.StatusChange) []field {
	return []field{{"id", c.ID}, {"act_id", actID}, {"status", string(c.Status)},
		{"date", formatDate(c.Date)}, {"created_at", formatStamp(c.CreatedAt)}}
}

func insertStatusChange(ctx context.Context, tx *sql.Tx, actID string, c journal.StatusChange) error {
	return insertRow(ctx, tx, "act_status_history", statusChangeFields(actID, c))
}

// Act returns one act with its status history and attachment metadata
// (without file bodies), trashed or not. It returns ErrNotFound for an
// unknown ID.
func (s *Store) Act(ctx context.Context, id string) (journal.Act, error) {
	a, err := scanAct(s.db.QueryRowContext(ctx, "SELECT "+actColumns+" FROM acts WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return a, ErrNotFound
	}
	if err != nil {
		return a, err
	}
	if a.History, err = s.statusHistory(ctx, id); err != nil {
		return a, err
	}
	a.Attachments, err = s.attachments(ctx, "act_id", id, false)
	return a, err
}

func (s *Store) statusHistory(ctx context.Context, actID string) ([]journal.StatusChange, error) {
	return queryAll(ctx, s, scanStatusChange, `SELECT id, status, date, created_at FROM act_status_history
		WHERE act_id = ? ORDER BY date, created_at, seq`, actID)
}

func scanStatusChange(row scanner) (journal.StatusChange, error) {
	var c journal.StatusChange
	var st, date, created string
	err := row.Scan(&c.ID, &st, &date, &created)
	c.Status, c.Date, c.CreatedAt = journal.Status(st), parseDate(date), parseStamp(created)
	return c, err
}

// TrashAct moves an act (with its attachments) to the trash. It returns
// ErrNotFound for an unknown ID.
func (s *Store) TrashAct(ctx context.Context, id string) error {
	return s.setDeleted(ctx, "acts", id, s.stamp())
}

// RestoreAct takes an act out of the trash. It returns ErrNotFound for an
// unknown ID.
func (s *Store) RestoreAct(ctx context.Context, id string) error {
	return s.setDeleted(ctx, "acts", id, "")
}

func (s *Store) setDeleted(ctx context.Context, table, id, at string) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE "+table+" SET deleted_at = ? WHERE id = ?", at, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrNotFound
		}
		return nil
	})
}

// PurgeTrash deletes for good the acts and mail trashed before the given
// time, with their attachments and history. It returns how many were deleted.
func (s *Store) PurgeTrash(ctx context.Context, before time.Time) (int, error) {
	var total int64
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		for _, table := range []string{"acts", "mails"} {
			res, err := tx.ExecContext(ctx, "DELETE FROM "+table+" WHERE deleted_at <> '' AND deleted_at < ?", formatStamp(before))
			if err != nil {
				return err
			}
			n, _ := res.RowsAffected()
			total += n
		}
		return nil
	})
	return int(total), err
}

// PreviousApplications returns the applications (acts with a status) to the
// same organisation as name, ignoring case and accents, excluding the act
// with ID exceptID, newest first.
func (s *Store) PreviousApplications(ctx context.Context, name, exceptID string) ([]journal.Act, error) {
	folded := journal.FoldText(name)
	if folded == "" {
		return nil, nil
	}
	acts, err := queryAll(ctx, s, scanAct, "SELECT "+actColumns+` FROM acts
		WHERE status <> '' AND deleted_at = '' AND id <> ? ORDER BY date DESC`, exceptID)
	var out []journal.Act
	for _, a := range acts {
		if journal.FoldText(a.Organisation) == folded {
			out = append(out, a)
		}
	}
	return out, err
}
