package store

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// clockAt sets the store's clock to the given UTC time.
func clockAt(s *Store, t time.Time) { s.SetClock(func() time.Time { return t }) }

func TestSavingATrashedRecordKeepsItsCreationAndItsTrash(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	created := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	edited := time.Date(2026, 11, 22, 18, 30, 0, 0, time.UTC)
	tests := []struct {
		name  string
		save  func() (id string, err error) // saves a new record
		edit  func(id string) error         // saves it again, edited, with zero timestamps
		trash func(id string) error         // moves it to the trash
		read  func(id string) (c, u, d time.Time, err error)
	}{
		{"act", func() (string, error) {
			a, err := s.SaveAct(ctx, sampleAct("Acme"), nil, nil)
			return a.ID, err
		}, func(id string) error {
			a := sampleAct("Acme renamed")
			a.ID = id
			_, err := s.SaveAct(ctx, a, nil, nil)
			return err
		}, func(id string) error { return s.TrashAct(ctx, id) }, func(id string) (time.Time, time.Time, time.Time, error) {
			a, err := s.Act(ctx, id)
			return a.CreatedAt, a.UpdatedAt, a.DeletedAt, err
		}},
		{"mail", func() (string, error) {
			m, err := s.SaveMail(ctx, sampleMail("Convocation"), nil, nil)
			return m.ID, err
		}, func(id string) error {
			m := sampleMail("Convocation du 3 décembre")
			m.ID = id
			_, err := s.SaveMail(ctx, m, nil, nil)
			return err
		}, func(id string) error { return s.TrashMail(ctx, id) }, func(id string) (time.Time, time.Time, time.Time, error) {
			m, err := s.Mail(ctx, id)
			return m.CreatedAt, m.UpdatedAt, m.DeletedAt, err
		}},
		{"meeting", func() (string, error) {
			m, err := s.SaveMeeting(ctx, journal.Meeting{Date: day("2026-12-03"), Adviser: "M. Durand"})
			return m.ID, err
		}, func(id string) error {
			_, err := s.SaveMeeting(ctx, journal.Meeting{ID: id, Date: day("2026-12-04"), Adviser: "M. Durand"})
			return err
		}, func(id string) error { return s.TrashMeeting(ctx, id) }, func(id string) (time.Time, time.Time, time.Time, error) {
			m, err := s.Meeting(ctx, id)
			return m.CreatedAt, m.UpdatedAt, m.DeletedAt, err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clockAt(s, created)
			id, err := tt.save()
			if err != nil {
				t.Fatal(err)
			}
			if err := tt.trash(id); err != nil {
				t.Fatal(err)
			}
			clockAt(s, edited)
			if err := tt.edit(id); err != nil {
				t.Fatal(err)
			}
			c, u, d, err := tt.read(id)
			if err != nil {
				t.Fatal(err)
			}
			if !c.Equal(created) || !u.Equal(edited) || !d.Equal(created) {
				t.Errorf("created %v updated %v deleted %v; want created %v, updated %v, still in the trash since %v",
					c, u, d, created, edited, created)
			}
		})
	}
}

func sampleMail(subject string) journal.Mail {
	return journal.Mail{Direction: journal.DirectionReceived, Date: day("2026-11-20"),
		Channel: journal.MailPost, Kind: journal.KindConvocation, Subject: subject}
}

func TestSaveRequestKeepsItsCreation(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	created := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	clockAt(s, created)
	r, err := s.SaveRequest(ctx, rights.Request{Kind: rights.KindAccess})
	if err != nil {
		t.Fatal(err)
	}
	clockAt(s, created.Add(48*time.Hour))
	r.CreatedAt, r.RegisteredNumber = time.Time{}, "1A 234 567 8901 2"
	r, err = s.SaveRequest(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	if !r.CreatedAt.Equal(created) || !r.UpdatedAt.Equal(created.Add(48*time.Hour)) || r.RegisteredNumber == "" {
		t.Errorf("request after update: %+v", r)
	}
}

func TestSearchFollowsEditsAndTheTrash(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	found := func(q string) bool {
		list, err := s.ListActs(ctx, journal.ActFilter{Query: q})
		if err != nil {
			t.Fatal(err)
		}
		return len(list) == 1
	}
	a, err := s.SaveAct(ctx, sampleAct("Boulangerie Dupont"), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	a.Organisation = "Pâtisserie Martin"
	if a, err = s.SaveAct(ctx, a, nil, nil); err != nil {
		t.Fatal(err)
	}
	if found("dupont") || !found("patisserie") || !found("pa") {
		t.Fatalf("after renaming: dupont %v, patisserie %v", found("dupont"), found("patisserie"))
	}
	if err := s.TrashAct(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if found("patisserie") {
		t.Fatal("a trashed act is found")
	}
	if err := s.RestoreAct(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if !found("martin") {
		t.Fatal("a restored act is not found")
	}
	if problems, err := s.Check(ctx); err != nil || len(problems) != 0 {
		t.Fatalf("check: %v %v", problems, err)
	}
}

func TestSaveMeetingPlansItsDatedActionsOnce(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	m := journal.Meeting{Date: day("2026-12-03"), Adviser: "M. Durand", Agreed: []journal.AgreedAction{
		{Text: "Envoyer trois candidatures", Date: day("2026-12-10")},
		{Text: "Mettre le CV à jour"},
	}}
	saved, err := s.SaveMeeting(ctx, m)
	if err != nil {
		t.Fatal(err)
	}
	if m.Agreed[0].ActID != "" {
		t.Fatal("the meeting passed in was changed")
	}
	id := saved.Agreed[0].ActID
	if id == "" || saved.Agreed[1].ActID != "" {
		t.Fatalf("agreed actions after saving: %+v", saved.Agreed)
	}
	a, err := s.Act(ctx, id)
	if err != nil || a.Theme != "P06" || a.Label != "Envoyer trois candidatures" || !a.Date.Equal(day("2026-12-10")) ||
		!strings.Contains(a.Notes, "3 décembre 2026") {
		t.Fatalf("planned act %+v, %v", a, err)
	}
	if _, err := s.SaveMeeting(ctx, saved); err != nil {
		t.Fatal(err)
	}
	if list, _ := s.ListActs(ctx, journal.ActFilter{Theme: "P06"}); len(list) != 1 {
		t.Fatalf("%d planned acts after saving twice, want 1", len(list))
	}
}

// TestEveryColumnIsWrittenAndRead checks that each table's field list names
// every column of the table once (but seq, the row number), in the order
// its scan reads them, so that a new column cannot be forgotten or shift
// the others.
func TestEveryColumnIsWrittenAndRead(t *testing.T) {
	s := openTemp(t)
	req, err := requestFields(rights.Request{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		table  string
		fields []field
		read   string   // the columns its scan reads, "" when none
		unused []string // columns the record does not write
	}{
		{"acts", actFields(journal.Act{}), actColumns, nil},
		{"mails", mailFields(journal.Mail{}), mailColumns, nil},
		{"meetings", meetingFields(journal.Meeting{}), meetingColumns, nil},
		{"requests", req, requestColumns, []string{"deleted_at"}}, // set by TrashRequest only
		{"profile", profileFields(journal.Profile{}, "", ""), "", nil},
		{"act_status_history", statusChangeFields("", journal.StatusChange{}), "", nil},
		{"attachments", attachmentFields("act_id", "", journal.Attachment{}), "", []string{"mail_id"}},
		{"letter_snapshots", snapshotFields("", rights.Snapshot{}), "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.table, func(t *testing.T) {
			var written []string
			for _, f := range tt.fields {
				written = append(written, f.col)
			}
			cols, err := queryAll(context.Background(), s, scanString, "SELECT name FROM pragma_table_info(?) WHERE name <> 'seq'", tt.table)
			if err != nil {
				t.Fatal(err)
			}
			want := slices.DeleteFunc(cols, func(c string) bool { return slices.Contains(tt.unused, c) })
			if a, b := slices.Sorted(slices.Values(written)), slices.Sorted(slices.Values(want)); !reflect.DeepEqual(a, b) {
				t.Errorf("written %v, table has %v", a, b)
			}
			if tt.read != "" {
				read := strings.Fields(strings.ReplaceAll(tt.read, ",", " "))
				if !reflect.DeepEqual(read, written) {
					t.Errorf("scan reads %v, fields are %v", read, written)
				}
			}
		})
	}
}

func TestCheckFindsActKeysThatDifferFromTheActs(t *testing.T) {
	s := listFixture(t)
	ctx := context.Background()
	if problems, err := s.Check(ctx); err != nil || len(problems) != 0 {
		t.Fatalf("check of the fixture: %v %v", problems, err)
	}
	if _, err := s.db.Exec("UPDATE act_keys SET minutes = minutes + 1 WHERE seq = (SELECT max(seq) FROM act_keys)"); err != nil {
		t.Fatal(err)
	}
	problems, err := s.Check(ctx)
	if err != nil || len(problems) != 1 || !strings.Contains(problems[0], "act_keys") {
		t.Fatalf("check after changing act_keys: %v %v", problems, err)
	}
}
