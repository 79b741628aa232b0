package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"strings"

	"github.com/carnet-app/carnet/internal/defence"
	"github.com/carnet-app/carnet/internal/journal"
)

// noticeColumns are the columns scanNotice reads, in its order.
const noticeColumns = `id, mail_id, kind, date, seen_on, reference, failure_kind, failure_text, period_from, period_to,
	deadline_n, deadline_unit, addressee, routes, sanction_measure, sanction_rate, sanction_months, sanction_start,
	amount_cents, answers, reasons, ask_hearing, contest, grounds, created_at, updated_at, deleted_at`

func scanNotice(row scanner) (defence.Record, error) {
	var r defence.Record
	n := &r.Notice
	var kind, date, seen, fKind, pFrom, pTo, unit, addressee, routes, measure, sStart, answers, reasons, created, updated, deleted string
	var hearing int
	err := row.Scan(&n.ID, &n.MailID, &kind, &date, &seen, &n.Reference, &fKind, &n.Failure.Text, &pFrom, &pTo,
		&n.Deadline.N, &unit, &addressee, &routes, &measure, &n.Sanction.Rate, &n.Sanction.Months, &sStart,
		&n.AmountCents, &answers, &reasons, &hearing, &r.Words.Contest, &r.Words.Grounds, &created, &updated, &deleted)
	if err != nil {
		return r, err
	}
	n.Kind, n.Failure.Kind, n.Deadline.Unit = defence.Kind(kind), defence.FailureKind(fKind), defence.Unit(unit)
	n.Date, n.SeenOn, n.PeriodFrom, n.PeriodTo = parseDate(date), parseDate(seen), parseDate(pFrom), parseDate(pTo)
	if addressee != "" {
		n.Addressee = strings.Split(addressee, "\n")
	}
	n.RoutesStated, n.Sanction.Measure, n.Sanction.Start = defence.Routes(routes), defence.Measure(measure), parseDate(sStart)
	r.Words.AskHearing = hearing != 0
	r.CreatedAt, r.UpdatedAt, r.DeletedAt = parseStamp(created), parseStamp(updated), parseStamp(deleted)
	if answers != "" {
		if err := json.Unmarshal([]byte(answers), &r.Words.Answers); err != nil {
			return r, err
		}
	}
	if reasons != "" {
		if err := json.Unmarshal([]byte(reasons), &r.Words.Reasons); err != nil {
			return r, err
		}
	}
	return r, nil
}

// wordsJSON is the JSON of a list kept in one column, "" when empty.
func wordsJSON[T any](list []T) string {
	if len(list) == 0 {
		return ""
	}
	b, _ := json.Marshal(list) // a list of plain structs of strings always encodes
	return string(b)
}

// noticeFields lists the columns of a notices row and their values.
func noticeFields(r defence.Record) []field {
	n, w := r.Notice, r.Words
	hearing := 0
	if w.AskHearing {
		hearing = 1
	}
	return []field{
		{"id", n.ID}, {"mail_id", n.MailID}, {"kind", string(n.Kind)}, {"date", formatDate(n.Date)},
		{"seen_on", formatDate(n.SeenOn)}, {"reference", n.Reference}, {"failure_kind", string(n.Failure.Kind)},
		{"failure_text", n.Failure.Text}, {"period_from", formatDate(n.PeriodFrom)}, {"period_to", formatDate(n.PeriodTo)},
		{"deadline_n", n.Deadline.N}, {"deadline_unit", string(n.Deadline.Unit)}, {"addressee", strings.Join(n.Addressee, "\n")},
		{"routes", string(n.RoutesStated)}, {"sanction_measure", string(n.Sanction.Measure)},
		{"sanction_rate", n.Sanction.Rate}, {"sanction_months", n.Sanction.Months}, {"sanction_start", formatDate(n.Sanction.Start)},
		{"amount_cents", n.AmountCents}, {"answers", wordsJSON(w.Answers)}, {"reasons", wordsJSON(w.Reasons)},
		{"ask_hearing", hearing}, {"contest", w.Contest}, {"grounds", w.Grounds},
		{"created_at", formatStamp(r.CreatedAt)}, {"updated_at", formatStamp(r.UpdatedAt)}, {"deleted_at", formatStamp(r.DeletedAt)},
	}
}

// SaveNotice validates and stores a notice with the user's words for its
// letters (insert, or update by ID keeping its creation time), in one
// transaction, and returns it as stored with its letters sent. A notice
// marking a mail needs that mail. It returns a *journal.ValidationError,
// ErrNotFound for an unknown mail or notice in the trash, or the
// database's error, with nothing written.
func (s *Store) SaveNotice(ctx context.Context, n defence.Notice, w defence.Words) (defence.Record, error) {
	if err := (defence.Record{Notice: n, Words: w}).Validate(); err != nil {
		return defence.Record{Notice: n, Words: w}, err
	}
	if n.ID == "" {
		n.ID = journal.NewID()
	}
	now := s.now()
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if n.MailID != "" {
			var k int
			if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM mails WHERE id = ?", n.MailID).Scan(&k); err != nil {
				return err
			}
			if k == 0 {
				return ErrNotFound
			}
		}
		var deleted string
		err := tx.QueryRowContext(ctx, "SELECT deleted_at FROM notices WHERE id = ?", n.ID).Scan(&deleted)
		switch {
		case err == nil && deleted != "":
			return ErrNotFound
		case err != nil && !errors.Is(err, sql.ErrNoRows):
			return err
		}
		r := defence.Record{Notice: n, Words: w, CreatedAt: now, UpdatedAt: now}
		return upsertRow(ctx, tx, "notices", noticeFields(r), "created_at", "deleted_at")
	})
	if err != nil {
		return defence.Record{Notice: n, Words: w}, err
	}
	return s.Notice(ctx, n.ID)
}

// Notice returns one notice not in the trash with its letters sent (their
// bytes included). It returns ErrNotFound for an unknown or trashed ID.
func (s *Store) Notice(ctx context.Context, id string) (defence.Record, error) {
	r, err := scanNotice(s.db.QueryRowContext(ctx, "SELECT "+noticeColumns+" FROM notices WHERE id = ? AND deleted_at = ''", id))
	if errors.Is(err, sql.ErrNoRows) {
		return r, ErrNotFound
	}
	if err != nil {
		return r, err
	}
	r.Sent, err = s.noticeLetters(ctx, "notice_id = ?", []any{id}, true)
	return r, err
}

// ListNotices returns every notice not in the trash, by the date it bears
// then creation, with its letters sent but without their bytes.
func (s *Store) ListNotices(ctx context.Context) ([]defence.Record, error) {
	return s.noticesWhere(ctx, "deleted_at = ''", false)
}

// FullNotices returns every notice, trashed ones included, with the bytes
// of its letters, for exports.
func (s *Store) FullNotices(ctx context.Context) ([]defence.Record, error) {
	return s.noticesWhere(ctx, "1", true)
}

func (s *Store) noticesWhere(ctx context.Context, where string, withData bool) ([]defence.Record, error) {
	list, err := queryAll(ctx, s, scanNotice, "SELECT "+noticeColumns+" FROM notices WHERE "+where+" ORDER BY date, created_at, seq")
	if err != nil {
		return nil, err
	}
	letters, err := s.noticeLetters(ctx, "1", nil, withData)
	if err != nil {
		return nil, err
	}
	at := map[string]int{}
	for i, r := range list {
		at[r.Notice.ID] = i
	}
	for _, l := range letters {
		if i, ok := at[l.NoticeID]; ok {
			list[i].Sent = append(list[i].Sent, l)
		}
	}
	return list, nil
}

// TrashNotice moves a notice without any letter sent to the trash; a
// notice answered by a letter is part of the record. It returns
// ErrNotFound for an unknown or trashed notice and ErrAlreadySent when a
// letter was sent for it.
func (s *Store) TrashNotice(ctx context.Context, id string) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		var sent int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM notice_letters WHERE notice_id = ?", id).Scan(&sent); err != nil {
			return err
		}
		if sent > 0 {
			return ErrAlreadySent
		}
		res, err := tx.ExecContext(ctx, "UPDATE notices SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at = ''", s.stamp(), s.stamp(), id)
		if err != nil {
			return err
		}
		if k, _ := res.RowsAffected(); k == 0 {
			return ErrNotFound
		}
		return nil
	})
}
