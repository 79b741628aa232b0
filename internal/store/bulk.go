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
	acts, err := queryAll(ctx, s, scanAct, "SELECT "+actColumns+" FROM acts WHERE "+where+" ORDER BY date, id", args...)
	if err != nil {
		return nil, err
	}
	index := map[string]int{}
	for i, a := range acts {
		index[a.ID] = i
	}
	// History and attachments of all these acts, in one query each.
	selected := "SELECT id FROM acts WHERE " + where
	type entry struct {
		actID  string
		change journal.StatusChange
	}
	history, err := queryAll(ctx, s, func(row scanner) (entry, error) {
		var e entry
		var err error
		e.change, err = scanStatusChange(scanAround{row: row, before: []any{&e.actID}})
		return e, err
	}, `SELECT act_id, id, status, date, created_at FROM act_status_history
		WHERE act_id IN (`+selected+`) ORDER BY date, created_at, seq`, args...)
	if err != nil {
		return nil, err
	}
	for _, e := range history {
		a := &acts[index[e.actID]]
		a.History = append(a.History, e.change)
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
	mails, err := queryAll(ctx, s, scanMail, "SELECT "+mailColumns+` FROM mails
		WHERE (? = '' OR date >= ?) AND (? = '' OR date <= ?) ORDER BY date, id`,
		formatDate(from), formatDate(from), formatDate(to), formatDate(to))
	if err != nil {
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
		err = insertRow(ctx, tx, "acts", actFields(a))
		st.ActsAdded++
	case formatStamp(a.UpdatedAt) > updated:
		err = upsertRow(ctx, tx, "acts", actFields(a))
		st.ActsUpdated++
	}
	if err != nil {
		return err
	}
	for _, h := range a.History {
		q, args := insertSQL("act_status_history", statusChangeFields(a.ID, h))
		if _, err := tx.ExecContext(ctx, q+" ON CONFLICT(id) DO NOTHING", args...); err != nil {
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
		err = insertRow(ctx, tx, "mails", mailFields(m))
		st.MailsAdded++
	case formatStamp(m.UpdatedAt) > updated:
		err = upsertRow(ctx, tx, "mails", mailFields(m))
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
