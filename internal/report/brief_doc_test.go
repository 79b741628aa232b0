package report

import (
	"fmt"
	"strings"
	"testing"

	"github.com/carnet-app/carnet/internal/answerfind"
	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// applications returns n open applications, a day apart.
func applications(n int) []journal.Act {
	var out []journal.Act
	for i := 0; i < n; i++ {
		out = append(out, journal.Act{Date: day("2026-10-01").AddDate(0, 0, i), Organisation: fmt.Sprintf("Entreprise %d", i+1),
			Theme: "P03", Code: "Q14", Label: "Candidature : comptable", Status: journal.StatusSent})
	}
	return out
}

func TestBriefDocumentSays(t *testing.T) {
	meeting := journal.Meeting{Date: day("2026-12-12"), StartTime: "14:00", Mode: journal.MeetingPhone, Adviser: "M. Olivier Bernard",
		Place: "Agence Part-Dieu", Questions: []string{"Quelle est ma modalité ?"}, Documents: []string{"Justificatifs"}}
	full := Brief{Profile: testProfile(), Meeting: meeting, Since: day("2026-10-19"), ActsCount: 29, TotalMinutes: 2750,
		Weeks:      []journal.WeekTotal{{Monday: day("2026-10-19"), Minutes: 515}, {Monday: day("2026-10-26"), Minutes: 360}},
		InProgress: applications(11), Generated: day("2026-11-28"),
		Requests: []BriefRequest{
			{Request: rights.Request{Kind: rights.KindAccess, SentOn: day("2026-07-31")}, Status: rights.StatusIncomplete},
			{Request: rights.Request{Kind: rights.KindAccess, SentOn: day("2026-10-07")}, Status: rights.StatusOverdue, Due: rights.Deadline{Due: day("2026-11-10")}},
			{Request: rights.Request{Kind: rights.KindExplanation, SentOn: day("2026-11-19")}, Status: rights.StatusWaiting, Due: rights.Deadline{Due: day("2026-12-21")}},
			{Request: rights.Request{Kind: rights.KindObjection, SentOn: day("2026-11-25")}, Status: rights.StatusAwaiting},
		},
		MailsDue: []journal.Mail{{Subject: "Questionnaire de contrôle", Date: day("2026-11-25"), ReplyBy: day("2026-12-05")}},
	}
	full.InProgress[0].NextAction, full.InProgress[0].NextActionOn = "Relancer par téléphone", day("2026-12-07")
	fact := func(name, value, on string) answerfind.ConfirmedFact {
		return answerfind.ConfirmedFact{Fact: answerfind.Fact{Name: name, Value: value, ValidOn: day(on)}}
	}
	full.Facts = []answerfind.FactHistory{
		{Name: "Modalité d’accompagnement", Entries: []answerfind.ConfirmedFact{fact("Modalité d’accompagnement", "Guidé", "2026-03-12"), fact("Modalité d’accompagnement", "Renforcé", "2026-10-02")}},
		{Name: "Score d’employabilité", Entries: []answerfind.ConfirmedFact{fact("Score d’employabilité", "0,42", "2026-10-02")}},
		{Name: "Catégorie", Entries: []answerfind.ConfirmedFact{fact("Catégorie", "A", "2026-10-02")}},
		{Name: "Segment", Entries: []answerfind.ConfirmedFact{fact("Segment", "3", "2026-10-02")}},
	}
	empty := Brief{Profile: testProfile(), Meeting: journal.Meeting{Date: day("2026-12-12")}, Since: day("2026-11-12"), Generated: day("2026-11-28")}
	empty.Profile.TargetMinutes = 0
	tests := []struct {
		name   string
		b      Brief
		want   []string
		absent []string
	}{
		{"the meeting, the activity and every open item", full, []string{
			"Entretien du 12 décembre 2026 à 14 h 00\n\npar téléphone — avec M. Olivier Bernard — Agence Part-Dieu\n\nCamille Martin — identifiant France Travail\u00a0: 1234567A\n",
			"Depuis le 19 octobre 2026\u00a0: 29 démarches, 45 h 50 d’activité\n\nHeures par semaine (lundi)\u00a0: 19/10\u00a0: 8 h 35 · 26/10\u00a0: 6 h — objectif\u00a0: 15 h\n",
			"Candidatures en cours (11)\n\n• 01/10/2026 — Entreprise 1 — Candidature : comptable — Envoyée ; prochaine action\u00a0: Relancer par téléphone le 07/12/2026\n• 02/10/2026 — Entreprise 2 — Candidature : comptable — Envoyée\n",
			"• 09/10/2026 — Entreprise 9 — Candidature : comptable — Envoyée\n… et 2 autres\n",
			"Mes demandes à France Travail\n\n• Demande d’accès à mes données et à mes scores — envoyée le 31/07/2026 — réponse incomplète\n" +
				"• Demande d’accès à mes données et à mes scores — envoyée le 07/10/2026 — réponse due le 10/11/2026 (en retard)\n" +
				"• Demande d’explication d’une décision — envoyée le 19/11/2026 — réponse due le 21/12/2026\n" +
				"• Opposition au profilage — envoyée le 25/11/2026 — date de réception à confirmer\n",
			"Courriers de France Travail en attente de ma réponse\n\n• Questionnaire de contrôle — reçu le 25/11/2026 — répondre avant le 05/12/2026\n",
			"Mes questions\n\n• Quelle est ma modalité ?\n\nDocuments à apporter\n\n• Justificatifs\n\nNotes pendant l’entretien\n",
			"Ce que France Travail a enregistré (d’après ses réponses)\n\n• Modalité d’accompagnement\u00a0: Guidé (mars 2026) → Renforcé (octobre 2026)\n• Score d’employabilité\u00a0: 0,42 (octobre 2026)\n• Catégorie\u00a0: A (octobre 2026)\n• Segment\u00a0: 3 (octobre 2026)\n",
		}, []string{"Entreprise 10", "Aucun"}},
		{"nothing open", empty, []string{
			"Entretien du 12 décembre 2026\n\nCamille Martin",
			"Depuis le 12 novembre 2026\u00a0: 0 démarche, 0 min d’activité\n\nHeures par semaine (lundi)\u00a0: \n",
			"Candidatures en cours (0)\n\nAucune candidature en attente de réponse.\n",
			"Mes demandes à France Travail\n\nAucune demande en cours.\n",
			"Courriers de France Travail en attente de ma réponse\n\nAucun.\n",
			"Mes questions\n\n—\n\nDocuments à apporter\n\n—\n",
		}, []string{"objectif", "•", "autres", "2026 à ", "a enregistré"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := BriefDocument(tt.b)
			text := doc.ReportText(r)
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("the brief lacks %q in\n%s", w, text)
				}
			}
			for _, w := range tt.absent {
				if strings.Contains(text, w) {
					t.Errorf("the brief says %q in\n%s", w, text)
				}
			}
			if !r.Compact || r.Title != "Préparation de l’entretien — Camille Martin" || r.Footer != "Généré par Carnet le 28 novembre 2026" {
				t.Errorf("compact %v, title %q, footer %q", r.Compact, r.Title, r.Footer)
			}
			if _, ok := r.Elements[len(r.Elements)-1].(doc.WritingLines); !ok {
				t.Errorf("the brief does not end with lines for notes")
			}
		})
	}
}

// TestAnUndatedValueSaysWhenItWasRead: a value the answer gave no date for
// is not dated by the brief as if France Travail had.
func TestAnUndatedValueSaysWhenItWasRead(t *testing.T) {
	got := briefFacts([]answerfind.FactHistory{{Name: "Score", Entries: []answerfind.ConfirmedFact{
		{Fact: answerfind.Fact{Name: "Score", Value: "0,42"}, ConfirmedAt: day("2026-11-20")}}}})
	if len(got) != 1 || got[0] != "Score\u00a0: 0,42 (sans date, lu en novembre 2026)" {
		t.Errorf("undated value: %q", got)
	}
}
