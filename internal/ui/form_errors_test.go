package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestAFormShowsEveryErrorAtOnceAndDropsEachOnceFixed: a wrong date, time
// and e-mail are all named on the first save, and each error goes as soon
// as its field is right, before saving again.
func TestAFormShowsEveryErrorAtOnceAndDropsEachOnceFixed(t *testing.T) {
	u, _ := newTestUI(t)
	u.newAct()
	f := u.journal.form
	fillAct(f, "Boulangerie Dupont")
	f.date.SetText("")
	test.Type(f.date, "31/02/2026")
	test.Type(f.startTime, "25:99")
	test.Type(f.contactEmail, "pas-une-adresse")
	test.Tap(f.save)
	if u.journal.form == nil {
		t.Fatal("a form with three wrong fields was saved")
	}
	for _, field := range []string{"date", "start_time", "contact_email"} {
		if !f.errors[field].Visible() {
			t.Errorf("the %s error is not shown on the first save", field)
		}
	}
	f.contactEmail.SetText("")
	test.Type(f.contactEmail, "camille@example.org")
	if f.errors["contact_email"].Visible() {
		t.Error("the e-mail error stayed after the address was fixed")
	}
	if !f.errors["date"].Visible() || !f.errors["start_time"].Visible() {
		t.Error("fixing the e-mail hid the other errors")
	}
	f.date.SetText("")
	test.Type(f.date, "24/11/2026")
	f.startTime.SetText("")
	test.Type(f.startTime, "09:30")
	if f.errors["date"].Visible() || f.errors["start_time"].Visible() {
		t.Error("the date or time error stayed after they were fixed")
	}
	test.Tap(f.save)
	if u.journal.form != nil {
		t.Fatal("the corrected act was not saved")
	}
}
