package journal

import (
	"strings"
	"testing"
	"time"
)

func TestValidateCapsEveryStoredText(t *testing.T) {
	d := time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)
	act := func(edit func(*Act)) error {
		a := Act{ID: NewID(), Date: d, Minutes: 30, Theme: "P03", Code: "Q14", Organisation: "Acme"}
		edit(&a)
		return a.Validate()
	}
	mail := func(edit func(*Mail)) error {
		m := Mail{ID: NewID(), Date: d, Direction: DirectionReceived, Channel: MailPost, Kind: KindConvocation, Subject: "Convocation"}
		edit(&m)
		return m.Validate()
	}
	meeting := func(edit func(*Meeting)) error {
		m := Meeting{ID: NewID(), Date: d}
		edit(&m)
		return m.Validate()
	}
	profile := func(edit func(*Profile)) error {
		p := DefaultProfile()
		edit(&p)
		return p.Validate()
	}
	long := func(n int) string { return strings.Repeat("x", n) }
	tests := []struct {
		name, field, code string
		err               error
	}{
		{"refuses an act ID over 64 bytes", "id", ProblemTooLong, act(func(a *Act) { a.ID = long(MaxIDLen + 1) })},
		{"refuses a 10 MB contact e-mail", "contact_email", ProblemTooLong, act(func(a *Act) { a.Contact.Email = "a@" + long(10<<20) })},
		{"refuses a contact e-mail over 320 bytes", "contact_email", ProblemTooLong, act(func(a *Act) { a.Contact.Email = "a@" + long(319) })},
		{"refuses a long phone", "contact_phone", ProblemTooLong, act(func(a *Act) { a.Contact.Phone = long(MaxPhoneLen + 1) })},
		{"refuses a long organisation", "organisation", ProblemTooLong, act(func(a *Act) { a.Organisation = long(MaxNameLen + 1) })},
		{"refuses a long history ID", "history.id", ProblemTooLong, act(func(a *Act) { a.History = []StatusChange{{ID: long(65), Status: StatusSent}} })},
		{"refuses a long proof name", "attachments.name", ProblemTooLong, act(func(a *Act) { a.Attachments = []Attachment{{ID: "p", Name: long(256)}} })},
		{"refuses notes over 20,000 bytes", "notes", ProblemTooLong, act(func(a *Act) { a.Notes = long(20001) })},
		{"refuses a NUL in a label", "label", ProblemText, act(func(a *Act) { a.Label = "a\x00b" })},
		{"refuses invalid UTF-8 in a contact name", "contact_name", ProblemText, act(func(a *Act) { a.Contact.Name = "Ren\xe9" })},
		{"refuses a long mail ID", "id", ProblemTooLong, mail(func(m *Mail) { m.ID = long(65) })},
		{"refuses a long reply ID", "reply_mail", ProblemTooLong, mail(func(m *Mail) { m.ReplyMailID = long(65) })},
		{"refuses a NUL in mail notes", "notes", ProblemText, mail(func(m *Mail) { m.Notes = "\x00" })},
		{"refuses a long meeting place", "place", ProblemTooLong, meeting(func(m *Meeting) { m.Place = long(MaxNameLen + 1) })},
		{"refuses 101 questions", "list", ProblemTooLong, meeting(func(m *Meeting) { m.Questions = make([]string, 101) })},
		{"refuses a long profile name", "name", ProblemTooLong, profile(func(p *Profile) { p.Name = long(MaxLineLen + 1) })},
		{"refuses invalid UTF-8 in the address", "address", ProblemText, profile(func(p *Profile) { p.Address = "\xff" })},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, ok := tt.err.(*ValidationError)
			if !ok || v.Fields[tt.field] != tt.code {
				t.Fatalf("Validate: %v, want %s: %s", tt.err, tt.field, tt.code)
			}
		})
	}
	// At the cap exactly, the values are kept.
	if err := act(func(a *Act) {
		a.ID, a.Organisation, a.Notes, a.Contact.Email = long(MaxIDLen), long(MaxNameLen), long(20000), "a@"+long(318)
	}); err != nil {
		t.Fatalf("values at their cap refused: %v", err)
	}
}
