package ui

import (
	"strings"
	"testing"

	"github.com/carnet-app/carnet/internal/journal"
)

// TestANoticesTimeLimitIsOnTopOfAccueil: the last day to answer a
// control or sanction notice goes in the red block at the top of Accueil
// however far it is, with its next action; other dates to come stay under
// « À venir ».
func TestANoticesTimeLimitIsOnTopOfAccueil(t *testing.T) {
	u, _ := newTestUI(t)
	today := journal.Day(testToday)
	u.home.fillDue([]journal.DueItem{
		{Date: today.AddDate(0, 0, 2), Kind: journal.DueNextAction, Title: "Relancer Acme", OwnerID: "a1"},
		{Date: today.AddDate(0, 0, 6), Kind: journal.DueNotice, Title: "Avertissement (AV-1)", OwnerID: "n1"},
	})
	top := strings.Join(panelTexts(u.home.overdue), "\n")
	coming := strings.Join(panelTexts(u.home.upcoming), "\n")
	if !u.home.overdue.Visible() || !strings.Contains(top, "1 courrier de France Travail à traiter d’abord") || !strings.Contains(top, "Avertissement (AV-1)") {
		t.Fatalf("the notice is not on top:\n%s", top)
	}
	if strings.Contains(top, "Relancer Acme") || !strings.Contains(coming, "Relancer Acme") || strings.Contains(coming, "AV-1") {
		t.Fatalf("top:\n%s\nà venir:\n%s", top, coming)
	}
	u.home.fillDue([]journal.DueItem{
		{Date: today.AddDate(0, 0, -3), Kind: journal.DueReply, Title: "Questionnaire", OwnerID: "m1"},
		{Date: today.AddDate(0, 0, 6), Kind: journal.DueNotice, Title: "Avertissement (AV-1)", OwnerID: "n1"},
	})
	if top := strings.Join(panelTexts(u.home.overdue), "\n"); !strings.Contains(top, "À traiter d’abord\u00a0: 1 date en retard, 1 courrier de France Travail") {
		t.Fatalf("a late date and a notice:\n%s", top)
	}
}
