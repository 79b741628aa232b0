package ui

import (
	"context"
	"strings"
	"testing"

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

func homeLines(u *UI) string {
	var lines []string
	for _, o := range u.home.upcoming.Objects {
		if l, ok := o.(*widget.Label); ok {
			lines = append(lines, l.Text)
		}
	}
	return strings.Join(lines, "\n")
}

func TestAccessWizardEndToEndThenAReminderNamingOnlyWhatIsMissing(t *testing.T) {
	u, st := newTestUI(t)
	saveTestProfile(t, st)
	u.reload()
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
	if data, err := w.renderPDF(); err != nil || !strings.HasPrefix(string(data), "%PDF-") {
		t.Fatalf("PDF: %v", err)
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
	test.Type(d.received, "12/11/2026")
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
	text := w.preview.Text
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
