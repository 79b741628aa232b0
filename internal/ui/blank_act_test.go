package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestABlankOrImpossibleActIsNotSavedByOneKey: Ctrl+N then Enter saves
// nothing; an application needs its organisation; a sent application
// cannot be dated tomorrow.
func TestABlankOrImpossibleActIsNotSavedByOneKey(t *testing.T) {
	u, _ := newTestUI(t)
	kb := keyboard{u.win.Canvas()}
	kb.ctrl(fyne.KeyN)
	kb.key(fyne.KeyReturn)
	f := u.journal.form
	if f == nil || !f.errors["type"].Visible() {
		t.Fatal("Ctrl+N then Enter saved an act no one chose")
	}
	fillAct(f, "")
	test.Tap(f.save)
	if u.journal.form == nil || !f.errors["organisation"].Visible() {
		t.Fatal("an application without organisation was saved")
	}
	if f.status.Selected != u.lbl.status("sent") {
		t.Fatalf("choosing « Candidature » did not mark it sent: %q", f.status.Selected)
	}
	test.Type(f.organisation, "Keolis Lyon")
	f.date.SetText("")
	test.Type(f.date, "27/11/2026") // tomorrow
	test.Tap(f.save)
	if u.journal.form == nil || !f.errors["date"].Visible() || f.errors["organisation"].Visible() {
		t.Fatalf("a sent application dated tomorrow: date error %q", f.errors["date"].Text)
	}
	f.status.SetSelectedIndex(0) // planned: no status yet
	test.Tap(f.save)
	if u.journal.form != nil {
		t.Fatal("a planned act for tomorrow, without status, was refused")
	}
}
