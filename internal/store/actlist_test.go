package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

// listFixture stores 250 acts over twelve days with four start times (so
// many share their day and time), in several themes and statuses, some
// with attachments or a next action, and trashes ten of them.
func listFixture(t *testing.T) *Store {
	t.Helper()
	s := openTemp(t)
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(3, 5))
	orgs := []string{"Boulangerie Dupont", "Société Générale", "Crédit Mutuel", "Hôtel du Parc", "Sophrologie Solène"}
	kinds := [][2]string{{"P03", "Q14"}, {"P03", "Q15"}, {"P04", "Q18"}, {"P01", "Q02"}, {"P07", "Q39"}}
	created := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
	var acts []journal.Act
	for i := range 250 {
		k := kinds[rng.IntN(len(kinds))]
		a := journal.Act{ID: journal.NewID(), Date: day("2026-11-01").AddDate(0, 0, rng.IntN(12)),
			StartTime: []string{"", "09:00", "09:00", "14:30"}[rng.IntN(4)], Minutes: 15 * (1 + rng.IntN(8)),
			Theme: k[0], Code: k[1], Organisation: orgs[rng.IntN(len(orgs))],
			Label: fmt.Sprintf("Démarche %d", i), CreatedAt: created, UpdatedAt: created}
		if rng.IntN(7) == 0 {
			a.Notes = "Relance comptable rare"
		}
		if k[0] == "P03" {
			a.Status = journal.StatusSent
			a.History = []journal.StatusChange{{ID: journal.NewID(), Status: a.Status, Date: a.Date, CreatedAt: created}}
		}
		if rng.IntN(5) == 0 {
			a.NextAction, a.NextActionOn = "Relancer", a.Date.AddDate(0, 0, 3+rng.IntN(10))
		}
		if rng.IntN(6) == 0 {
			att, err := journal.NewAttachment("preuve.txt", "text/plain", []byte(a.Label), created)
			if err != nil {
				t.Fatal(err)
			}
			a.Attachments = []journal.Attachment{att}
		}
		acts = append(acts, a)
	}
	if _, err := s.Import(ctx, nil, acts, nil, nil, nil); err != nil {
		t.Fatal(err)
	}
	for _, a := range acts[:10] {
		if err := s.TrashAct(ctx, a.ID); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// listFilters are filters of every kind: none, search (whole words,
// prefixes, frequent, rare, none found), theme, status, period, together.
var listFilters = []journal.ActFilter{
	{},
	{Query: "dupont"},
	{Query: "so"},
	{Query: "SOCIÉTÉ gén"},
	{Query: "comptable"},
	{Query: "introuvable"},
	{Theme: "P03"},
	{Theme: "P07"},
	{Status: journal.StatusSent},
	{From: day("2026-11-04"), To: day("2026-11-06")},
	{Theme: "P03", Query: "so"},
	{Theme: "P04", Query: "rare", From: day("2026-11-03")},
}

// pageAll reads every page of f, size acts at a time.
func pageAll(t *testing.T, s *Store, f journal.ActFilter, size int) []journal.Act {
	t.Helper()
	var out []journal.Act
	var after *journal.Act
	for range 1000 {
		page, err := s.ActsPage(context.Background(), f, after, size)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) > size {
			t.Fatalf("page of %d acts, asked for %d", len(page), size)
		}
		out = append(out, page...)
		if len(page) < size {
			return out
		}
		last := page[len(page)-1]
		after = &last
	}
	t.Fatal("paging never ended")
	return nil
}

func TestActsPagePagesThroughListActs(t *testing.T) {
	s := listFixture(t)
	ctx := context.Background()
	all, err := s.ListActs(ctx, journal.ActFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 240 {
		t.Fatalf("%d acts listed, want the 240 not in the trash", len(all))
	}
	ties := 0
	for i := 1; i < len(all); i++ {
		p, a := all[i-1], all[i]
		if !before(p, a) {
			t.Fatalf("acts %d and %d out of order: %+v then %+v", i-1, i, p, a)
		}
		if p.Date.Equal(a.Date) && p.StartTime == a.StartTime {
			ties++
		}
	}
	if ties < 100 {
		t.Fatalf("only %d acts share their day and time with the previous one: the fixture tests no ties", ties)
	}
	for _, window := range []int{pageWindow, 50} {
		for _, f := range listFilters {
			t.Run(fmt.Sprintf("window %d, %s", window, filterName(f)), func(t *testing.T) {
				defer func(w int) { pageWindow = w }(pageWindow)
				pageWindow = window
				want, err := s.ListActs(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				for _, size := range []int{50, 7} {
					got := pageAll(t, s, f, size)
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("pages of %d gave %d acts %v, ListActs %d acts %v", size, len(got), ids(got), len(want), ids(want))
					}
				}
			})
		}
	}
}

// filterName names a filter by its fields that are set.
func filterName(f journal.ActFilter) string {
	var parts []string
	if !f.From.IsZero() || !f.To.IsZero() {
		parts = append(parts, formatDate(f.From)+".."+formatDate(f.To))
	}
	for _, p := range []string{f.Theme, string(f.Status), f.Query} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return "no filter"
	}
	return strings.Join(parts, " ")
}

// before reports whether a comes before b in the order of every list.
func before(a, b journal.Act) bool {
	ka := []string{formatDate(a.Date), a.StartTime, a.ID}
	kb := []string{formatDate(b.Date), b.StartTime, b.ID}
	return slices.Compare(ka, kb) > 0
}

func ids(acts []journal.Act) []string {
	var out []string
	for _, a := range acts {
		out = append(out, a.ID[:6])
	}
	return out
}

func TestListActsFiltersAsAsked(t *testing.T) {
	s := listFixture(t)
	ctx := context.Background()
	all, _ := s.ListActs(ctx, journal.ActFilter{})
	for _, f := range listFilters {
		var want []journal.Act
		for _, a := range all {
			if matches(a, f) {
				want = append(want, a)
			}
		}
		got, err := s.ListActs(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %d acts, want %d", filterName(f), len(got), len(want))
		}
		if f != (journal.ActFilter{}) && len(want) == len(all) {
			t.Errorf("%s keeps every act: the fixture does not test it", filterName(f))
		}
	}
	withFiles := 0
	for _, a := range all {
		withFiles += len(a.AttachmentIDs)
	}
	if withFiles == 0 {
		t.Error("no attachment IDs listed")
	}
}

// matches applies f the way the Journal means it: every word typed begins
// a word of the organisation, label, contact or notes.
func matches(a journal.Act, f journal.ActFilter) bool {
	if !f.From.IsZero() && a.Date.Before(f.From) || !f.To.IsZero() && a.Date.After(f.To) ||
		f.Theme != "" && a.Theme != f.Theme || f.Status != "" && a.Status != f.Status {
		return false
	}
	words := strings.Fields(journal.FoldText(strings.Join([]string{a.Organisation, a.Label,
		a.Contact.Name, a.Contact.Role, a.Contact.Email, a.Notes}, " ")))
	for _, q := range strings.Fields(journal.FoldText(f.Query)) {
		if !slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(w, q) }) {
			return false
		}
	}
	return true
}

func TestActsPageFollowsOnAfterItsLastActChanged(t *testing.T) {
	s := listFixture(t)
	ctx := context.Background()
	first, err := s.ActsPage(ctx, journal.ActFilter{}, nil, 50)
	if err != nil {
		t.Fatal(err)
	}
	last := first[len(first)-1]
	if err := s.TrashAct(ctx, last.ID); err != nil {
		t.Fatal(err)
	}
	moved := first[len(first)-2]
	moved.Date = day("2026-10-01")
	if _, err := s.SaveAct(ctx, moved, nil, nil); err != nil {
		t.Fatal(err)
	}
	all, _ := s.ListActs(ctx, journal.ActFilter{})
	var want []journal.Act
	for _, a := range all {
		if before(last, a) {
			want = append(want, a)
		}
	}
	got, err := s.ActsPage(ctx, journal.ActFilter{}, &last, 50)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want[:50]) {
		t.Fatalf("next page %v, want %v", ids(got), ids(want[:50]))
	}
	if !slices.ContainsFunc(want, func(a journal.Act) bool { return a.ID == moved.ID }) {
		t.Fatal("the act moved back in time is not in the rest of the list")
	}
}

func TestActsPageRefusesAnEmptyPage(t *testing.T) {
	s := openTemp(t)
	for _, limit := range []int{0, -1} {
		if _, err := s.ActsPage(context.Background(), journal.ActFilter{}, nil, limit); err == nil {
			t.Errorf("limit %d accepted", limit)
		}
	}
}

func TestActTotalsCountAndSumTheFilteredActs(t *testing.T) {
	s := listFixture(t)
	ctx := context.Background()
	for _, f := range listFilters {
		list, _ := s.ListActs(ctx, f)
		want := journal.Totals{Acts: len(list)}
		for _, a := range list {
			want.Minutes += a.Minutes
		}
		got, err := s.ActTotals(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("%s: totals %+v, want %+v", filterName(f), got, want)
		}
	}
}

func TestDayTotalsGroupTheActsOfTheDaysAsked(t *testing.T) {
	s := listFixture(t)
	ctx := context.Background()
	tests := []struct {
		name     string
		from, to time.Time
	}{
		{"a period, both days included", day("2026-11-03"), day("2026-11-07")},
		{"one day", day("2026-11-05"), day("2026-11-05")},
		{"open bounds", time.Time{}, time.Time{}},
		{"a period without acts", day("2026-12-01"), day("2026-12-31")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			list, _ := s.ListActs(ctx, journal.ActFilter{From: tt.from, To: tt.to})
			byDay := map[time.Time]journal.DayTotal{}
			for _, a := range list {
				d := byDay[a.Date]
				d.Date, d.Acts, d.Minutes = a.Date, d.Acts+1, d.Minutes+a.Minutes
				byDay[a.Date] = d
			}
			var want []journal.DayTotal
			for _, d := range byDay {
				want = append(want, d)
			}
			slices.SortFunc(want, func(a, b journal.DayTotal) int { return a.Date.Compare(b.Date) })
			got, err := s.DayTotals(ctx, tt.from, tt.to)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("day totals %+v, want %+v", got, want)
			}
			today := day("2026-11-12")
			if w, g := journal.WeeklyTotals(list, today, 3), journal.WeeklyFromDays(got, today, 3); !reflect.DeepEqual(g, w) {
				t.Errorf("weeks from days %+v, from acts %+v", g, w)
			}
		})
	}
}

func TestNextActionsGiveTheUpcomingDatesOfAllActs(t *testing.T) {
	s := listFixture(t)
	ctx := context.Background()
	all, _ := s.ListActs(ctx, journal.ActFilter{})
	for _, today := range []time.Time{day("2026-11-08"), day("2026-11-15"), day("2026-12-31")} {
		from := today.AddDate(0, 0, -3)
		got, err := s.NextActions(ctx, from)
		if err != nil {
			t.Fatal(err)
		}
		var want []journal.Act
		for _, a := range all {
			if a.NextAction != "" && !a.NextActionOn.Before(from) {
				// Only what UpcomingDates reads comes back.
				want = append(want, journal.Act{ID: a.ID, Date: a.Date, Organisation: a.Organisation,
					NextAction: a.NextAction, NextActionOn: a.NextActionOn})
			}
		}
		slices.SortStableFunc(want, func(a, b journal.Act) int { return a.NextActionOn.Compare(b.NextActionOn) })
		if !reflect.DeepEqual(got, want) {
			t.Errorf("from %v: %v, want %v", from, ids(got), ids(want))
		}
		if today.Year() == 2026 && today.Month() == 11 && len(want) == 0 {
			t.Errorf("from %v: no next action in the fixture", from)
		}
		if g, w := journal.UpcomingDates(got, nil, today, 3), journal.UpcomingDates(all, nil, today, 3); !reflect.DeepEqual(g, w) {
			t.Errorf("from %v: upcoming dates %+v, want %+v", from, g, w)
		}
	}
}
