package pdf

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

var today = time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)

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
	p.Address = "12 rue des Lilas\n69003 Lyon"
	p.FranceTravailID = "1234567A"
	p.Departement = "69"
	p.BirthDate = day("1988-03-12")
	p.Email = "camille.martin@example.org"
	return p
}

func sentAccess() rights.Request {
	return rights.Request{ID: "r1", Kind: rights.KindAccess, Recipient: rights.AddressDPO, Mode: rights.ModeRegistered,
		SentOn: day("2026-09-01"), RegisteredNumber: "1A 234 567 8901 2", ReceivedOn: day("2026-09-03")}
}

// pdfText renders the letter to PDF and extracts its text with pdftotext.
func pdfText(t *testing.T, l doc.Letter) string {
	t.Helper()
	data, err := Letter(l)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext is needed (poppler-utils; make test installs it)")
	}
	path := filepath.Join(t.TempDir(), "letter.pdf")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	// Join hyphen-free line breaks so phrases can be searched across lines.
	return strings.Join(strings.Fields(strings.ReplaceAll(string(out), "\u00a0", " ")), " ")
}

var placeholder = regexp.MustCompile(`\{\{|\}\}|%[sdv]|<[a-z_]+>|\bTODO\b|\bXXX\b|\.\.\.|0001-01-01|\(\s*\)`)

func TestEveryLetterRendersWithItsLegalContent(t *testing.T) {
	incomplete := sentAccess()
	incomplete.AnsweredOn = day("2026-10-01")
	incomplete.Checklist = map[string]bool{"copy": true, "a": true, "b": true, "c": true, "d": true, "e": true, "f": true, "g": true}
	overdue := sentAccess()
	tests := []struct {
		name   string
		req    rights.Request
		parent *rights.Request
		want   []string
		absent []string
	}{
		{"access", rights.Request{Kind: rights.KindAccess, Recipient: rights.AddressDPO, Mode: rights.ModeRegistered, ElectronicCopy: true}, nil, []string{
			"Objet : Demande d’accès", "article 15", "une copie", "paragraphe 3", "données dérivées ou déduites",
			"« employabilité »", "cibler les contrôles", "suspicion", "Journal de la Recherche d’Emploi", "perte de confiance",
			"besoin de redynamisation", "risque de dispersion", "dynamique de recherche", "modalité d’accompagnement",
			"générés automatiquement", "outil de tri", "a) les finalités", "h) l’existence d’une prise de décision automatisée",
			"C-203/22", "procédure et les principes effectivement appliqués", "secret des affaires",
			"L311-3-1", "R311-3-1-2", "1° le degré", "4° les opérations", "gratuite", "12, paragraphe 5",
			"un mois", "sous forme électronique", "Lettre recommandée avec accusé de réception",
			"Délégué à la protection des données", "au moins en pareils cas", "Date de naissance : 12 mars 1988",
			"ma date de naissance", "à l’adresse électronique suivante : camille.martin@example.org",
			"m’indiquer les décisions individuelles me concernant qui ont été prises"}, nil},
		{"explanation", rights.Request{Kind: rights.KindExplanation, Recipient: []string{"France Travail Lyon Part-Dieu", "10 rue Garibaldi", "69003 Lyon"},
			Mode: rights.ModeRegistered, Decision: rights.Decision{Date: day("2026-11-02"), Reference: "SAN-2026-114", Nature: "sanction",
				Description: "Suspension de 30 % de mon allocation pendant un mois", ScoreWeighed: true}}, nil, []string{
			"2 novembre 2026", "SAN-2026-114", "une sanction", "Suspension de 30 % de mon allocation pendant un mois.",
			"mention explicite", "article 47", "nullité", "R311-3-1-2", "3° les paramètres", "réexamen",
			"présenter mes observations", "considérant 71", "C-634/21", "SCHUFA", "refus implicite", "Commission d’accès",
			"sur le seul fondement d’un traitement automatisé", "« lorsque dépend de manière déterminante de cette valeur de probabilité »", "a fortiori",
			"médiateur régional", "R5312-47", "continuent de courir"},
			[]string{"22, paragraphe 3", "prévoit cette mention à peine de nullité", "s’appuie fortement"}},
		{"rectification", rights.Request{Kind: rights.KindRectification, Recipient: rights.AddressDPO, Mode: rights.ModeEmail,
			Corrections: []rights.Correction{{Recorded: "absent à l’entretien du 3 octobre", Truth: "présent, attestation de l’agence", Proof: "attestation-3-octobre.pdf"}},
			Statement:   "Je n’ai jamais refusé d’offre raisonnable d’emploi."}, nil, []string{
			"article 16", "absent à l’entretien du 3 octobre", "présent, attestation de l’agence",
			"attestation-3-octobre.pdf", "déclaration complémentaire", "Je n’ai jamais refusé", "article 19", "destinataires",
			"Envoi par courriel", "Pièces jointes", "article 18, paragraphe 1, point a)"}, nil},
		{"objection", rights.Request{Kind: rights.KindObjection, Recipient: rights.AddressDPO, Mode: rights.ModeRegistered,
			Statement: "Je suis aidante de ma mère malade, ce qui limite mes horaires."}, nil, []string{
			"article 21, paragraphe 1", "profilage", "situation particulière", "aidante de ma mère",
			"motifs légitimes et impérieux", "limite l’exercice de ce droit", "Si France Travail entend poursuivre",
			"article 18, paragraphe 1, point d)", "Opposition au profilage me concernant"}, []string{"S’il entend"}},
		{"reminder after silence", rights.Request{Kind: rights.KindReminder, Mode: rights.ModeRegistered}, &overdue, []string{
			"Relance", "1er septembre 2026", "1A 234 567 8901 2", "3 septembre 2026", "5 octobre 2026",
			"aucune réponse", "CNIL", "article 77", "CADA"}, nil},
		{"reminder for an incomplete answer", rights.Request{Kind: rights.KindReminder, Mode: rights.ModeRegistered}, &incomplete, []string{
			"1er octobre 2026", "Il y manque", "les scores, indicateurs", "point h", "R311-3-1-2, 1°", "4°"},
			[]string{"a) les finalités", "les finalités des traitements (article 15", "les catégories de données concernées (point b)"}},
		{"cnil", rights.Request{Kind: rights.KindCNIL, Mode: rights.ModeOnlineForm}, &overdue, []string{
			"Commission nationale de l’informatique et des libertés", "article 77", "Chronologie", "1er septembre 2026",
			"5 octobre 2026", "aucune réponse", "Points restés sans suite", "Ma demande",
			"Pièces jointes", "avis de réception"}, []string{"Docteur Gley", "R311-3-1-2, 1°", "pas donné suite"}},
		{"cada", rights.Request{Kind: rights.KindCADA, Mode: rights.ModeRegistered}, &overdue, []string{
			"Commission d’accès aux documents administratifs", "20 avenue de Ségur", "L311-3-1",
			"refus (articles R*311-12 et R311-13 du CRPA)", "3 octobre 2026", "deux mois", "R343-1", "3 décembre 2026",
			"le degré et le mode de contribution"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, missing := rights.BuildLetter(rights.LetterInput{Profile: testProfile(), Request: tt.req, Parent: tt.parent, Today: today})
			if len(missing) > 0 {
				t.Fatalf("missing %v", missing)
			}
			text := pdfText(t, l)
			common := []string{"Camille Martin", "12 rue des Lilas", "69003 Lyon", "1234567A",
				"Fait à Lyon, le 26 novembre 2026", "Madame, Monsieur,", "salutations distinguées", "données"}
			for _, w := range append(common, tt.want...) {
				if !strings.Contains(text, w) {
					t.Errorf("the %s letter lacks %q", tt.name, w)
				}
			}
			for _, w := range tt.absent {
				if strings.Contains(text, w) {
					t.Errorf("the %s letter should not contain %q", tt.name, w)
				}
			}
			if m := placeholder.FindString(text); m != "" {
				t.Errorf("placeholder-like text %q in the %s letter", m, tt.name)
			}
			if plain := doc.Text(l); !strings.Contains(plain, "Objet\u00a0: ") || strings.Contains(plain, "  ") {
				t.Errorf("plain text version is malformed")
			}
		})
	}
}
