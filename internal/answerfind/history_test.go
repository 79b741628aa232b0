package answerfind

import (
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestHistoriesOrderValuesAndShowChanges(t *testing.T) {
	facts := []ConfirmedFact{
		{ID: "3", RequestID: "r2", Fact: Fact{Name: "Modalité", Value: "Renforcé", ValidOn: day("2026-10-01")}, ConfirmedAt: day("2026-10-20")},
		{ID: "1", RequestID: "r1", Fact: Fact{Name: "Modalité", Value: "Guidé", ValidOn: day("2026-03-12")}, ConfirmedAt: day("2026-04-02")},
		{ID: "2", RequestID: "r1", Fact: Fact{Name: "Score", Value: "0,42"}, ConfirmedAt: day("2026-04-02")},
		{ID: "4", RequestID: "r2", Fact: Fact{Name: "Score", Value: "0,42"}, ConfirmedAt: day("2026-10-20")},
	}
	hs := Histories(facts)
	if len(hs) != 2 || hs[0].Name != "Modalité" || hs[1].Name != "Score" {
		t.Fatalf("histories %+v", hs)
	}
	ch := hs[0].Changes()
	if len(ch) != 1 || ch[0].Before.Value != "Guidé" || ch[0].After.Value != "Renforcé" {
		t.Errorf("changes of the modality: %+v", ch)
	}
	if ch := hs[1].Changes(); len(ch) != 0 {
		t.Errorf("the same score confirmed twice is no change: %+v", ch)
	}
}

func TestConfirmedFactValidate(t *testing.T) {
	ok := ConfirmedFact{ID: "f", RequestID: "r", Fact: Fact{Name: "Score", Value: "0,42"}, ConfirmedAt: day("2026-04-02")}
	if err := ok.Validate(); err != nil {
		t.Fatalf("a complete fact is refused: %v", err)
	}
	for name, c := range map[string]struct {
		edit  func(*ConfirmedFact)
		field string
	}{
		"no value":        {func(f *ConfirmedFact) { f.Value = "" }, "value"},
		"no request":      {func(f *ConfirmedFact) { f.RequestID = "" }, "request_id"},
		"NUL in the name": {func(f *ConfirmedFact) { f.Name = "a\x00" }, "name"},
		"negative page":   {func(f *ConfirmedFact) { f.Page = -1 }, "page"},
	} {
		f := ok
		c.edit(&f)
		err, isV := f.Validate().(*journal.ValidationError)
		if !isV || err.Fields[c.field] == "" {
			t.Errorf("%s: got %v, want a problem with %s", name, f.Validate(), c.field)
		}
	}
}
