package ui

import (
	"context"
	"strings"
	"testing"

	"github.com/carnet-app/carnet/internal/journal"
)

// TestChoosingTheSameThemeKeepsTheDemarche.
func TestChoosingTheSameThemeKeepsTheDemarche(t *testing.T) {
	u, _ := newTestUI(t)
	u.newAct()
	f := u.journal.form
	fillAct(f, "Keolis Lyon")
	chosen := f.actType.Selected
	f.theme.SetSelected(f.theme.Selected) // the same theme again
	if f.actType.Selected != chosen || chosen == "" {
		t.Fatalf("the démarche went from %q to %q", chosen, f.actType.Selected)
	}
}

// TestAMailIsTitledAsAMailAndNoDashDangles.
func TestAMailIsTitledAsAMailAndNoDashDangles(t *testing.T) {
	u, st := newTestUI(t)
	ctx := context.Background()
	m, err := st.SaveMail(ctx, journal.Mail{Direction: journal.DirectionReceived, Date: journal.Day(testToday),
		Channel: journal.MailChannels()[0], Kind: journal.KindControl, Subject: "Convocation"}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.SaveAct(ctx, journal.Act{Date: journal.Day(testToday), Minutes: 30, Theme: "P06", Code: "-",
		Label: "Atelier CV", NextAction: "Apporter le CV", NextActionOn: journal.Day(testToday).AddDate(0, 0, 2)}, nil, nil); err != nil {
		t.Fatal(err)
	}
	u.changed(changedAll)
	for _, line := range strings.Split(homeLines(u), "\n") {
		if strings.HasSuffix(strings.TrimSpace(line), "—") {
			t.Errorf("a dangling dash on Accueil: %q", line)
		}
	}
	for _, l := range u.home.latest.Objects {
		if text := labelsIn(l); len(text) > 0 && strings.HasSuffix(strings.TrimSpace(text[0]), "—") {
			t.Errorf("a dangling dash in the latest acts: %q", text[0])
		}
	}
	u.Show(ScreenMail)
	u.mail.openForm(&m)
	if got := strings.Join(labelsIn(u.mail.form.content), " "); !strings.Contains(got, "Courrier saisi le") || strings.Contains(got, "Démarche saisie") {
		t.Errorf("the mail form is titled %q", got)
	}
}
