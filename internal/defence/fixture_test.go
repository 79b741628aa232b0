package defence

import (
	"time"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/report"
)

var today = day("2026-11-30")

func testProfile() journal.Profile {
	p := journal.DefaultProfile()
	p.Name = "Camille Martin"
	p.Address = "12 rue des Lilas\n69003 Lyon"
	p.FranceTravailID = "1234567A"
	p.Departement = "69"
	p.TargetMinutes = 7 * 60
	return p
}

func proof(name string) journal.Attachment {
	return journal.Attachment{Name: name, SHA256: "ab12cd34ef56"}
}

// fixtureActs are the journal of the tests: seven acts in September and
// October 2026 that a dossier of that period shows, and five it must not
// (before, after, deleted, personal, planned).
func fixtureActs() []journal.Act {
	return []journal.Act{
		{ID: "a0", Date: day("2026-08-31"), Minutes: 60, Theme: "P03", Code: "Q14", Label: "Candidature d'août", Status: journal.StatusSent},
		{ID: "a1", Date: day("2026-09-02"), Minutes: 60, Theme: "P03", Code: "Q14", Label: "Réponse à l'offre de vendeur", Organisation: "Boulangerie Martin",
			Status: journal.StatusSent, Attachments: []journal.Attachment{proof("candidature-boulangerie.pdf")}},
		{ID: "a2", Date: day("2026-09-03"), Minutes: 45, Theme: "P06", Code: "-", Label: "Rendez-vous conseillère"},
		{ID: "a3", Date: day("2026-09-10"), Minutes: 30, Theme: "P03", Code: "Q15", Label: "Candidature spontanée", Organisation: "Garage Dupont",
			Status: journal.StatusNoAnswer, Attachments: []journal.Attachment{proof("lettre.pdf"), proof("cv.pdf")}},
		{ID: "a4", Date: day("2026-09-15"), Minutes: 90, Theme: "P04", Code: "Q18", Label: "Entretien d'embauche", Organisation: "Hôtel du Parc"},
		{ID: "a5", Date: day("2026-09-20"), Minutes: 120, Theme: "P07", Code: "Q39", Label: "Rendez-vous médical"},
		{ID: "a6", Date: day("2026-10-05"), Minutes: 420, Theme: "P02", Code: "Q08", Label: "Formation caisse", Organisation: "GRETA"},
		{ID: "a7", Date: day("2026-10-06"), Minutes: 30, Theme: "P06", Code: "-", Label: "Point téléphonique"},
		{ID: "a8", Date: day("2026-10-21"), Minutes: 50, Theme: "P03", Code: "Q14", Label: "Réponse annulée", DeletedAt: day("2026-10-22")},
		{ID: "a9", Date: day("2026-10-30"), Minutes: 60, Theme: "P03", Code: "Q14", Label: "Réponse à l'offre de caissier", Organisation: "Supermarché Lyon 3",
			Status: journal.StatusInterview, Attachments: []journal.Attachment{proof("offre-caissier.pdf")}},
		{ID: "b1", Date: day("2026-11-02"), Minutes: 60, Theme: "P03", Code: "Q14", Label: "Candidature de novembre", Status: journal.StatusSent},
		{ID: "b2", Date: day("2026-12-10"), Minutes: 60, Theme: "P06", Code: "-", Label: "Rendez-vous prévu"},
	}
}

func dossier(from, to string) *report.Dossier {
	d := report.BuildDossier(report.DossierInput{Profile: testProfile(), Acts: fixtureActs(), From: day(from), To: day(to), Generated: today})
	return &d
}

// expectedTotals computes, from the fixture alone, what a dossier of the
// period must count: acts of the period, not deleted, not personal (P07
// or private), not after today.
func expectedTotals(from, to time.Time, target int) Totals {
	t := Totals{From: from, To: to, TargetMinutes: target, Days: int(to.Sub(from).Hours()/24) + 1}
	weeks := map[time.Time]int{}
	for _, a := range fixtureActs() {
		if a.Date.Before(from) || a.Date.After(to) || !a.DeletedAt.IsZero() || a.Date.After(today) {
			continue
		}
		if a.Theme == "P07" || a.Private {
			t.Excluded++
			continue
		}
		t.Acts++
		t.Minutes += a.Minutes
		t.Proofs += len(a.Attachments)
		if a.Status != "" {
			t.Applications++
		}
		if a.Theme == "P04" && (a.Code == "Q18" || a.Code == "Q19") {
			t.Interviews++
		}
		if a.Theme == "P06" {
			t.Meetings++
		}
		monday := a.Date.AddDate(0, 0, -((int(a.Date.Weekday()) + 6) % 7))
		weeks[monday] += a.Minutes
	}
	for _, m := range weeks {
		if m >= target {
			t.WeeksAtTarget++
		}
	}
	firstMonday := from.AddDate(0, 0, -((int(from.Weekday()) + 6) % 7))
	lastMonday := to.AddDate(0, 0, -((int(to.Weekday()) + 6) % 7))
	t.Weeks = int(lastMonday.Sub(firstMonday).Hours()/24)/7 + 1
	return t
}
