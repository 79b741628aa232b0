package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestEmptyScreensSayWhatTheyAreForAndOfferTheFirstAction.
func TestEmptyScreensSayWhatTheyAreForAndOfferTheFirstAction(t *testing.T) {
	u, _ := newTestUI(t)
	screens := []struct {
		name  string
		empty *emptyState
		want  string
	}{
		{"Journal", u.journal.empty, "Notez ici chaque démarche"},
		{"Courriers", u.mail.empty, "ce que France Travail vous envoie"},
		{"Rendez-vous", u.meetings.empty, "prochain entretien"},
		{"Mes droits", u.rights.empty, "vos données, vos scores"},
	}
	for _, s := range screens {
		if !s.empty.content.Visible() || !strings.Contains(s.empty.message.Text, s.want) || !s.empty.action.Visible() {
			t.Errorf("%s on an empty record: visible=%v %q", s.name, s.empty.content.Visible(), s.empty.message.Text)
		}
	}
	test.Tap(u.journal.empty.action)
	if u.journal.form == nil {
		t.Fatal("the empty Journal's button did not open the form")
	}
	fillAct(u.journal.form, "Boulangerie Dupont")
	test.Tap(u.journal.form.save)
	if u.journal.empty.content.Visible() {
		t.Error("the empty state stayed over a journal with an act")
	}
	test.Type(u.journal.search, "zzz")
	if !u.journal.empty.content.Visible() || u.journal.empty.action.Visible() || !strings.Contains(u.journal.empty.message.Text, "Aucune démarche ne correspond") {
		t.Errorf("a search without match: %q", u.journal.empty.message.Text)
	}
}
