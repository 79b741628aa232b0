package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

const actColumns = `id, date, start_time, minutes, theme, code, label, organisation,
	contact_name, contact_role, contact_email, contact_phone, channel, offer_ref, notes,
	private, status, next_action, next_action_on, created_at, updated_at, deleted_at`

func scanAct(row interface{ Scan(...any) error }) (journal.Act, error) {
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

// SaveAct validates and stores an act (insert when its ID is new or empty,
// update otherwise), appends a status-history entry when the status changed,
// adds the given attachments and removes the listed ones, all in one
// transaction. It returns the act as stored, or a *journal.ValidationError /
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
	now := s.stamp()
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if a.ID == "" {
			a.ID = journal.NewID()
		}
		prev, err := loadStatus(ctx, tx, a.ID)
		exists := err == nil
		if err != nil && !errors.Is(err, ErrNotFound) {
			return err
		}
		if exists {
			err = updateAct(ctx, tx, a, now)
		} else {
			a.CreatedAt, a.UpdatedAt = parseStamp(now), parseStamp(now)
			err = insertAct(ctx, tx, a)
		}
		if err != nil {
			return err
		}
		if a.Status != prev {
			change := journal.StatusChange{ID: journal.NewID(), Status: a.Status,
				Date: journal.Day(s.now()), CreatedAt: parseStamp(now)}
			if !exists {
				change.Date = a.Date
			}
			if !a.StatusSince.IsZero() {
				change.Date = a.StatusSince
			}
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

func loadStatus(ctx context.Context, tx *sql.Tx, id string) (journal.Status, error) {
	var st string
	err := tx.QueryRowContext(ctx, "SELECT status FROM acts WHERE id = ?", id).Scan(&st)
	if errors.Is(err, sql.ErrNoRows) {
		return "", ErrNotFound
	}
	return journal.Status(st), err
}

func actValues(a journal.Act) []any {
	private := 0
	if a.Private {
		private = 1
	}
	return []any{a.ID, formatDate(a.Date), a.StartTime, a.Minutes, a.Theme, a.Code, a.Label,
		a.Organisation, a.Contact.Name, a.Contact.Role, a.Contact.Email, a.Contact.Phone,
		string(a.Channel), a.OfferRef, a.Notes, private, string(a.Status), a.NextAction,
		formatDate(a.NextActionOn), formatStamp(a.CreatedAt), formatStamp(a.UpdatedAt),
		formatStamp(a.DeletedAt)}
}

func insertAct(ctx context.Context, tx *sql.Tx, a journal.Act) error {
	_, err := tx.ExecContext(ctx, "INSERT INTO acts ("+actColumns+") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", actValues(a)...)
	return err
}

func updateAct(ctx context.Context, tx *sql.Tx, a journal.Act, now string) error {
	v := actValues(a)
	_, err := tx.ExecContext(ctx, `UPDATE acts SET date=?, start_time=?, minutes=?, theme=?, code=?,
		label=?, organisation=?, contact_name=?, contact_role=?, contact_email=?, contact_phone=?,
		channel=?, offer_ref=?, notes=?, private=?, status=?, next_action=?, next_action_on=?,
		updated_at=? WHERE id=?`, append(v[1:19], now, a.ID)...)
	return err
}

func insertStatusChange(ctx context.Context, tx *sql.Tx, actID string, c journal.StatusChange) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO act_status_history (id, act_id, status, date, created_at)
		VALUES (?,?,?,?,?)`, c.ID, actID, string(c.Status), formatDate(c.Date), formatStamp(c.CreatedAt))
	return err
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
	rows, err := s.db.QueryContext(ctx, `SELECT id, status, date, created_at FROM act_status_history
		WHERE act_id = ? ORDER BY date, created_at, seq`, actID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []journal.StatusChange
	for rows.Next() {
		var c journal.StatusChange
		var st, date, created string
		if err := rows.Scan(&c.ID, &st, &date, &created); err != nil {
			return nil, err
		}
		c.Status, c.Date, c.CreatedAt = journal.Status(st), parseDate(date), parseStamp(created)
		out = append(out, c)
	}
	return out, rows.Err()
}

// ListActs returns the acts not in the trash that match the filter, newest
// first, without history or attachments (AttachmentIDs is filled).
func (s *Store) ListActs(ctx context.Context, f journal.ActFilter) ([]journal.Act, error) {
	where, args := []string{"a.deleted_at = ''"}, []any{}
	if !f.From.IsZero() {
		where, args = append(where, "a.date >= ?"), append(args, formatDate(f.From))
	}
	if !f.To.IsZero() {
		where, args = append(where, "a.date <= ?"), append(args, formatDate(f.To))
	}
	if f.Theme != "" {
		where, args = append(where, "a.theme = ?"), append(args, f.Theme)
	}
	if f.Status != "" {
		where, args = append(where, "a.status = ?"), append(args, string(f.Status))
	}
	if q := ftsQuery(f.Query); q != "" {
		where, args = append(where, "a.seq IN (SELECT rowid FROM acts_fts WHERE acts_fts MATCH ?)"), append(args, q)
	}
	cols := "a." + strings.Join(strings.Fields(actColumns), " a.")
	query := "SELECT " + cols + `, (SELECT group_concat(id) FROM attachments WHERE act_id = a.id)
		FROM acts a WHERE ` + strings.Join(where, " AND ") + " ORDER BY a.date DESC, a.start_time DESC, a.seq DESC"
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []journal.Act
	for rows.Next() {
		var ids sql.NullString
		a, err := scanAct(scanWithExtra{rows, &ids})
		if err != nil {
			return nil, err
		}
		if ids.String != "" {
			a.AttachmentIDs = strings.Split(ids.String, ",")
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// scanWithExtra appends extra destinations after those of a row scanner.
type scanWithExtra struct {
	rows  *sql.Rows
	extra *sql.NullString
}

func (w scanWithExtra) Scan(dest ...any) error { return w.rows.Scan(append(dest, w.extra)...) }

// ftsQuery turns what the user typed into an FTS5 query: every word must
// appear, as a prefix; quotes keep FTS5 syntax characters inert.
func ftsQuery(text string) string {
	words := strings.Fields(journal.FoldText(text))
	for i, w := range words {
		words[i] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"*`
	}
	return strings.Join(words, " ")
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
	rows, err := s.db.QueryContext(ctx, "SELECT "+actColumns+` FROM acts
		WHERE status <> '' AND deleted_at = '' AND id <> ? ORDER BY date DESC`, exceptID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []journal.Act
	for rows.Next() {
		a, err := scanAct(rows)
		if err != nil {
			return nil, err
		}
		if journal.FoldText(a.Organisation) == folded {
			out = append(out, a)
		}
	}
	return out, rows.Err()
}
