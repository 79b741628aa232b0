package store

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/demo"
	"github.com/carnet-app/carnet/internal/exchange"
	"github.com/carnet-app/carnet/internal/journal"
)

// exportAll returns the whole record as a Carnet JSON file.
func exportAll(t *testing.T, s *Store) []byte {
	t.Helper()
	ctx := context.Background()
	var b exchange.Bundle
	var err error
	if b.Acts, err = s.FullActs(ctx, time.Time{}, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if b.Mails, err = s.FullMails(ctx, time.Time{}, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if b.Requests, err = s.FullRequests(ctx); err != nil {
		t.Fatal(err)
	}
	if b.Meetings, err = s.FullMeetings(ctx); err != nil {
		t.Fatal(err)
	}
	p, err := s.Profile(ctx)
	if err != nil {
		t.Fatal(err)
	}
	b.Profile = &p
	var buf bytes.Buffer
	if err := exchange.WriteJSON(&buf, b); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// mutations change an incoming bundle the way a hand-edited or merged file
// can; stored is the record already in the database. Some leave a valid
// file, most do not.
var mutations = []struct {
	name string
	do   func(r *rand.Rand, in *exchange.Bundle, stored demo.Record)
}{
	{"none", func(*rand.Rand, *exchange.Bundle, demo.Record) {}},
	{"history ID of a stored act", func(r *rand.Rand, in *exchange.Bundle, st demo.Record) {
		a := &in.Acts[r.IntN(len(in.Acts))]
		if len(a.History) > 0 {
			a.History[0].ID = st.Acts[r.IntN(len(st.Acts))].History[0].ID
		}
	}},
	{"history ID twice in the file", func(r *rand.Rand, in *exchange.Bundle, _ demo.Record) {
		a, b := &in.Acts[0], &in.Acts[1+r.IntN(len(in.Acts)-1)]
		if len(a.History) > 0 && len(b.History) > 0 {
			b.History[len(b.History)-1].ID = a.History[0].ID
		}
	}},
	{"proof ID of a stored act", func(r *rand.Rand, in *exchange.Bundle, st demo.Record) {
		for _, s := range st.Acts {
			if len(s.Attachments) == 0 {
				continue
			}
			for i := range in.Acts {
				if len(in.Acts[i].Attachments) > 0 {
					in.Acts[i].Attachments[0].ID = s.Attachments[0].ID
					return
				}
			}
		}
	}},
	{"reply to a missing mail", func(r *rand.Rand, in *exchange.Bundle, _ demo.Record) {
		in.Mails[r.IntN(len(in.Mails))].ReplyMailID = journal.NewID()
	}},
	{"reply to a stored mail", func(r *rand.Rand, in *exchange.Bundle, st demo.Record) {
		m := &in.Mails[r.IntN(len(in.Mails))]
		m.ReplyMailID = st.Mails[r.IntN(len(st.Mails))].ID
	}},
	{"sent act without history", func(r *rand.Rand, in *exchange.Bundle, _ demo.Record) {
		a := &in.Acts[r.IntN(len(in.Acts))]
		a.Status, a.History = journal.StatusSent, nil
	}},
	{"status not the last of the history", func(r *rand.Rand, in *exchange.Bundle, _ demo.Record) {
		a := &in.Acts[r.IntN(len(in.Acts))]
		a.Status = journal.StatusHired
	}},
	{"stored act again, older, with a later entry", func(r *rand.Rand, in *exchange.Bundle, st demo.Record) {
		a := st.Acts[r.IntN(len(st.Acts))]
		if len(a.History) == 0 {
			return
		}
		last := a.History[len(a.History)-1]
		a.History = append(append([]journal.StatusChange(nil), a.History...), journal.StatusChange{ID: journal.NewID(),
			Status: journal.StatusAbandoned, Date: last.Date.AddDate(0, 0, 1), CreatedAt: last.CreatedAt.Add(time.Hour)})
		in.Acts = append(in.Acts, a)
	}},
	{"stored act again, updated later", func(r *rand.Rand, in *exchange.Bundle, st demo.Record) {
		a := st.Acts[r.IntN(len(st.Acts))]
		a.UpdatedAt = a.UpdatedAt.Add(time.Hour)
		a.Notes = "modifié"
		in.Acts = append(in.Acts, a)
	}},
	{"a proof ID twice", func(r *rand.Rand, in *exchange.Bundle, _ demo.Record) {
		var seen []*journal.Attachment
		for i := range in.Acts {
			for j := range in.Acts[i].Attachments {
				seen = append(seen, &in.Acts[i].Attachments[j])
			}
		}
		if len(seen) > 1 {
			seen[len(seen)-1].ID = seen[0].ID
		}
	}},
	{"a NUL in a name", func(r *rand.Rand, in *exchange.Bundle, _ demo.Record) {
		in.Acts[r.IntN(len(in.Acts))].Organisation += "\x00"
	}},
	{"an overlong e-mail", func(r *rand.Rand, in *exchange.Bundle, _ demo.Record) {
		in.Acts[r.IntN(len(in.Acts))].Contact.Email = "a@" + strings.Repeat("b", 400)
	}},
}

// TestImportSucceedsOnlyWithARecordCheckAccepts is the property of issue
// 9, defect 1: random valid and mutated files are imported over a random
// record; when the import succeeds check finds nothing, when it fails the
// record exports the same bytes as before.
func TestImportSucceedsOnlyWithARecordCheckAccepts(t *testing.T) {
	ctx := context.Background()
	today := time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)
	ok, refused := 0, 0
	for seed := uint64(1); seed <= uint64(2*len(mutations)); seed++ {
		mut := mutations[int(seed)%len(mutations)]
		t.Run(fmt.Sprintf("%d %s", seed, mut.name), func(t *testing.T) {
			r := rand.New(rand.NewPCG(seed, 7))
			s := openTemp(t)
			stored := demo.Generate(24, seed, today)
			if _, err := s.Import(ctx, &stored.Profile, stored.Acts, stored.Mails, stored.Requests, stored.Meetings); err != nil {
				t.Fatal(err)
			}
			checkOK(t, s)
			in := demo.Generate(24, seed+1000, today)
			b := exchange.Bundle{Acts: in.Acts, Mails: in.Mails, Meetings: in.Meetings}
			mut.do(r, &b, stored)
			var file bytes.Buffer
			if err := exchange.WriteJSON(&file, b); err != nil {
				t.Fatal(err)
			}
			before := exportAll(t, s)
			_, err := s.ImportEach(ctx, func(put func(ImportItem) error) error {
				return exchange.DecodeJSON(&file, func(it exchange.Item) error { return put(ImportItem(it)) })
			})
			t.Logf("import: %v", err)
			if err != nil {
				refused++
				if after := exportAll(t, s); !bytes.Equal(before, after) {
					t.Fatalf("refused import (%v) changed the record", err)
				}
				if !strings.Contains(err.Error(), "line ") {
					t.Fatalf("refusal without a line: %v", err)
				}
				return
			}
			ok++
			checkOK(t, s)
		})
	}
	t.Logf("%d imports succeeded, %d were refused", ok, refused)
	if ok == 0 || refused == 0 {
		t.Fatalf("%d imports succeeded, %d were refused: the property was not exercised both ways", ok, refused)
	}
}
