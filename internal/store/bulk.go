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
	return s.detailedMails(ctx, from, to, true)
}

// detailedMails is FullMails, with the attachments' bodies or only their
// metadata.
func (s *Store) detailedMails(ctx context.Context, from, to time.Time, withData bool) ([]journal.Mail, error) {
	mails, err := queryAll(ctx, s, scanMail, "SELECT "+mailColumns+` FROM mails
		WHERE (? = '' OR date >= ?) AND (? = '' OR date <= ?) ORDER BY date, id`,
		formatDate(from), formatDate(from), formatDate(to), formatDate(to))
	if err != nil {
		return nil, err
	}
	byMail, err := s.attachmentsOf(ctx, "mail_id IN (SELECT id FROM mails WHERE (? = '' OR date >= ?) AND (? = '' OR date <= ?))",
		[]any{formatDate(from), formatDate(from), formatDate(to), formatDate(to)}, withData)
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
// is saved yet. An import either leaves a record that Check accepts with
// every incoming row present, or writes nothing: it returns an
// *ImportError for a history or proof ID stored elsewhere or with other
// content, a status that is not the last entry of the merged history, or a
// reply link to a missing mail; or the database's error.
func (s *Store) Import(ctx context.Context, profile *journal.Profile, acts []journal.Act, mails []journal.Mail, requests []rights.Request, meetings []journal.Meeting) (ImportStats, error) {
	return s.ImportEach(ctx, func(put func(ImportItem) error) error {
		if profile != nil {
			if err := put(ImportItem{Profile: profile}); err != nil {
				return err
			}
		}
		for i := range acts {
			if err := put(ImportItem{Act: &acts[i]}); err != nil {
				return err
			}
		}
		for i := range mails {
			if err := put(ImportItem{Mail: &mails[i]}); err != nil {
				return err
			}
		}
		for i := range requests {
			if err := put(ImportItem{Request: &requests[i]}); err != nil {
				return err
			}
		}
		for i := range meetings {
			if err := put(ImportItem{Meeting: &meetings[i]}); err != nil {
				return err
			}
		}
		return nil
	})
}

func existingUpdatedAt(ctx context.Context, tx *sql.Tx, table, id string) (string, bool, error) {
	var updated string
	err := tx.QueryRowContext(ctx, "SELECT updated_at FROM "+table+" WHERE id = ?", id).Scan(&updated)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	return updated, err == nil, err
}

func (im *importer) importAct(a journal.Act, line int) error {
	updated, exists, err := im.updatedAt("acts", a.ID)
	if err != nil {
		return err
	}
	switch {
	case !exists:
		err = im.exec(insertSQL("acts", actFields(a)))
		im.st.ActsAdded++
	case formatStamp(a.UpdatedAt) > updated:
		err = im.exec(upsertSQL("acts", actFields(a)))
		im.st.ActsUpdated++
	}
	if err != nil {
		return err
	}
	if err := im.importHistory(a, line); err != nil {
		return err
	}
	return im.importAttachments("act", "act_id", a.ID, line, a.Attachments)
}

func (im *importer) importMail(m journal.Mail, line int) error {
	updated, exists, err := im.updatedAt("mails", m.ID)
	if err != nil {
		return err
	}
	switch {
	case !exists:
		err = im.exec(insertSQL("mails", mailFields(m)))
		im.st.MailsAdded++
	case formatStamp(m.UpdatedAt) > updated:
		err = im.exec(upsertSQL("mails", mailFields(m)))
		im.st.MailsUpdated++
	}
	if err != nil {
		return err
	}
	return im.importAttachments("mail", "mail_id", m.ID, line, m.Attachments)
}
