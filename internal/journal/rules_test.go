package journal

import (
	"reflect"
	"testing"
	"time"
)

func TestStatusChangeOnSave(t *testing.T) {
	now := time.Date(2026, 11, 25, 16, 30, 0, 0, time.UTC)
	act := Act{Date: d(2026, 11, 20), Status: StatusSent}
	tests := []struct {
		name    string
		prev    Status
		existed bool
		edit    func(*Act)
		want    time.Time
		changed bool
	}{
		{"a new application is dated on the act's day", StatusNone, false, nil, d(2026, 11, 20), true},
		{"a changed status is dated today", StatusSent, true, func(a *Act) { a.Status = StatusInterview }, d(2026, 11, 25), true},
		{"the day it changed wins for a new act", StatusNone, false, func(a *Act) { a.StatusSince = d(2026, 11, 22) }, d(2026, 11, 22), true},
		{"the day it changed wins for a stored act", StatusSent, true, func(a *Act) { a.Status, a.StatusSince = StatusRejected, d(2026, 11, 23) }, d(2026, 11, 23), true},
		{"an unchanged status adds nothing", StatusSent, true, nil, time.Time{}, false},
		{"a new act without status adds nothing", StatusNone, false, func(a *Act) { a.Status = StatusNone }, time.Time{}, false},
		{"clearing the status is recorded too", StatusSent, true, func(a *Act) { a.Status = StatusNone }, d(2026, 11, 25), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := act
			if tt.edit != nil {
				tt.edit(&a)
			}
			c, ok := StatusChangeOnSave(tt.prev, tt.existed, a, now)
			if ok != tt.changed {
				t.Fatalf("changed = %v, want %v", ok, tt.changed)
			}
			if !ok {
				return
			}
			if !c.Date.Equal(tt.want) || c.Status != a.Status || c.ID == "" || !c.CreatedAt.Equal(now) {
				t.Errorf("change %+v, want status %q dated %v, created at %v, with an ID", c, a.Status, tt.want, now)
			}
		})
	}
}

func TestPlanAgreedActions(t *testing.T) {
	now := time.Date(2026, 12, 3, 11, 0, 0, 0, time.UTC)
	meeting := Meeting{ID: "m1", Date: d(2026, 12, 3), Agreed: []AgreedAction{
		{Text: "Envoyer trois candidatures", Date: d(2026, 12, 10)},
		{Text: "Mettre le CV à jour"},
		{Text: "Atelier CV", Date: d(2026, 12, 12), ActID: "already"},
	}}
	tests := []struct {
		name    string
		agreed  []AgreedAction
		planned []int // indexes of the agreed actions that become acts
	}{
		{"a dated action without act becomes a planned act", meeting.Agreed[:1], []int{0}},
		{"an action without date stays a note", meeting.Agreed[1:2], nil},
		{"an action already planned is not planned twice", meeting.Agreed[2:], nil},
		{"only the dated, unplanned ones among several", meeting.Agreed, []int{0}},
		{"no agreed action, no act", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := meeting
			m.Agreed = append([]AgreedAction(nil), tt.agreed...)
			before := append([]AgreedAction(nil), m.Agreed...)
			got, acts := PlanAgreedActions(m, now)
			if !reflect.DeepEqual(m.Agreed, before) {
				t.Fatalf("the meeting passed in was changed: %+v", m.Agreed)
			}
			if len(acts) != len(tt.planned) {
				t.Fatalf("%d acts, want %d", len(acts), len(tt.planned))
			}
			for k, i := range tt.planned {
				a, ag := acts[k], tt.agreed[i]
				want := Act{ID: a.ID, Date: ag.Date, Theme: "P06", Code: "-", Label: ag.Text,
					Organisation: "France Travail", Notes: "Action convenue lors de l’entretien du 3 décembre 2026.",
					CreatedAt: now, UpdatedAt: now}
				if a.ID == "" || !reflect.DeepEqual(a, want) {
					t.Errorf("act %+v, want %+v", a, want)
				}
				if err := a.Validate(); err != nil {
					t.Errorf("planned act is invalid: %v", err)
				}
				if got.Agreed[i].ActID != a.ID {
					t.Errorf("agreed action %d links %q, want %q", i, got.Agreed[i].ActID, a.ID)
				}
			}
			for i, ag := range got.Agreed {
				if !contains(tt.planned, i) && ag != tt.agreed[i] {
					t.Errorf("agreed action %d changed: %+v", i, ag)
				}
			}
		})
	}
}

func contains(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
