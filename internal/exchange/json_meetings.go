package exchange

import "github.com/carnet-app/carnet/internal/journal"

func meetingToJSON(m journal.Meeting) meetingJSON {
	out := meetingJSON{ID: m.ID, Date: date(m.Date), StartTime: m.StartTime, Mode: string(m.Mode), Adviser: m.Adviser,
		Place: m.Place, Questions: append([]string{}, m.Questions...), Documents: append([]string{}, m.Documents...),
		Notes: m.Notes, Agreed: []agreedActionJSON{}, NextDate: date(m.NextDate), CreatedAt: stamp(m.CreatedAt),
		UpdatedAt: stamp(m.UpdatedAt), DeletedAt: stamp(m.DeletedAt)}
	for _, a := range m.Agreed {
		out.Agreed = append(out.Agreed, agreedActionJSON{Text: a.Text, Date: date(a.Date), ActID: a.ActID})
	}
	return out
}

func (r *jsonReader) readMeeting(line int) error {
	var in meetingJSON
	if err := r.decode(&in); err != nil {
		return err
	}
	f := fields{line: line}
	m := journal.Meeting{ID: in.ID, Date: f.date("date", in.Date, true), StartTime: in.StartTime,
		Mode: journal.MeetingMode(in.Mode), Adviser: in.Adviser, Place: in.Place, Questions: in.Questions,
		Documents: in.Documents, Notes: in.Notes, NextDate: f.date("next_date", in.NextDate, false),
		CreatedAt: f.stamp("created_at", in.CreatedAt, true), UpdatedAt: f.stamp("updated_at", in.UpdatedAt, true),
		DeletedAt: f.stamp("deleted_at", in.DeletedAt, false)}
	for _, a := range in.Agreed {
		m.Agreed = append(m.Agreed, journal.AgreedAction{Text: a.Text, Date: f.date("agreed.date", a.Date, false), ActID: a.ActID})
	}
	if err := r.finish(line, in.ID, f, m, meetingValues(m)); err != nil {
		return err
	}
	return r.each(Item{Line: line, Meeting: &m})
}
