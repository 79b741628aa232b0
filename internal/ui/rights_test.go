package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
	"github.com/carnet-app/carnet/internal/store"
)

func saveTestProfile(t *testing.T, st *store.Store) {
	t.Helper()
	p := journal.DefaultProfile()
	p.Name, p.Address, p.FranceTravailID, p.Departement = "Camille Martin", "12 rue des Lilas\n69003 Lyon", "1234567A", "69"
	if err := st.SaveProfile(context.Background(), p); err != nil {
		t.Fatal(err)
	}
}

// homeLines returns the text of Accueil's dates: the overdue block, then
// « À venir ».
func homeLines(u *UI) string {
	var lines []string
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			lines = append(lines, w.Text)
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		}
	}
	if u.home.overdue.Visible() {
		walk(u.home.overdue)
	}
	walk(u.home.upcoming)
	return strings.Join(lines, "\n")
}

func TestAccessWizardEndToEndThenAReminderNamingOnlyWhatIsMissing(t *testing.T) {
	u, st := newTestUI(t)
	saveTestProfile(t, st)
	u.changed(changedAll)
	u.Show(ScreenRights)
	test.Tap(u.rights.newButton)
	w := u.rights.wizard
	if w == nil || w.step != 1 || w.chosenKind() != rights.KindAccess {
		t.Fatal("the wizard did not open on step 1 with « accès » chosen")
	}
	test.Tap(w.chooseNext)
	if w.step != 2 || !strings.Contains(w.recipient.Text, "Délégué à la protection des données") {
		t.Fatalf("step 2 recipient %q", w.recipient.Text)
	}
	test.Tap(w.fillNext)
	if w.step != 3 || w.preview == nil {
		t.Fatalf("no preview: %q", w.missing.Text)
	}
	for _, want := range []string{"Objet\u00a0: Demande d’accès", "Camille Martin", "Fait à Lyon, le 26 novembre 2026", "perte de confiance"} {
		if !strings.Contains(w.preview.Text, want) {
			t.Errorf("preview lacks %q", want)
		}
	}
	if data := w.letter.PDF; !strings.HasPrefix(string(data), "%PDF-") {
		t.Fatalf("the letter has no PDF: %.20q", data)
	}
	w.sentOn.SetText("")
	test.Type(w.sentOn, "10/11/2026")
	test.Type(w.registered, "1A 234 567 8901 2")
	test.Tap(w.sendButton)
	d := u.rights.detail
	if d == nil {
		t.Fatal("marking sent did not open the tracking page")
	}
	if d.req.Snapshot == nil || !strings.Contains(d.req.Snapshot.Text, "Demande d’accès") {
		t.Fatal("the letter as sent was not kept")
	}
	// A receipt before the sending says so, with the sending date.
	test.Type(d.received, "08/11/2026")
	test.Tap(d.saveButton)
	if e := d.errors["received_on"]; !e.Visible() || e.Text != "La réception ne peut pas précéder l’envoi (10/11/2026)." {
		t.Fatalf("receipt before sending: %q", e.Text)
	}
	d.received.SetText("")
	test.Type(d.received, "12/11/2026")
	if d.errors["received_on"].Visible() {
		t.Fatal("the receipt error stayed after the date was fixed")
	}
	test.Tap(d.saveButton)
	d = u.rights.detail
	if !strings.Contains(d.clocks.Text, "14 décembre 2026") || !strings.Contains(d.clocks.Text, "samedi") {
		t.Fatalf("clocks %q", d.clocks.Text)
	}
	home := homeLines(u)
	if !strings.Contains(home, "14/12/2026 — Réponse due par France Travail") || !strings.Contains(home, "12 novembre 2026") {
		t.Fatalf("Accueil does not show the due date with its rule:\n%s", home)
	}

	test.Type(d.answered, "25/11/2026")
	for _, key := range []string{"copy", "a", "b", "c", "d", "e", "f", "g"} {
		d.checks[key].SetChecked(true)
	}
	test.Tap(d.saveButton)
	d = u.rights.detail
	if got := d.req.StatusOn(testToday, "69", false); got != rights.StatusIncomplete {
		t.Fatalf("status %s, want incomplete", got)
	}
	test.Tap(d.reminderButton)
	w = u.rights.wizard
	if w == nil || w.req.Kind != rights.KindReminder {
		t.Fatal("no reminder wizard")
	}
	test.Tap(w.fillNext)
	text := strings.ReplaceAll(w.preview.Text, "\u00a0", " ")
	for _, want := range []string{"Il y manque", "les scores, indicateurs", "point h", "R311-3-1-2, 1°", "4°", "1A 234 567 8901 2", "25 novembre 2026"} {
		if !strings.Contains(text, want) {
			t.Errorf("reminder lacks %q", want)
		}
	}
	for _, absent := range []string{"les finalités des traitements", "la copie de l’ensemble", "les destinataires des données"} {
		if strings.Contains(text, absent) {
			t.Errorf("reminder names %q, which the answer contained", absent)
		}
	}
}

func TestAWizardWithMissingProfileSaysWhatIsMissing(t *testing.T) {
	u, _ := newTestUI(t)
	u.Show(ScreenRights)
	test.Tap(u.rights.newButton)
	w := u.rights.wizard
	test.Tap(w.chooseNext)
	test.Tap(w.fillNext)
	if w.preview != nil || !strings.Contains(w.missing.Text, "votre nom et prénom") || !strings.Contains(w.missing.Text, "identifiant France Travail") {
		t.Fatalf("missing text %q", w.missing.Text)
	}
}

// TestRequestScreenPhrasesTheCase checks that the tracking page states the
// case decided by rights.CaseOf and offers only the follow-ups that have
// grounds: after a refusal, no reminder; a late extension is called late.
func TestRequestScreenPhrasesTheCase(t *testing.T) {
	u, st := newTestUI(t)
	saveTestProfile(t, st)
	ctx := context.Background()
	r := rights.Request{Kind: rights.KindAccess, Recipient: rights.AddressDPO, Mode: rights.ModeRegistered,
		SentOn: day(t, "2026-09-01"), ReceivedOn: day(t, "2026-09-03"), ExtensionOn: day(t, "2026-10-15")}
	saved, err := st.SaveRequest(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	u.changed(changedAll)
	u.Show(ScreenRights)
	u.rights.openDetail(saved.ID)
	d := u.rights.detail
	for _, want := range []string{"Aucune réponse : le délai de réponse a expiré le 5 octobre 2026.",
		"Prolongation annoncée le 15 octobre 2026, trop tard", "saisir la CADA au plus tard le 3 décembre 2026"} {
		if !strings.Contains(strings.ReplaceAll(d.summary.Text, "\u00a0", " "), want) {
			t.Errorf("summary lacks %q:\n%s", want, d.summary.Text)
		}
	}
	if !visibleIn(d.content, d.reminderButton) || !visibleIn(d.content, d.cadaButton) {
		t.Error("no reminder or CADA button for an unanswered request")
	}
	if !visibleIn(d.next, d.reminderButton) {
		t.Error("what to do next is not at the top of the late request")
	}
	test.Type(d.refused, "20/10/2026")
	test.Tap(d.saveButton)
	d = u.rights.detail
	if !strings.Contains(d.summary.Text, "refusé par écrit le 20 octobre 2026") {
		t.Errorf("summary after a refusal: %s", d.summary.Text)
	}
	if visibleIn(d.content, d.reminderButton) || !visibleIn(d.content, d.cnilButton) {
		t.Error("after a refusal the reminder must go and the CNIL complaint stay")
	}
	test.Tap(d.cnilButton)
	w := u.rights.wizard
	test.Tap(w.fillNext)
	if w.preview == nil || !strings.Contains(w.preview.Text, "France Travail a refusé par écrit") || strings.Contains(w.preview.Text, "aucune réponse") {
		t.Fatalf("CNIL preview after a refusal: %v", w.missing.Text)
	}
}

// TestWizardWarnsThatAnExplanationIsNotTheAppeal checks the notice for a
// sanction and the profile fields listed for an electronic answer.
func TestWizardWarnsThatAnExplanationIsNotTheAppeal(t *testing.T) {
	u, st := newTestUI(t)
	saveTestProfile(t, st)
	u.changed(changedAll)
	u.Show(ScreenRights)
	test.Tap(u.rights.newButton)
	w := u.rights.wizard
	w.kinds.SetSelected(u.lbl.requestKind(rights.KindExplanation))
	test.Tap(w.chooseNext)
	if w.contestable.Visible() {
		t.Error("the appeal notice shows before a nature is chosen")
	}
	w.nature.SetSelected(u.lbl.decisionNature("sanction"))
	if !w.contestable.Visible() || !strings.Contains(w.contestable.Text, "médiateur") {
		t.Error("no appeal notice for a sanction")
	}
	w.nature.SetSelected(u.lbl.decisionNature("accompaniment"))
	if w.contestable.Visible() {
		t.Error("the appeal notice shows for a change of accompaniment")
	}
	if !strings.Contains(w.profileNeeds.Text, "✗ Date de naissance") || !strings.Contains(w.profileNeeds.Text, "✓ Nom et prénom") {
		t.Errorf("profile needs: %q", w.profileNeeds.Text)
	}
}

func day(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// visibleIn reports whether target is in the tree under root and shown.
func visibleIn(root, target fyne.CanvasObject) bool {
	if root == target {
		return target.Visible()
	}
	if !root.Visible() {
		return false
	}
	var children []fyne.CanvasObject
	switch o := root.(type) {
	case *fyne.Container:
		children = o.Objects
	case fyne.Widget:
		children = test.WidgetRenderer(o).Objects()
	}
	for _, c := range children {
		if visibleIn(c, target) {
			return true
		}
	}
	return false
}
