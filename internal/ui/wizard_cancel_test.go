package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestTheWizardCanBeCancelledAtEveryStep: each of the three steps offers
// « Annuler », which leaves without saving anything.
func TestTheWizardCanBeCancelledAtEveryStep(t *testing.T) {
	for step := 1; step <= 3; step++ {
		u, st := newTestUI(t)
		saveTestProfile(t, st)
		u.changed(changedAll)
		u.Show(ScreenRights)
		test.Tap(u.rights.newButton)
		w := u.rights.wizard
		if step > 1 {
			test.Tap(w.chooseNext)
		}
		if step > 2 {
			test.Tap(w.fillNext)
		}
		if w.step != step || len(w.cancels) == 0 {
			t.Fatalf("step %d: the wizard is at step %d with %d « Annuler » buttons", step, w.step, len(w.cancels))
		}
		test.Tap(w.cancels[len(w.cancels)-1])
		if u.rights.wizard != nil && u.rights.stack.formBox.Visible() {
			t.Fatalf("« Annuler » at step %d did not leave the wizard", step)
		}
		if len(u.rights.rows) != 0 {
			t.Fatalf("« Annuler » at step %d saved a request", step)
		}
	}
}
