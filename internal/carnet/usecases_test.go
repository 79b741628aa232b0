package carnet

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/carnet-app/carnet/i18n"
	"github.com/carnet-app/carnet/internal/demo"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
	"github.com/carnet-app/carnet/internal/store"
)

var today = time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)

// demoApp returns the application layer over a temp store holding n demo acts.
func demoApp(t *testing.T, n int) (*App, *store.Store) {
	t.Helper()
	s, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	rec := demo.Generate(n, 3, today)
	if _, err := s.Import(context.Background(), &rec.Profile, rec.Acts, rec.Mails, rec.Requests, rec.Meetings); err != nil {
		t.Fatal(err)
	}
	return New(s, func() time.Time { return today }), s
}

func TestJournalPagesAddUpToTheWholeList(t *testing.T) {
	a, s := demoApp(t, 450)
	ctx := context.Background()
	for _, f := range []journal.ActFilter{{}, {Theme: "P03"}, {Query: "boulangerie"}, {From: today.AddDate(0, -2, 0)}} {
		all, err := s.ListActs(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var got []journal.Act
		var totals journal.Totals
		var after *journal.Act
		for pages := 0; ; pages++ {
			p, err := a.JournalPage(ctx, f, after)
			if err != nil {
				t.Fatal(err)
			}
			if after == nil {
				totals = p.Totals
			}
			got = append(got, p.Acts...)
			if !p.More {
				break
			}
			if pages > 20 {
				t.Fatal("the pages never end")
			}
			after = &got[len(got)-1]
		}
		minutes := 0
		for _, x := range all {
			minutes += x.Minutes
		}
		if len(got) != len(all) || totals.Acts != len(all) || totals.Minutes != minutes {
			t.Fatalf("%+v: %d acts in pages, totals %+v; the list has %d acts, %d min", f, len(got), totals, len(all), minutes)
		}
		for i := range got {
			if got[i].ID != all[i].ID {
				t.Fatalf("%+v: act %d is %s in the pages and %s in the list", f, i, got[i].ID, all[i].ID)
			}
		}
	}
}

func TestHomeFiguresMatchTheActs(t *testing.T) {
	a, s := demoApp(t, 600)
	ctx := context.Background()
	h, err := a.Home(ctx, i18n.New("fr"))
	if err != nil {
		t.Fatal(err)
	}
	acts, err := s.ListActs(ctx, journal.ActFilter{})
	if err != nil {
		t.Fatal(err)
	}
	want := journal.WeeklyTotals(acts, today, HomeWeeks)
	if len(h.Weeks) != len(want) {
		t.Fatalf("%d weeks, want %d", len(h.Weeks), len(want))
	}
	for i := range want {
		if h.Weeks[i] != want[i] {
			t.Errorf("week %d: %+v, want %+v", i, h.Weeks[i], want[i])
		}
	}
	if h.ThisWeek() != want[len(want)-1] {
		t.Errorf("this week %+v", h.ThisWeek())
	}
	mails, _ := s.ListMails(ctx, journal.MailFilter{})
	wantDue := journal.UpcomingDates(acts, mails, journal.Day(today), HomeOverdueDays)
	kinds := map[journal.DueKind]int{}
	for _, it := range h.Upcoming {
		kinds[it.Kind]++
	}
	for _, it := range wantDue {
		kinds[it.Kind]--
	}
	if kinds[journal.DueNextAction] != 0 || kinds[journal.DueReply] != 0 {
		t.Errorf("next actions and replies differ from the whole list: %v", kinds)
	}
	if len(h.Latest) != HomeLatest || h.Latest[0].ID != acts[0].ID {
		t.Errorf("latest acts: %d, first %v", len(h.Latest), h.Latest)
	}
	for i := 1; i < len(h.Upcoming); i++ {
		if h.Upcoming[i].Date.Before(h.Upcoming[i-1].Date) {
			t.Fatalf("dates out of order at %d", i)
		}
	}
}

func TestTheBriefIsForTheNextMeetingAndStartsAtThePreviousOne(t *testing.T) {
	day := func(m, d int) time.Time { return time.Date(2026, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	list := []journal.Meeting{{ID: "c", Date: day(12, 3)}, {ID: "b", Date: day(11, 5)}, {ID: "a", Date: day(9, 20)}, {ID: "d", Date: day(12, 20)}}
	tests := []struct {
		name string
		m    journal.Meeting
		prev string
	}{
		{"saved meeting", list[0], "b"},
		{"a meeting typed in the form, not saved", journal.Meeting{Date: day(11, 30)}, "b"},
		{"the first one", list[2], ""},
		{"same day as another is not before it", journal.Meeting{ID: "x", Date: day(11, 5)}, "a"},
	}
	for _, tt := range tests {
		p, ok := PreviousMeeting(list, tt.m)
		if (tt.prev == "") == ok || ok && p.ID != tt.prev {
			t.Errorf("%s: previous %q (found %v), want %q", tt.name, p.ID, ok, tt.prev)
		}
	}
	if m, ok := NextMeeting(list, journal.Day(today)); !ok || m.ID != "c" {
		t.Errorf("next meeting %q", m.ID)
	}
}

func TestMeetingForPicksTheNextOrElseTheLatest(t *testing.T) {
	a, s := demoApp(t, 50)
	ctx := context.Background()
	meetings, err := s.ListMeetings(ctx)
	if err != nil || len(meetings) == 0 {
		t.Fatalf("demo meetings: %v %v", meetings, err)
	}
	m, err := a.MeetingFor(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if want, ok := NextMeeting(meetings, journal.Day(today)); ok && m.ID != want.ID {
		t.Errorf("picked %s, the next meeting is %s", m.Date, want.Date)
	}
	if _, err := a.MeetingFor(ctx, time.Date(1999, 1, 1, 0, 0, 0, 0, time.UTC)); !errors.Is(err, ErrNoMeeting) {
		t.Errorf("a day without meeting: %v", err)
	}
}

func TestAFailedWriteLeavesTheEarlierFileAndNoTemporaryFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "dossier.pdf")
	if err := os.WriteFile(path, []byte("earlier"), 0o600); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("cancelled halfway")
	err := WriteFileAtomic(path, func(w io.Writer) error {
		if _, err := w.Write([]byte("half a file")); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("error %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "earlier" {
		t.Fatalf("the earlier file became %q", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Fatalf("%d files left in the folder", len(entries))
	}
	if err := WriteFileAtomic(path, func(w io.Writer) error { _, err := w.Write([]byte("new")); return err }); err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(path)
	if b, _ := os.ReadFile(path); string(b) != "new" || info.Mode().Perm() != 0o600 {
		t.Fatalf("new file %q, mode %v", b, info.Mode())
	}
}

func TestEveryLetterHasAFrenchFileName(t *testing.T) {
	day := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	if got := LetterFileName(rights.KindAccess, day); got != "demande-acces-2026-11-28.pdf" {
		t.Errorf("access letter: %q", got)
	}
	seen := map[string]bool{}
	for _, k := range rights.Kinds() {
		name := LetterFileName(k, day)
		if strings.HasPrefix(name, "lettre-") || strings.HasPrefix(name, string(k)+"-") && string(k) != "relance" || seen[name] {
			t.Errorf("%s: file name %q is not its own French name", k, name)
		}
		seen[name] = true
	}
}
