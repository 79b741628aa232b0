package report

import (
	"strings"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/journal"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func testProfile() journal.Profile {
	p := journal.DefaultProfile()
	p.Name = "Camille Martin"
	p.Address = "12 rue des Lilas\n\n69003 Lyon\n"
	p.FranceTravailID = "1234567A"
	p.TargetMinutes = 15 * 60
	return p
}

// testActs returns an application entered late with a proof and its
// history, a workshop, and a personal act.
func testActs() []journal.Act {
	return []journal.Act{
		{ID: "1", Date: day("2026-10-05"), StartTime: "09:30", Minutes: 90, Theme: "P03", Code: "Q14", Label: "Candidature : comptable",
			Organisation: "Groupe SEB", Contact: journal.Contact{Name: "Mme Claire Moreau", Role: "RH", Email: "rh@seb.example"},
			Channel: journal.ChannelEmail, OfferRef: "455KXR8", Status: journal.StatusRejected, Notes: "CV adapté.",
			History:     []journal.StatusChange{{Date: day("2026-10-05"), Status: journal.StatusSent}, {Date: day("2026-10-20"), Status: journal.StatusRejected}},
			Attachments: []journal.Attachment{{ID: "a", Name: "candidature.eml", SHA256: "fbe75ea9aabbccdd"}},
			CreatedAt:   day("2026-10-09")},
		{ID: "2", Date: day("2026-10-12"), Minutes: 45, Theme: "P02", Code: "Q07", Organisation: "AFPA Lyon", CreatedAt: day("2026-10-12")},
		{ID: "3", Date: day("2026-10-13"), Minutes: 30, Theme: "P07", Code: "Q39", Label: "Rendez-vous médical", Organisation: "Clinique", CreatedAt: day("2026-10-13")},
	}
}

func buildDossier(mode PrivateMode, details bool, target int) Dossier {
	p := testProfile()
	p.TargetMinutes = target
	return BuildDossier(DossierInput{Profile: p, Acts: testActs(), From: day("2026-10-01"), To: day("2026-10-31"),
		Private: mode, Generated: day("2026-11-26"), Details: details})
}

func TestDossierDocumentSays(t *testing.T) {
	tests := []struct {
		name    string
		d       Dossier
		want    []string
		absent  []string
		details int // detail pages
	}{
		{"the cover, the summary and the chronological table", buildDossier(PrivateExclude, false, 15*60), []string{
			"Dossier de recherche d’emploi\nDémarches accomplies du 1er octobre 2026 au 31 octobre 2026\n\n" +
				"Camille Martin\nIdentifiant France Travail\u00a0: 1234567A\n12 rue des Lilas\n69003 Lyon\n\n" +
				"2 démarches, 2 h 15 d’activité au total\n1 justificatif joint\n" +
				"Document établi le 26 novembre 2026 à partir du journal tenu par l’intéressé(e)\n" +
				"1 démarche personnelle non reprise, à la demande de l’intéressé(e)\n",
			"Synthèse\n\nThème | Démarches | Durée\nP02 — Ma formation professionnelle | 1 | 45 min\nP03 — Mes candidatures | 1 | 1 h 30\nTotal | 2 | 2 h 15\n",
			"Candidatures, par statut actuel | Nombre\nRefus | 1\n",
			"Heures par semaine\n\nObjectif hebdomadaire du contrat d’engagement\u00a0: 15 h (ligne rouge).\n",
			"28/09 | 0,0\n05/10 | 1,5\n12/10 | 0,8\n19/10 | 0,0\n26/10 | 0,0\nSemaines du lundi au dimanche ; la date est celle du lundi. Heures en décimal (1,5 = 1 h 30).\n",
			"Démarches, dans l’ordre chronologique\n\nDate | Démarche | Organisation | Canal | Statut | Durée | Justificatifs\n",
			"05/10/2026 09:30 / saisi le 09/10/2026 | ",
			" / Candidature : comptable / Offre\u00a0: 455KXR8 | Groupe SEB / Mme Claire Moreau | E-mail | 05/10 Envoyée → 20/10 Refus | 1 h 30 | candidature.eml (fbe75ea9)\n",
			"12/10/2026 | ", "| AFPA Lyon | ",
			"« saisi le » : date d’enregistrement dans le journal, indiquée quand elle suit la démarche de plus de 2 jours.",
		}, []string{"Clinique", "Rendez-vous médical", "masqué", "Candidature — "}, 0},
		{"redacted personal acts", buildDossier(PrivateRedact, false, 15*60), []string{
			"3 démarches, 2 h 45 d’activité au total", "1 démarche personnelle dont le détail est masqué", RedactedText,
		}, []string{"Clinique", "Rendez-vous médical", "non reprise"}, 0},
		{"no target: no objective nor line", buildDossier(PrivateInclude, false, 0), []string{
			"Heures par semaine\n\n28/09 | 0,0\n", "Rendez-vous médical",
		}, []string{"Objectif hebdomadaire", "personnelle(s)"}, 0},
		{"one page per application", buildDossier(PrivateExclude, true, 15*60), []string{
			"Candidature — Groupe SEB\n\nDate\u00a0: 5 octobre 2026\nDémarche\u00a0: Candidature : comptable\nCanal\u00a0: E-mail\n" +
				"Offre\u00a0: 455KXR8\nContact\u00a0: Mme Claire Moreau RH rh@seb.example\nHistorique\u00a0: 05/10 Envoyée → 20/10 Refus\n" +
				"Notes\u00a0: CV adapté.\nSaisi le\u00a0: 9 octobre 2026\n",
		}, []string{"Candidature — AFPA"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := DossierDocument(tt.d)
			text := doc.ReportText(r)
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("the dossier lacks %q in\n%s", w, text)
				}
			}
			for _, w := range tt.absent {
				if strings.Contains(text, w) {
					t.Errorf("the dossier says %q", w)
				}
			}
			if r.Title != "Dossier de recherche d’emploi — Camille Martin" || !r.Created.Equal(day("2026-11-26")) ||
				r.Footer != "Généré par Carnet le 26 novembre 2026 — Camille Martin — page {page}/{pages}" {
				t.Errorf("metadata %q %v %q", r.Title, r.Created, r.Footer)
			}
			breaks := 0
			for _, e := range r.Elements {
				if _, ok := e.(doc.PageBreak); ok {
					breaks++
				}
			}
			if want := 2 + tt.details; breaks != want {
				t.Errorf("%d page breaks, want %d (after the cover, before the table, before each detail page)", breaks, want)
			}
		})
	}
}

func TestDossierChartMarksTheTarget(t *testing.T) {
	r := DossierDocument(buildDossier(PrivateExclude, false, 15*60))
	var chart doc.BarChart
	for _, e := range r.Elements {
		if c, ok := e.(doc.BarChart); ok {
			chart = c
		}
	}
	if chart.Target != 15 || len(chart.Bars) != 5 || chart.Bars[1].Value != 1.5 || chart.Bars[1].Label != "05/10" {
		t.Fatalf("chart %+v", chart)
	}
}

func TestDossierTableWidthsFillTheLine(t *testing.T) {
	for _, e := range DossierDocument(buildDossier(PrivateExclude, false, 0)).Elements {
		tb, ok := e.(doc.Table)
		if !ok {
			continue
		}
		sum := 0.0
		for _, w := range tb.Widths {
			sum += w
		}
		if len(tb.Widths) != len(tb.Header) || sum > 1+1e-9 {
			t.Errorf("table %q: %d widths for %d columns, summing to %.3f", tb.Header[0], len(tb.Widths), len(tb.Header), sum)
		}
		for _, row := range tb.Rows {
			if len(row) != len(tb.Header) {
				t.Errorf("table %q: row of %d cells %q", tb.Header[0], len(row), row)
			}
		}
	}
}

func TestFrenchCountsAgree(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{{0, "0 justificatif joint"}, {1, "1 justificatif joint"}, {2, "2 justificatifs joints"}, {300, "300 justificatifs joints"}}
	for _, tt := range tests {
		if got := count(tt.n, "justificatif joint", "justificatifs joints"); got != tt.want {
			t.Errorf("count(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}
