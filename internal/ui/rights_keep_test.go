package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

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

// A rectification shows every correction of its draft, not the first
// three, and keeps them all when saved; « Ajouter une correction » adds
// one more.
func TestARectificationKeepsEveryCorrection(t *testing.T) {
	u, st := newTestUI(t)
	saveTestProfile(t, st)
	u.changed(changedAll)
	r := rights.Request{Kind: rights.KindRectification, Mode: rights.ModeRegistered}
	for _, c := range []string{"adresse", "diplôme", "métier", "mobilité", "permis"} {
		r.Corrections = append(r.Corrections, rights.Correction{Recorded: c + " enregistré", Truth: c + " exact"})
	}
	u.rights.openDraft(r)
	w := u.rights.wizard
	if len(w.corrections) != 5 {
		t.Fatalf("the wizard shows %d corrections of 5", len(w.corrections))
	}
	test.Tap(findButton(t, w.content, u.tr.T("rights.add_correction")))
	test.Type(w.corrections[5][0], "situation familiale enregistrée")
	w.onSaveDraftTapped()
	list, err := st.ListRequests(context.Background())
	if err != nil || len(list) != 1 || len(list[0].Corrections) != 6 || list[0].Corrections[4] != r.Corrections[4] {
		t.Fatalf("saved: %+v %v", list, err)
	}
}

// A new request asks for an electronic copy when the profile gives an
// e-mail address; a new version of a sent request keeps the choice of
// the letter it copies.
func TestANewVersionKeepsTheElectronicCopyChoice(t *testing.T) {
	u, st := newTestUI(t)
	ctx := context.Background()
	p := journal.DefaultProfile()
	p.Name, p.Address, p.FranceTravailID, p.Departement, p.Email = "Camille Martin", "12 rue des Lilas\n69003 Lyon", "1234567A", "69", "camille@example.org"
	if err := st.SaveProfile(ctx, p); err != nil {
		t.Fatal(err)
	}
	sent, err := st.SaveRequest(ctx, rights.Request{Kind: rights.KindAccess, Mode: rights.ModeRegistered,
		RecipientKind: rights.RecipientDPO, Recipient: []string{"DPO", "Paris"}, SentOn: journal.Day(testToday)})
	if err != nil {
		t.Fatal(err)
	}
	u.changed(changedAll)
	u.Show(ScreenRights)
	u.rights.openDraft(rights.Request{Kind: rights.KindAccess})
	if w := u.rights.wizard; w.electronic == nil || !w.electronic.Checked {
		t.Error("a new request with an e-mail in the profile does not ask for an electronic copy")
	}
	u.rights.openDetail(sent.ID)
	u.rights.detail.onNewVersionTapped()
	if w := u.rights.wizard; w.electronic == nil || w.electronic.Checked {
		t.Error("the new version of a letter sent without an electronic copy asks for one")
	}
}

// Saving a sent request's detail keeps the checklist entries of items it
// does not show (no longer asked): what the user ticked stays ticked.
func TestSavingADetailKeepsChecklistEntriesNotShown(t *testing.T) {
	u, st := newTestUI(t)
	ctx := context.Background()
	saveTestProfile(t, st)
	items := rights.Request{Kind: rights.KindAccess}.Asked()
	if len(items) < 2 {
		t.Fatal("an access request asks fewer than two items")
	}
	shown, hidden := items[0].Key, items[1].Key
	sent, err := st.SaveRequest(ctx, rights.Request{Kind: rights.KindAccess, Mode: rights.ModeRegistered,
		RecipientKind: rights.RecipientDPO, Recipient: []string{"DPO", "Paris"}, SentOn: journal.Day(testToday),
		AskedKeys: []string{shown}, Checklist: map[string]bool{hidden: true}})
	if err != nil {
		t.Fatal(err)
	}
	u.changed(changedAll)
	u.Show(ScreenRights)
	u.rights.openDetail(sent.ID)
	d := u.rights.detail
	if _, ok := d.checks[hidden]; ok {
		t.Fatalf("%s is shown though it is not asked", hidden)
	}
	d.checks[shown].SetChecked(true)
	d.onSaveTapped()
	got, err := st.Request(ctx, sent.ID)
	if err != nil || !got.Checklist[hidden] || !got.Checklist[shown] {
		t.Errorf("checklist after saving: %v (%v), want %s and %s ticked", got.Checklist, err, shown, hidden)
	}
}
