package exchange

import (
	"encoding/json"
	"io"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

// WriteJSON writes the bundle as an indented Carnet JSON file. The same
// bundle always gives the same bytes. It returns the writer's error.
func WriteJSON(w io.Writer, b Bundle) error {
	sortBundle(&b)
	f := fileJSON{Format: FormatName, Version: FormatVersion, Acts: []actJSON{}, Mails: []mailJSON{}, Requests: []requestJSON{}, Meetings: []meetingJSON{}}
	if b.Profile != nil {
		p := b.Profile
		f.Profile = &profileJSON{Name: p.Name, Address: p.Address, FranceTravailID: p.FranceTravailID,
			Agency: p.Agency, Adviser: p.Adviser, Departement: p.Departement,
			TargetMinutes: p.TargetMinutes, Language: p.Language, TextScale: p.TextScale, BackupDir: p.BackupDir, Theme: p.Theme,
			ContractDate: date(p.ContractDate), BirthDate: date(p.BirthDate), Email: p.Email}
	}
	for _, a := range b.Acts {
		f.Acts = append(f.Acts, actToJSON(a))
	}
	for _, m := range b.Mails {
		f.Mails = append(f.Mails, mailJSON{ID: m.ID, Direction: string(m.Direction), Date: date(m.Date),
			Channel: string(m.Channel), Kind: string(m.Kind), Subject: m.Subject, Notes: m.Notes,
			ReplyBy: date(m.ReplyBy), ReplyMailID: m.ReplyMailID, PeriodFrom: date(m.PeriodFrom),
			PeriodTo: date(m.PeriodTo), CreatedAt: stamp(m.CreatedAt),
			UpdatedAt: stamp(m.UpdatedAt), DeletedAt: stamp(m.DeletedAt),
			Attachments: attachmentsToJSON(m.Attachments)})
	}
	for _, r := range b.Requests {
		f.Requests = append(f.Requests, requestToJSON(r))
	}
	for _, m := range b.Meetings {
		f.Meetings = append(f.Meetings, meetingToJSON(m))
	}
	f.AnswerFiles = answerFilesToJSON(b.AnswerFiles)
	f.Facts = factsToJSON(b.Facts)
	f.Notices = noticesToJSON(b.Notices)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(f)
}

func actToJSON(a journal.Act) actJSON {
	out := actJSON{ID: a.ID, Date: date(a.Date), StartTime: a.StartTime, Minutes: a.Minutes,
		Theme: a.Theme, Code: a.Code, Label: a.Label, Organisation: a.Organisation,
		Contact: contactJSON{Name: a.Contact.Name, Role: a.Contact.Role, Email: a.Contact.Email, Phone: a.Contact.Phone},
		Channel: string(a.Channel), OfferRef: a.OfferRef, Notes: a.Notes, Private: a.Private,
		Status: string(a.Status), History: []statusJSON{}, NextAction: a.NextAction,
		NextActionOn: date(a.NextActionOn), CreatedAt: stamp(a.CreatedAt), UpdatedAt: stamp(a.UpdatedAt),
		DeletedAt: stamp(a.DeletedAt), Attachments: attachmentsToJSON(a.Attachments)}
	for _, h := range a.History {
		out.History = append(out.History, statusJSON{ID: h.ID, Status: string(h.Status),
			Date: date(h.Date), CreatedAt: stamp(h.CreatedAt)})
	}
	return out
}

func attachmentsToJSON(list []journal.Attachment) []attachmentJSON {
	out := []attachmentJSON{}
	for _, a := range list {
		data := a.Data
		if data == nil {
			data = []byte{}
		}
		out = append(out, attachmentJSON{ID: a.ID, Name: a.Name, MimeType: a.MimeType, Size: a.Size,
			SHA256: a.SHA256, CreatedAt: stamp(a.CreatedAt), Data: data})
	}
	return out
}

func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(journal.DateLayout)
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(journal.TimestampLayout)
}
