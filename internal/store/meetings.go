package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"

	"github.com/carnet-app/carnet/internal/journal"
)

const meetingColumns = `id, date, start_time, mode, adviser, place, questions, documents, notes, agreed,
	next_date, created_at, updated_at, deleted_at`

type agreedJSON struct {
	Text  string `json:"text"`
	Date  string `json:"date"`
	ActID string `json:"act_id"`
}

func scanMeeting(row interface{ Scan(...any) error }) (journal.Meeting, error) {
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

func meetingValues(m journal.Meeting) []any {
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
	agreed, _ := json.Marshal(acts)
	return []any{m.ID, formatDate(m.Date), m.StartTime, string(m.Mode), m.Adviser, m.Place, list(m.Questions),
		list(m.Documents), m.Notes, string(agreed), formatDate(m.NextDate), formatStamp(m.CreatedAt),
		formatStamp(m.UpdatedAt), formatStamp(m.DeletedAt)}
}

// SaveMeeting validates and stores a meeting; every agreed action with a
// date and no act yet becomes a planned act in the journal (theme P06), in
// the same transaction. It returns the stored meeting or a
// *journal.ValidationError / database error with nothing written.
func (s *Store) SaveMeeting(ctx context.Context, m journal.Meeting) (journal.Meeting, error) {
	if err := m.Validate(); err != nil {
		return m, err
	}
	now := s.stamp()
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if m.ID == "" {
			m.ID = journal.NewID()
		}
		for i, a := range m.Agreed {
			if a.Date.IsZero() || a.ActID != "" {
				continue
			}
			act := journal.Act{ID: journal.NewID(), Date: a.Date, Theme: "P06", Code: "-", Label: a.Text,
				Organisation: "France Travail", Notes: "Action convenue lors de l’entretien du " + journal.FormatLongDate(m.Date) + ".",
				CreatedAt: parseStamp(now), UpdatedAt: parseStamp(now)}
			if err := insertAct(ctx, tx, act); err != nil {
				return err
			}
			m.Agreed[i].ActID = act.ID
		}
		var created string
		err := tx.QueryRowContext(ctx, "SELECT created_at FROM meetings WHERE id = ?", m.ID).Scan(&created)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			m.CreatedAt = parseStamp(now)
		case err != nil:
			return err
		default:
			m.CreatedAt = parseStamp(created)
		}
		m.UpdatedAt = parseStamp(now)
		return upsertMeeting(ctx, tx, m)
	})
	if err != nil {
		return m, err
	}
	return s.Meeting(ctx, m.ID)
}

func upsertMeeting(ctx context.Context, tx *sql.Tx, m journal.Meeting) error {
	_, err := tx.ExecContext(ctx, "INSERT INTO meetings ("+meetingColumns+`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)
		ON CONFLICT(id) DO UPDATE SET date=excluded.date, start_time=excluded.start_time, mode=excluded.mode,
		adviser=excluded.adviser, place=excluded.place, questions=excluded.questions, documents=excluded.documents,
		notes=excluded.notes, agreed=excluded.agreed, next_date=excluded.next_date, created_at=excluded.created_at,
		updated_at=excluded.updated_at, deleted_at=excluded.deleted_at`, meetingValues(m)...)
	return err
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
	rows, err := s.db.QueryContext(ctx, "SELECT "+meetingColumns+" FROM meetings "+tail)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []journal.Meeting
	for rows.Next() {
		m, err := scanMeeting(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
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
	return !exists, upsertMeeting(ctx, tx, m)
}
