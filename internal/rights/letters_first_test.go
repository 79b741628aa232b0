package rights

import (
	"slices"
	"strings"
	"testing"

	"github.com/carnet-app/carnet/internal/doc"
)

// firstLetter builds a first request's letter for the test profile and
// returns its text with no-break spaces made plain.
func firstLetter(t *testing.T, r Request, edit func(*LetterInput)) string {
	t.Helper()
	if r.Recipient == nil {
		r.Recipient = AddressDPO
	}
	if r.Mode == "" {
		r.Mode = ModeRegistered
	}
	in := LetterInput{Profile: caseProfile(), Request: r, Today: caseToday}
	if edit != nil {
		edit(&in)
	}
	l, missing := BuildLetter(in)
	if len(missing) > 0 {
		t.Fatalf("missing %v", missing)
	}
	return strings.ReplaceAll(doc.Text(l), "\u00a0", " ")
}

func TestFirstLettersSayWhatTheLawSays(t *testing.T) {
	decision := func(nature, desc string) Request {
		return Request{Kind: KindExplanation, Decision: Decision{Date: day("2026-11-02"), Reference: "SAN-114", Nature: nature, Description: desc, ScoreWeighed: true}}
	}
	tests := []struct {
		name string
		req  Request
		edit func(*LetterInput)
		want []string
		not  []string
	}{
		{"access carries the date of birth and the e-mail for an electronic answer", Request{Kind: KindAccess, ElectronicCopy: true}, nil,
			[]string{"Date de naissance : 12 mars 1988", "ma date de naissance", "à l’adresse électronique suivante : camille.martin@example.org",
				"m’indiquer les décisions individuelles me concernant qui ont été prises sur le fondement d’un traitement algorithmique",
				"et, au moins en pareils cas, des informations utiles", "article 12, paragraphe 6"},
			[]string{"pour chacune de ces décisions"}},
		{"access on paper without a known birth date", Request{Kind: KindAccess}, func(in *LetterInput) { in.Profile.BirthDate = day("0001-01-01") },
			[]string{"sur papier", "mes nom et prénom, mon adresse postale"},
			[]string{"Date de naissance", "ma date de naissance", "adresse électronique suivante"}},
		{"explanation scopes LIL 47 and quotes the Court's holding", decision("sanction", "suspension de 30 % pendant un mois"), nil,
			[]string{"prises sur le seul fondement d’un traitement automatisé", "si la décision qui m’a été notifiée a été prise sur ce seul fondement",
				"« lorsque dépend de manière déterminante de cette valeur de probabilité »", "a fortiori", "Suspension de 30 % pendant un mois.",
				"médiateur régional de France Travail", "R5312-47", "recours administratif préalable", "continuent de courir"},
			[]string{"prévoit cette mention à peine de nullité", "s’appuie fortement", "suivante : une décision"}},
		{"a warning and a radiation are told the letter is not the appeal", decision("warning", ""), nil,
			[]string{"un avertissement", "ne remplace ni les observations"}, nil},
		{"radiation", decision("radiation", ""), nil, []string{"ne remplace ni les observations"}, nil},
		{"an accompaniment change is not an appeal matter", decision("accompaniment", ""), nil, nil, []string{"ne remplace ni les observations"}},
		{"« other » is named by the user's words, capitalised", decision("other", "refus de ma demande d'aide à la mobilité"), nil,
			[]string{"ont pris à mon égard une décision (référence SAN-114). Refus de ma demande d’aide à la mobilité."},
			[]string{"suivante : une décision", "d'aide"}},
		{"objection: subject and body agree, restriction asked", Request{Kind: KindObjection, Statement: "je suis aidante; mes horaires sont \"contraints\""}, nil,
			[]string{"Objet : Opposition au profilage me concernant", "à des fins de profilage", "Si France Travail entend poursuivre ce profilage, il lui appartient",
				"article 18, paragraphe 1, point d)", "« je suis aidante ; mes horaires sont « contraints » »"},
			[]string{"S’il entend", "et au traitement de mes données"}},
		{"rectification asks for restriction and lists labelled proofs", Request{Kind: KindRectification,
			Corrections: []Correction{{Recorded: "absente a l'atelier", Truth: "présente", Proof: "emargement-atelier.pdf", ProofLabel: "feuille d'émargement de l'atelier du 4 mars"},
				{Recorded: "pas de CV", Truth: "CV déposé", Proof: "cv.pdf"}}}, nil,
			[]string{"article 18, paragraphe 1, point a)", "« absente a l’atelier »", "justificatif joint : feuille d’émargement de l’atelier du 4 mars",
				"– feuille d’émargement de l’atelier du 4 mars", "– cv.pdf"},
			[]string{"emargement-atelier.pdf", "déclaration complémentaire"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := firstLetter(t, tt.req, tt.edit)
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("lacks %q\n%s", w, text)
				}
			}
			for _, n := range append(slices.Clone(tt.not), "'", "  ") {
				if strings.Contains(text, n) {
					t.Errorf("says %q\n%s", n, text)
				}
			}
		})
	}
}

func TestALetterThatWouldClaimTooMuchIsNotWritten(t *testing.T) {
	tests := []struct {
		name string
		req  Request
		edit func(*LetterInput)
		want string
	}{
		{"an electronic answer needs an e-mail address", Request{Kind: KindAccess, ElectronicCopy: true}, func(in *LetterInput) { in.Profile.Email = "" }, MissingEmail},
		{"« other » needs a description", Request{Kind: KindExplanation, Decision: Decision{Date: day("2026-11-02"), Nature: "other"}}, nil, MissingDescription},
	}
	for _, tt := range tests {
		in := LetterInput{Profile: caseProfile(), Request: tt.req, Today: caseToday}
		in.Request.Recipient, in.Request.Mode = AddressDPO, ModeRegistered
		if tt.edit != nil {
			tt.edit(&in)
		}
		if _, missing := BuildLetter(in); !slices.Contains(missing, tt.want) {
			t.Errorf("%s: missing %v, want %s", tt.name, missing, tt.want)
		}
	}
}

func TestChecklistHoldsWhatTheLetterAsked(t *testing.T) {
	keys := func(items []ChecklistItem) []string {
		var out []string
		for _, it := range items {
			out = append(out, it.Key)
		}
		return out
	}
	rect := Request{Kind: KindRectification, Corrections: []Correction{{Recorded: "a", Truth: "b"}}}
	if got := keys(rect.Asked()); slices.Contains(got, "statement") || !slices.Contains(got, "limit_accuracy") {
		t.Errorf("rectification without a statement asks %v", got)
	}
	rect.Statement = "ma déclaration"
	if got := keys(rect.Asked()); !slices.Contains(got, "statement") {
		t.Errorf("rectification with a statement asks %v", got)
	}
	sentRect := rect
	sentRect.SentOn = day("2026-01-05")
	if got := keys(sentRect.Asked()); slices.Contains(got, "limit_accuracy") {
		t.Errorf("a rectification sent before part 4 never asked for restriction: %v", got)
	}
	if got := keys(sentRect.WithAskedKeys().Asked()); !slices.Contains(got, "limit_accuracy") {
		t.Errorf("recorded keys are not used: %v", got)
	}
	exp := Request{Kind: KindExplanation}
	if got := keys(exp.Asked()); slices.Contains(got, "score") || slices.Contains(got, "mention") || !slices.Contains(got, "automated") {
		t.Errorf("explanation without a score asks %v", got)
	}
	bad := Request{Kind: KindAccess, AskedKeys: []string{"nope"}}
	if bad.Validate() == nil {
		t.Error("an unknown asked key is accepted")
	}
}

func TestFrenchTypographyOfUserText(t *testing.T) {
	tests := []struct{ in, want string }{
		{`l'atelier "emploi"`, "l’atelier «\u00a0emploi\u00a0»"},
		{"pourquoi? parce que; enfin: voilà!", "pourquoi\u00a0? parce que\u00a0; enfin\u00a0: voilà\u00a0!"},
		{"déjà bien : ok ;", "déjà bien\u00a0: ok\u00a0;"},
		{"rendez-vous à 10:30, voir https://exemple.fr", "rendez-vous à 10:30, voir https://exemple.fr"},
		{"« mal espacé »", "«\u00a0mal espacé\u00a0»"},
		{"et donc...", "et donc…"},
		{"vraiment?!", "vraiment\u00a0?!"},
	}
	for _, tt := range tests {
		if got := FrenchTypography(tt.in); got != tt.want {
			t.Errorf("FrenchTypography(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for in, want := range map[string]string{"suspension de mon allocation": "Suspension de mon allocation.",
		"élevé ?": "Élevé\u00a0?", "": "", "fin.": "Fin."} {
		if got := Sentence(in); got != want {
			t.Errorf("Sentence(%q) = %q, want %q", in, got, want)
		}
	}
}
