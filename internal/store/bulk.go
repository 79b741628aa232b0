package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// FullActs returns every act dated within [from, to] (zero bounds are
// open), trashed ones included, with history and attachment bodies: the
// complete form used by exports.
func (s *Store) FullActs(ctx context.Context, from, to time.Time) ([]journal.Act, error) {
	return s.detailedActs(ctx, from, to, true, true)
}

// ReportActs returns the acts dated within [from, to] that are not in the
// trash, with their history and attachment metadata (no bodies): what
// reports need.
func (s *Store) ReportActs(ctx context.Context, from, to time.Time) ([]journal.Act, error) {
	return s.detailedActs(ctx, from, to, false, false)
}

func (s *Store) detailedActs(ctx context.Context, from, to time.Time, withTrash, withData bool) ([]journal.Act, error) {
	where := "(? = '' OR date >= ?) AND (? = '' OR date <= ?)"
	if !withTrash {
		where += " AND deleted_at = ''"
	}
	args := []any{formatDate(from), formatDate(from), formatDate(to), formatDate(to)}
	rows, err := s.db.QueryContext(ctx, "SELECT "+actColumns+" FROM acts WHERE "+where+" ORDER BY date, id", args...)
	if err != nil {
		return nil, err
	}
	var acts []journal.Act
	index := map[string]int{}
	for rows.Next() {
		a, err := scanAct(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		index[a.ID] = len(acts)
		acts = append(acts, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// History and attachments of all these acts, in one query each.
	selected := "SELECT id FROM acts WHERE " + where
	history, err := s.db.QueryContext(ctx, `SELECT act_id, id, status, date, created_at FROM act_status_history
		WHERE act_id IN (`+selected+`) ORDER BY date, created_at, seq`, args...)
	if err != nil {
		return nil, err
	}
	for history.Next() {
		var actID, st, date, created string
		var c journal.StatusChange
		if err := history.Scan(&actID, &c.ID, &st, &date, &created); err != nil {
			history.Close()
			return nil, err
		}
		c.Status, c.Date, c.CreatedAt = journal.Status(st), parseDate(date), parseStamp(created)
		a := &acts[index[actID]]
		a.History = append(a.History, c)
	}
	history.Close()
	if err := history.Err(); err != nil {
		return nil, err
	}
	byAct, err := s.attachmentsOf(ctx, "act_id IN ("+selected+")", args, withData)
	if err != nil {
		return nil, err
	}
	for id, list := range byAct {
		acts[index[id]].Attachments = list
	}
	return acts, nil
}

// FullMails returns every mail dated within [from, to], trashed ones
// included, with attachment bodies.
func (s *Store) FullMails(ctx context.Context, from, to time.Time) ([]journal.Mail, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT "+mailColumns+` FROM mails
		WHERE (? = '' OR date >= ?) AND (? = '' OR date <= ?) ORDER BY date, id`,
		formatDate(from), formatDate(from), formatDate(to), formatDate(to))
	if err != nil {
		return nil, err
	}
	var mails []journal.Mail
	for rows.Next() {
		m, err := scanMail(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		mails = append(mails, m)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	byMail, err := s.attachmentsOf(ctx, "mail_id IN (SELECT id FROM mails WHERE (? = '' OR date >= ?) AND (? = '' OR date <= ?))",
		[]any{formatDate(from), formatDate(from), formatDate(to), formatDate(to)}, true)
	if err != nil {
		return nil, err
	}
	for i := range mails {
		mails[i].Attachments = byMail[mails[i].ID]
	}
	return mails, nil
}

// ImportStats counts what an import changed.
type ImportStats struct {
	ActsAdded, ActsUpdated, MailsAdded, MailsUpdated, AttachmentsAdded, ProfileSet, RequestsAdded, MeetingsAdded int
}

// Import merges records into the store in one transaction: records with a
// new ID are added; a known record is replaced only when the incoming one
// was updated later; history entries and attachments are added when their
// ID is new; nothing is ever deleted. The profile is taken only when none
// is saved yet. On any error nothing is written.
func (s *Store) Import(ctx context.Context, profile *journal.Profile, acts []journal.Act, mails []journal.Mail, requests []rights.Request, meetings []journal.Meeting) (ImportStats, error) {
	var st ImportStats
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if profile != nil {
			var n int
			if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM profile").Scan(&n); err != nil {
				return err
			}
			if n == 0 {
				if err := upsertProfile(ctx, tx, *profile, s.stamp()); err != nil {
					return err
				}
				st.ProfileSet = 1
			}
		}
		for _, a := range acts {
			if err := importAct(ctx, tx, a, &st); err != nil {
				return err
			}
		}
		for _, m := range mails {
			if err := importMail(ctx, tx, m, &st); err != nil {
				return err
			}
		}
		for _, r := range requests {
			added, err := importRequest(ctx, tx, r)
			if err != nil {
				return err
			}
			if added {
				st.RequestsAdded++
			}
		}
		for _, m := range meetings {
			added, err := importMeeting(ctx, tx, m)
			if err != nil {
				return err
			}
			if added {
				st.MeetingsAdded++
			}
		}
		return nil
	})
	if err != nil {
		return ImportStats{}, err
	}
	return st, nil
}

func existingUpdatedAt(ctx context.Context, tx *sql.Tx, table, id string) (string, bool, error) {
	var updated string
	err := tx.QueryRowContext(ctx, "SELECT updated_at FROM "+table+" WHERE id = ?", id).Scan(&updated)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	return updated, err == nil, err
}

func importAct(ctx context.Context, tx *sql.Tx, a journal.Act, st *ImportStats) error {
	updated, exists, err := existingUpdatedAt(ctx, tx, "acts", a.ID)
	if err != nil {
		return err
	}
	switch {
	case !exists:
		err = insertAct(ctx, tx, a)
		st.ActsAdded++
	case formatStamp(a.UpdatedAt) > updated:
		v := actValues(a)
		_, err = tx.ExecContext(ctx, `UPDATE acts SET date=?, start_time=?, minutes=?, theme=?, code=?,
			label=?, organisation=?, contact_name=?, contact_role=?, contact_email=?, contact_phone=?,
			channel=?, offer_ref=?, notes=?, private=?, status=?, next_action=?, next_action_on=?,
			created_at=?, updated_at=?, deleted_at=? WHERE id=?`, append(v[1:], a.ID)...)
		st.ActsUpdated++
	}
	if err != nil {
		return err
	}
	for _, h := range a.History {
		if _, err := tx.ExecContext(ctx, `INSERT INTO act_status_history (id, act_id, status, date, created_at)
			VALUES (?,?,?,?,?) ON CONFLICT(id) DO NOTHING`, h.ID, a.ID, string(h.Status),
			formatDate(h.Date), formatStamp(h.CreatedAt)); err != nil {
			return err
		}
	}
	return importAttachments(ctx, tx, "act_id", a.ID, a.Attachments, st)
}

func importMail(ctx context.Context, tx *sql.Tx, m journal.Mail, st *ImportStats) error {
	updated, exists, err := existingUpdatedAt(ctx, tx, "mails", m.ID)
	if err != nil {
		return err
	}
	switch {
	case !exists:
		err = insertMail(ctx, tx, m)
		st.MailsAdded++
	case formatStamp(m.UpdatedAt) > updated:
		v := mailValues(m)
		_, err = tx.ExecContext(ctx, `UPDATE mails SET direction=?, date=?, channel=?, kind=?, subject=?,
			notes=?, reply_by=?, reply_mail_id=?, created_at=?, updated_at=?, deleted_at=?, period_from=?,
			period_to=? WHERE id=?`, append(v[1:], m.ID)...)
		st.MailsUpdated++
	}
	if err != nil {
		return err
	}
	return importAttachments(ctx, tx, "mail_id", m.ID, m.Attachments, st)
}

func importAttachments(ctx context.Context, tx *sql.Tx, ownerColumn, ownerID string, list []journal.Attachment, st *ImportStats) error {
	for _, att := range list {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM attachments WHERE id = ?", att.ID).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			continue
		}
		if err := insertAttachment(ctx, tx, ownerColumn, ownerID, att); err != nil {
			return err
		}
		st.AttachmentsAdded++
	}
	return nil
}
