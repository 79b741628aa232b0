package journal

import (
	"errors"
	"testing"
)

func TestAnActEnteredIsAChosenDemarcheAndAnApplicationIsDoneAndNamed(t *testing.T) {
	today := d(2026, 11, 26)
	ok := Act{Date: today, Minutes: 60, Theme: "P03", Code: "Q14", Status: StatusSent, Organisation: "Keolis"}
	tests := []struct {
		name string
		edit func(*Act)
		want map[string]string // field → problem; nil: accepted
	}{
		{"an application today", func(*Act) {}, nil},
		{"no démarche chosen", func(a *Act) { a.Code = "" }, map[string]string{"type": ProblemRequired}},
		{"an application without organisation", func(a *Act) { a.Organisation = "  " }, map[string]string{"organisation": ProblemRequired}},
		{"a sent application dated tomorrow", func(a *Act) { a.Date = today.AddDate(0, 0, 1) }, map[string]string{"date": ProblemDoneInFuture}},
		{"a workshop planned next week, no status", func(a *Act) {
			a.Date, a.Status, a.Theme, a.Code, a.Organisation = today.AddDate(0, 0, 7), StatusNone, "P06", "-", ""
		}, nil},
	}
	for _, tt := range tests {
		a := ok
		tt.edit(&a)
		err := a.ValidateEntry(today)
		var v *ValidationError
		switch {
		case tt.want == nil && err != nil:
			t.Errorf("%s: refused: %v", tt.name, err)
		case tt.want != nil && !errors.As(err, &v):
			t.Errorf("%s: accepted", tt.name)
		case tt.want != nil:
			for field, code := range tt.want {
				if v.Fields[field] != code {
					t.Errorf("%s: %s is %q, want %q (%v)", tt.name, field, v.Fields[field], code, v.Fields)
				}
			}
		}
	}
}
