package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"

	"github.com/carnet-app/carnet/internal/journal"
)

// meetingColumns are the columns scanMeeting reads, in its order.
const meetingColumns = `id, date, start_time, mode, adviser, place, questions, documents, notes, agreed,
	next_date, created_at, updated_at, deleted_at`

type agreedJSON struct {
	Text  string `json:"text"`
	Date  string `json:"date"`
	ActID string `json:"act_id"`
}

func scanMeeting(row scanner) (journal.Meeting, error) {
	var m journal.Meeting
	var date, mode, questions, documents, agreed, next, created, updated, deleted string
	err := row.Scan(&m.ID, &date, &m.StartTime, &mode, &m.Adviser, &m.Place, &questions, &documents,
		&m.Notes, &agreed, &next, &created, &updated, &deleted)
	if err != nil {
		return m, err
	}
	m.Date, m.NextDate, m.Mode = parseDate(date), parseDate(next), journal.MeetingMode(mode)
	m.CreatedAt, m.UpdatedAt, m.DeletedAt = parseStamp(created), parseStamp(updated), parseStamp(deleted)
	if err := json.Unmarshal([]byte(questions), &m.Questions); err != nil {
		return m, err
	}
	if err := json.Unmarshal([]byte(documents), &m.Documents); err != nil {
		return m, err
	}
	var acts []agreedJSON
	if err := json.Unmarshal([]byte(agreed), &acts); err != nil {
		return m, err
	}
	for _, a := range acts {
		m.Agreed = append(m.Agreed, journal.AgreedAction{Text: a.Text, Date: parseDate(a.Date), ActID: a.ActID})
	}
	return m, nil
}

// meetingFields lists the columns of a meetings row and their values for m.
func meetingFields(m journal.Meeting) []field {
	list := func(l []string) string {
		if l == nil {
			l = []string{}
		}
		b, _ := json.Marshal(l) // a []string always marshals
		return string(b)
	}
	acts := []agreedJSON{}
	for _, a := range m.Agreed {
		acts = append(acts, agreedJSON{Text: a.Text, Date: formatDate(a.Date), ActID: a.ActID})
	}
	agreed, _ := json.Marshal(acts) // strings only: always marshals
	return []field{
		{"id", m.ID}, {"date", formatDate(m.Date)}, {"start_time", m.StartTime}, {"mode", string(m.Mode)},
		{"adviser", m.Adviser}, {"place", m.Place}, {"questions", list(m.Questions)},
		{"documents", list(m.Documents)}, {"notes", m.Notes}, {"agreed", string(agreed)},
		{"next_date", formatDate(m.NextDate)}, {"created_at", formatStamp(m.CreatedAt)},
		{"updated_at", formatStamp(m.UpdatedAt)}, {"deleted_at", formatStamp(m.DeletedAt)},
	}
}

// SaveMeeting validates and stores a meeting; the agreed actions with a
// date and no act yet become planned acts in the journal
// (journal.PlanAgreedActions), in the same transaction. An update keeps the
// meeting's creation time and its place in or out of the trash. It returns
// the stored meeting or a *journal.ValidationError / database error with
// nothing written.
func (s *Store) SaveMeeting(ctx context.Context, m journal.Meeting) (journal.Meeting, error) {
	if err := m.Validate(); err != nil {
		return m, err
	}
	now := s.now()
	if m.ID == "" {
		m.ID = journal.NewID()
	}
	planned, acts := journal.PlanAgreedActions(m, now)
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		for _, a := range acts {
			if err := insertRow(ctx, tx, "acts", actFields(a)); err != nil {
				return err
			}
		}
		planned.CreatedAt, planned.UpdatedAt = now, now
		return upsertRow(ctx, tx, "meetings", meetingFields(planned), "created_at", "deleted_at")
	})
	if err != nil {
		return m, err
	}
	return s.Meeting(ctx, m.ID)
}

// Meeting returns one meeting. It returns ErrNotFound for an unknown ID.
func (s *Store) Meeting(ctx context.Context, id string) (journal.Meeting, error) {
	m, err := scanMeeting(s.db.QueryRowContext(ctx, "SELECT "+meetingColumns+" FROM meetings WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return m, ErrNotFound
	}
	return m, err
}

// ListMeetings returns the meetings not in the trash, newest first.
func (s *Store) ListMeetings(ctx context.Context) ([]journal.Meeting, error) {
	return s.meetings(ctx, "WHERE deleted_at = '' ORDER BY date DESC, seq DESC")
}

// FullMeetings returns every meeting, trashed ones included, by ID (exports).
func (s *Store) FullMeetings(ctx context.Context) ([]journal.Meeting, error) {
	return s.meetings(ctx, "ORDER BY id")
}

func (s *Store) meetings(ctx context.Context, tail string) ([]journal.Meeting, error) {
	return queryAll(ctx, s, scanMeeting, "SELECT "+meetingColumns+" FROM meetings "+tail)
}

// TrashMeeting moves a meeting to the trash. It returns ErrNotFound for an unknown ID.
func (s *Store) TrashMeeting(ctx context.Context, id string) error {
	return s.setDeleted(ctx, "meetings", id, s.stamp())
}

// RestoreMeeting takes a meeting out of the trash.
func (s *Store) RestoreMeeting(ctx context.Context, id string) error {
	return s.setDeleted(ctx, "meetings", id, "")
}

// importMeeting adds a meeting when its ID is new, or replaces it when the
// incoming one is newer. It reports whether it was added.
func importMeeting(ctx context.Context, tx *sql.Tx, m journal.Meeting) (bool, error) {
	updated, exists, err := existingUpdatedAt(ctx, tx, "meetings", m.ID)
	if err != nil || (exists && formatStamp(m.UpdatedAt) <= updated) {
		return false, err
	}
	return !exists, upsertRow(ctx, tx, "meetings", meetingFields(m))
}
