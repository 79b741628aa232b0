package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/carnet-app/carnet/internal/rights"
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

// « Retour » from step 2 then « Suivant » keeps the kind of the draft: a
// rectification stays a rectification.
func TestGoingBackInTheWizardKeepsTheKind(t *testing.T) {
	for _, kind := range firstKinds {
		u, st := newTestUI(t)
		saveTestProfile(t, st)
		u.changed(changedAll)
		u.rights.openDraft(rights.Request{Kind: kind, Mode: rights.ModeRegistered})
		w := u.rights.wizard
		test.Tap(findButton(t, w.content, u.tr.T("rights.back")))
		if w.step != 1 {
			t.Fatalf("%s: « Retour » led to step %d", kind, w.step)
		}
		test.Tap(w.chooseNext)
		if w.req.Kind != kind {
			t.Errorf("« Retour » then « Suivant » turned a %s draft into %s", kind, w.req.Kind)
		}
	}
}
