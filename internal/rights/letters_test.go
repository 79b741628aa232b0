package rights

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
	"github.com/carnet-app/carnet/internal/pdf"
)

var today = time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)

func testProfile() journal.Profile {
	p := journal.DefaultProfile()
	p.Name = "Camille Martin"
	p.Address = "12 rue des Lilas\n69003 Lyon"
	p.FranceTravailID = "1234567A"
	p.Departement = "69"
	return p
}

func sentAccess() Request {
	return Request{ID: "r1", Kind: KindAccess, Recipient: AddressDPO, Mode: ModeRegistered,
		SentOn: day("2026-09-01"), RegisteredNumber: "1A 234 567 8901 2", ReceivedOn: day("2026-09-03")}
}

// pdfText renders the letter to PDF and extracts its text with pdftotext.
func pdfText(t *testing.T, l doc.Letter) string {
	t.Helper()
	data, err := pdf.Letter(l)
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
		req    Request
		parent *Request
		want   []string
		absent []string
	}{
		{"access", Request{Kind: KindAccess, Recipient: AddressDPO, Mode: ModeRegistered, ElectronicCopy: true}, nil, []string{
			"Objet : Demande d’accès", "article 15", "une copie", "paragraphe 3", "données dérivées ou déduites",
			"« employabilité »", "cibler les contrôles", "suspicion", "Journal de la Recherche d’Emploi", "perte de confiance",
			"besoin de redynamisation", "risque de dispersion", "dynamique de recherche", "modalité d’accompagnement",
			"générés automatiquement", "outil de tri", "a) les finalités", "h) l’existence d’une prise de décision automatisée",
			"C-203/22", "procédure et les principes effectivement appliqués", "secret des affaires",
			"L311-3-1", "R311-3-1-2", "1° le degré", "4° les opérations", "gratuite", "12, paragraphe 5",
			"un mois", "sous forme électronique", "Lettre recommandée avec accusé de réception",
			"Délégué à la protection des données"}, nil},
		{"explanation", Request{Kind: KindExplanation, Recipient: []string{"France Travail Lyon Part-Dieu", "10 rue Garibaldi", "69003 Lyon"},
			Mode: ModeRegistered, Decision: Decision{Date: day("2026-11-02"), Reference: "SAN-2026-114", Nature: "sanction",
				Description: "Suspension de 30 % de mon allocation pendant un mois", ScoreWeighed: true}}, nil, []string{
			"2 novembre 2026", "SAN-2026-114", "une sanction", "Suspension de 30 % de mon allocation pendant un mois.",
			"mention explicite", "article 47", "nullité", "R311-3-1-2", "3° les paramètres", "réexamen",
			"présenter mes observations", "considérant 71", "C-634/21", "SCHUFA", "refus implicite", "Commission d’accès"},
			[]string{"22, paragraphe 3"}},
		{"rectification", Request{Kind: KindRectification, Recipient: AddressDPO, Mode: ModeEmail,
			Corrections: []Correction{{Recorded: "absent à l’entretien du 3 octobre", Truth: "présent, attestation de l’agence", Proof: "attestation-3-octobre.pdf"}},
			Statement:   "Je n’ai jamais refusé d’offre raisonnable d’emploi."}, nil, []string{
			"article 16", "absent à l’entretien du 3 octobre", "présent, attestation de l’agence",
			"attestation-3-octobre.pdf", "déclaration complémentaire", "Je n’ai jamais refusé", "article 19", "destinataires",
			"Envoi par courriel", "Pièces jointes"}, nil},
		{"objection", Request{Kind: KindObjection, Recipient: AddressDPO, Mode: ModeRegistered,
			Statement: "Je suis aidante de ma mère malade, ce qui limite mes horaires."}, nil, []string{
			"article 21, paragraphe 1", "profilage", "situation particulière", "aidante de ma mère",
			"motifs légitimes et impérieux", "limite l’exercice de ce droit"}, nil},
		{"reminder after silence", Request{Kind: KindReminder, Mode: ModeRegistered}, &overdue, []string{
			"Relance", "1er septembre 2026", "1A 234 567 8901 2", "3 septembre 2026", "5 octobre 2026",
			"aucune réponse", "CNIL", "article 77", "CADA"}, nil},
		{"reminder for an incomplete answer", Request{Kind: KindReminder, Mode: ModeRegistered}, &incomplete, []string{
			"1er octobre 2026", "Il y manque", "les scores, indicateurs", "point h", "R311-3-1-2, 1°", "4°"},
			[]string{"a) les finalités", "les finalités des traitements (article 15", "les catégories de données concernées (point b)"}},
		{"cnil", Request{Kind: KindCNIL, Mode: ModeOnlineForm}, &overdue, []string{
			"Commission nationale de l’informatique et des libertés", "article 77", "Chronologie", "1er septembre 2026",
			"5 octobre 2026", "aucune réponse", "Éléments manquants", "Ma demande", "1 avenue du Docteur Gley",
			"Pièces jointes", "avis de réception"}, nil},
		{"cada", Request{Kind: KindCADA, Mode: ModeRegistered}, &overdue, []string{
			"Commission d’accès aux documents administratifs", "20 avenue de Ségur", "L311-3-1",
			"refus (articles R*311-12 et R311-13 du CRPA)", "5 octobre 2026", "deux mois", "R343-1", "7 décembre 2026",
			"le degré et le mode de contribution"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, missing := BuildLetter(LetterInput{Profile: testProfile(), Request: tt.req, Parent: tt.parent, Today: today})
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

func TestALetterWithARequiredFieldEmptyIsNotProduced(t *testing.T) {
	empty := journal.DefaultProfile()
	_, missing := BuildLetter(LetterInput{Profile: empty, Request: Request{Kind: KindAccess}, Today: today})
	for _, want := range []string{MissingName, MissingAddress, MissingFTID, MissingRecipient} {
		if !contains(missing, want) {
			t.Errorf("missing %v lacks %s", missing, want)
		}
	}
	_, missing = BuildLetter(LetterInput{Profile: testProfile(), Request: Request{Kind: KindExplanation, Recipient: AddressDPO}, Today: today})
	if !contains(missing, MissingDecisionDay) || !contains(missing, MissingNature) {
		t.Errorf("explanation missing %v", missing)
	}
	_, missing = BuildLetter(LetterInput{Profile: testProfile(), Request: Request{Kind: KindObjection, Recipient: AddressDPO}, Today: today})
	if !contains(missing, MissingStatement) {
		t.Errorf("objection missing %v", missing)
	}
	waiting := sentAccess()
	_, missing = BuildLetter(LetterInput{Profile: testProfile(), Request: Request{Kind: KindReminder}, Parent: &waiting, Today: day("2026-09-20")})
	if !contains(missing, MissingGrounds) {
		t.Errorf("a reminder before the due date: missing %v", missing)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestStatusFollowsTheClock(t *testing.T) {
	r := Request{Kind: KindAccess, Mode: ModeRegistered}
	if s := r.StatusOn(today, "75", false); s != StatusDraft {
		t.Fatalf("unsent: %s", s)
	}
	r.SentOn = day("2026-10-20")
	if s := r.StatusOn(today, "75", false); s != StatusAwaiting {
		t.Fatalf("sent, no receipt: %s", s)
	}
	r.ReceivedOn = day("2026-10-22")
	if s := r.StatusOn(day("2026-11-20"), "75", false); s != StatusWaiting {
		t.Fatalf("received: %s", s)
	}
	if s := r.StatusOn(day("2026-11-24"), "75", false); s != StatusOverdue {
		t.Fatalf("after 23 November: %s", s)
	}
	r.ExtensionOn = day("2026-11-10")
	if due, _ := r.Due("75"); !due.Due.Equal(day("2027-01-22")) {
		t.Fatalf("extended due %v", due.Due)
	}
	r.AnsweredOn = day("2026-12-01")
	r.Checklist = map[string]bool{}
	for _, it := range Checklist(KindAccess) {
		r.Checklist[it.Key] = true
	}
	if s := r.StatusOn(today, "75", false); s != StatusComplete {
		t.Fatalf("all ticked: %s", s)
	}
	r.Checklist["h"] = false
	if s := r.StatusOn(today, "75", false); s != StatusIncomplete || len(r.Missing()) != 1 || r.Missing()[0].Key != "h" {
		t.Fatalf("one missing: %s %v", s, r.Missing())
	}
}
