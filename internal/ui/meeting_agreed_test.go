package ui

import (
	"context"
	"fmt"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/carnet-app/carnet/internal/journal"
)

// Every agreed action stored is shown and kept, each with the act it was
// planned as, even when its text is corrected; « Ajouter une action »
// adds one more.
func TestTheMeetingFormKeepsEveryAgreedActionAndItsAct(t *testing.T) {
	u, st := newTestUI(t)
	ctx := context.Background()
	day := journal.Day(testToday)
	m := journal.Meeting{Date: day.AddDate(0, 0, -2), Mode: journal.MeetingAgency, Adviser: "Mme Durand"}
	for i := range 5 {
		m.Agreed = append(m.Agreed, journal.AgreedAction{Text: fmt.Sprintf("Action %d", i+1), Date: day.AddDate(0, 0, i+1)})
	}
	saved, err := st.SaveMeeting(ctx, m) // the five dated actions become planned acts
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range saved.Agreed {
		if a.ActID == "" {
			t.Fatalf("action %q was not planned as an act", a.Text)
		}
	}
	f := newMeetingForm(u, &saved, func(*journal.Meeting) {})
	if len(f.agreed) != 5 {
		t.Fatalf("the form shows %d agreed actions of 5", len(f.agreed))
	}
	f.agreed[1].text.SetText("Action 2, corrigée")
	test.Tap(f.addAgreed)
	test.Type(f.agreed[5].text, "Action 6")
	f.onSaveTapped()
	got, err := st.Meeting(ctx, saved.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Agreed) != 6 {
		t.Fatalf("%d agreed actions stored, want 6: %+v", len(got.Agreed), got.Agreed)
	}
	for i := range 5 {
		if got.Agreed[i].ActID != saved.Agreed[i].ActID {
			t.Errorf("action %d: act %q, want %q", i+1, got.Agreed[i].ActID, saved.Agreed[i].ActID)
		}
	}
	if got.Agreed[1].Text != "Action 2, corrigée" {
		t.Errorf("the corrected action reads %q", got.Agreed[1].Text)
	}
	acts, err := st.FullActs(ctx, day, day.AddDate(0, 0, 10))
	if err != nil || len(acts) != 5 {
		t.Errorf("%d planned acts after the save (%v), want the 5 planned before and none again", len(acts), err)
	}
}
