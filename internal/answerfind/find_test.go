package answerfind

import (
	"strings"
	"testing"
)

// one returns the finding for item in a one-page answer of text.
func one(t *testing.T, text, item string) Finding {
	t.Helper()
	got := Default().Find([]Page{{File: "reponse.pdf", Number: 1, Text: text}}, []string{item})
	if len(got) != 1 || got[0].Item != item {
		t.Fatalf("Find returned %+v", got)
	}
	return got[0]
}

func TestFinderProposesAnswersAndRefusesLookalikes(t *testing.T) {
	cases := []struct {
		name, item, text string
		found            bool
		term             string // expected phrase when found
	}{
		// True positives.
		{"purposes named", "a", "Les finalités du traitement sont l'accompagnement des demandeurs d'emploi et le versement des allocations.", true, "finalités du traitement"},
		{"purposes as objectives, no accents", "a", "LES OBJECTIFS DU TRAITEMENT SONT L'INSCRIPTION ET LE SUIVI.", true, "objectifs du traitement"},
		{"recipients listed", "c", "Les organismes destinataires de vos données sont la CAF et le conseil départemental.", true, "organismes destinataires"},
		{"retention with a duration", "d", "Vos données sont conservées pendant 2 ans après la fin de votre inscription.", true, "sont conservées"},
		{"retention inflected", "d", "Les durées de conservation figurent dans le tableau ci-dessous.", true, "durées de conservation"},
		{"source of data", "g", "Les données relatives à vos ressources proviennent de la CAF.", true, "proviennent de"},
		{"score with value", "scores", "Score d’employabilité : 0,42 (calculé le 12 mars 2026)", true, "score d employabilité"},
		{"table row of a modality", "scores", "Modalité d'accompagnement | Renforcé | 12/03/2026", true, "modalité d accompagnement"},
		{"indicator defined", "scores", "L'indicateur qui vous a été attribué correspond à un besoin d'accompagnement élevé.", true, "indicateur"},
		{"bare indicator with a value", "scores", "Indicateur : niveau 3", true, "indicateur"},
		{"weighting", "r3", "La pondération des critères est la suivante : ancienneté 40 %, qualification 60 %.", true, "pondération"},
		{"criteria with values", "r3", "Les critères retenus sont l'ancienneté d'inscription et le niveau de qualification.", true, "critères retenus"},
		{"complaint to the CNIL", "f", "Vous pouvez introduire une réclamation auprès de la CNIL, 3 place de Fontenoy.", true, "introduire une réclamation"},
		{"rights listed", "e", "Vous disposez d’un droit d’accès et de rectification, ainsi que d’un droit d’opposition.", true, "droit d accès et de rectification"},
		{"automated decision denied is an answer", "h", "Aucune décision n'est prise de manière automatisée : votre conseiller décide.", true, "aucune décision n est prise de manière automatisée"},
		{"human review", "review", "Votre situation a été réexaminée par une personne habilitée le 4 avril.", true, "réexaminée"},
		{"operations performed", "r4", "Le score est calculé à partir de la durée d'inscription et des démarches enregistrées.", true, "est calculé à partir"},

		// Letterheads, labels and unrelated sentences.
		{"recipient label of the letter", "c", "Destinataire : Mme Haddad", false, ""},
		{"our satisfaction score", "scores", "Notre score de satisfaction atteint 87 % cette année.", false, ""},
		{"satisfaction indicator", "scores", "L'indicateur de satisfaction des usagers est publié chaque trimestre.", false, ""},
		{"subject line restating", "d", "Objet : votre demande relative à la durée de conservation de vos données", false, ""},
		{"question restated", "a", "Vous nous avez demandé les finalités du traitement de vos données.", false, ""},
		{"refusal", "r3", "Nous ne sommes pas en mesure de vous communiquer la pondération des critères, couverte par le secret des affaires.", false, ""},
		{"deferral", "c", "La liste des organismes destinataires vous sera transmise ultérieurement.", false, ""},
		{"bare word without value", "scores", "Nous utilisons plusieurs indicateurs pour piloter nos agences.", false, ""},
		{"employment category is not a score", "scores", "Vous êtes inscrit en catégorie d'emploi : ouvrier qualifié.", false, ""},
		{"service note", "scores", "Conformément à la note de service du 3 mai 2026, votre dossier a été transmis.", false, ""},
		{"boilerplate only", "h", "France Travail veille à la protection de vos données personnelles.", false, ""},
		{"item the lexicon does not know", "unknown", "Les finalités du traitement sont la gestion.", false, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := one(t, c.text, c.item)
			if f.Found() != c.found {
				t.Fatalf("found = %v, want %v: %+v", f.Found(), c.found, f.Passages)
			}
			if !c.found {
				return
			}
			p := f.Passages[0]
			if p.Term != c.term {
				t.Errorf("term = %q, want %q", p.Term, c.term)
			}
			if p.File != "reponse.pdf" || p.Page != 1 || p.Start >= p.End || p.Start < p.SentenceStart || p.End > p.SentenceEnd {
				t.Errorf("passage place = %+v", p)
			}
			if got := c.text[p.SentenceStart:p.SentenceEnd]; strings.TrimSpace(got) == "" || p.Sentence == "" {
				t.Errorf("empty sentence in %+v", p)
			}
		})
	}
}

func TestPassageOffsetsPointAtTheMatchedWords(t *testing.T) {
	text := "Madame,\nVotre dossier a été examiné. Les données sont conservées pendant 24 mois. Cordialement."
	f := one(t, text, "d")
	if !f.Found() {
		t.Fatal("retention not found")
	}
	p := f.Passages[0]
	if got := text[p.Start:p.End]; got != "sont conservées" {
		t.Errorf("match = %q", got)
	}
	if p.Sentence != "Les données sont conservées pendant 24 mois." {
		t.Errorf("sentence = %q", p.Sentence)
	}
}

func TestWrappedLinesMakeOneSentenceAndShortLinesDoNot(t *testing.T) {
	// The layout wrapped the sentence after « durée de »: the term spans two lines.
	wrapped := "Nous vous informons que vos informations personnelles sont gardées selon une durée de\nconservation de cinq ans à compter de la clôture du dossier."
	if !one(t, wrapped, "d").Found() {
		t.Error("term across a layout line break not found")
	}
	// A short label line is a sentence of its own: the refusal below it
	// does not hide it, and it does not lend its words to the next line.
	lines := "Score d'employabilité : 0,61\nNous ne sommes pas en mesure de vous en dire plus."
	if !one(t, lines, "scores").Found() {
		t.Error("label line swallowed by the next sentence")
	}
}

func TestHeadersAndFootersRepeatedOnMostPagesAreIgnored(t *testing.T) {
	footer := "France Travail — Direction régionale — Durée de conservation : voir notre politique"
	var pages []Page
	for i := 1; i <= 4; i++ {
		pages = append(pages, Page{File: "reponse.pdf", Number: i, Text: "Page " + string(rune('0'+i)) + " sur 4\nTexte sans rapport avec la demande.\n" + footer})
	}
	got := Default().Find(pages, []string{"d"})
	if got[0].Found() {
		t.Fatalf("footer line taken as an answer: %+v", got[0].Passages)
	}
	// The same line on one page of four is content.
	pages[2].Text = "Les données sont conservées pendant 3 ans."
	got = Default().Find(pages, []string{"d"})
	if !got[0].Found() || got[0].Passages[0].Page != 3 {
		t.Fatalf("answer on page 3 not found: %+v", got[0].Passages)
	}
}

func TestScannedPagesAreNotRead(t *testing.T) {
	pages := []Page{{File: "scan.pdf", Number: 1, NoText: true, Text: "Les finalités du traitement sont la gestion."}}
	if Default().Find(pages, []string{"a"})[0].Found() {
		t.Error("a NoText page was searched")
	}
}

func TestEvasiveAnswerFindsNoDataItem(t *testing.T) {
	evasive := strings.Join([]string{
		"Objet : Votre demande d'accès à vos données personnelles",
		"Madame,",
		"Vous nous avez demandé la communication de vos données, des finalités du traitement, des destinataires des données et de leur durée de conservation.",
		"France Travail attache la plus grande importance à la protection de vos données personnelles.",
		"Votre demande est en cours d'examen par nos services et une réponse vous sera adressée prochainement.",
		"Les informations relatives aux critères et à la pondération des algorithmes ne peuvent pas être communiquées.",
		"Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.",
	}, "\n")
	items := []string{"copy", "scores", "a", "b", "c", "d", "g", "h", "decisions", "r1", "r2", "r3", "r4"}
	for _, f := range Default().Find([]Page{{File: "reponse.pdf", Number: 1, Text: evasive}}, items) {
		if f.Found() {
			t.Errorf("item %s found in an evasive answer: %+v", f.Item, f.Passages)
		}
	}
}
