package rights

import (
	"strings"

	"github.com/carnet-app/carnet/internal/journal"
)

// Addressee says who a follow-up letter speaks to, which changes how it
// names France Travail.
type addressee int

const (
	toFranceTravail addressee = iota // « vos services »
	toAuthority                      // « France Travail » (CNIL, CADA)
)

// sentPhrase describes how and when the first request went and, when
// known, when it was received: « Par courrier du 1er septembre 2026, envoyé
// par lettre recommandée avec accusé de réception sous le numéro …, et reçu
// par vos services le 3 septembre 2026 ».
func sentPhrase(par Request, to addressee) string {
	s := "Par courrier du " + journal.FormatLongDate(par.SentOn) + ", envoyé " + par.Mode.phrase()
	if par.RegisteredNumber != "" {
		s += " sous le numéro " + unbreakable(par.RegisteredNumber)
	}
	if !par.ReceivedOn.IsZero() {
		who := "vos services"
		if to == toAuthority {
			who = "France Travail"
		}
		s += " et reçu par " + who + " le " + journal.FormatLongDate(par.ReceivedOn)
	}
	return s
}

// kindBasis names the law a first request relied on, as a complement of
// « fondée sur ».
func kindBasis(k Kind) string {
	switch k {
	case KindAccess:
		return "le droit d’accès prévu par l’article 15 du RGPD et sur l’article L311-3-1 du code des relations entre le public et l’administration"
	case KindExplanation:
		return "l’article L311-3-1 du code des relations entre le public et l’administration, l’article 47 de la loi Informatique et Libertés et l’article 22 du RGPD"
	case KindRectification:
		return "le droit de rectification prévu par l’article 16 du RGPD"
	case KindObjection:
		return "le droit d’opposition prévu par l’article 21 du RGPD"
	}
	return ""
}

// gdprBasis names only the GDPR rights a first request exercised: what a
// CNIL complaint is about.
func gdprBasis(k Kind) string {
	switch k {
	case KindAccess:
		return "le droit d’accès prévu par l’article 15 du RGPD"
	case KindExplanation:
		return "l’article 22 du RGPD et l’article 47 de la loi Informatique et Libertés"
	}
	return kindBasis(k)
}

// gdprSubject names what a CNIL complaint is about, the GDPR right only,
// with the articles it rests on.
func gdprSubject(k Kind) string {
	switch k {
	case KindAccess:
		return "droit d’accès à mes données personnelles (articles 12, 15 et 77 du RGPD)"
	case KindExplanation:
		return "décision me concernant et demande de réexamen humain (articles 12, 22 et 77 du RGPD)"
	case KindRectification:
		return "droit de rectification (articles 12, 16 et 77 du RGPD)"
	case KindObjection:
		return "droit d’opposition au profilage (articles 12, 21 et 77 du RGPD)"
	}
	return ""
}

// kindSubject is the subject of a first request, reused by follow-ups.
func kindSubject(k Kind) string {
	switch k {
	case KindAccess:
		return "demande d’accès à mes données personnelles et aux règles des traitements algorithmiques me concernant"
	case KindExplanation:
		return "demande d’explication et de réexamen humain d’une décision"
	case KindRectification:
		return "demande de rectification de mes données personnelles"
	case KindObjection:
		return "opposition au profilage"
	}
	return ""
}

// decisionPhrase names the decision an explanation request is about, for
// follow-ups: « la décision prise à mon égard le 3 novembre 2026
// (référence ACC-2026-0457), à savoir un changement de ma modalité
// d’accompagnement ». It returns "" for other kinds of request.
func decisionPhrase(par Request) string {
	if par.Kind != KindExplanation {
		return ""
	}
	d := par.Decision
	s := "la décision prise à mon égard le " + journal.FormatLongDate(d.Date) + reference(d)
	if n := decisionNatureFR(d.Nature); n != "" {
		s += ", à savoir " + n
	}
	return s
}

// firstLetterAttachments lists the pieces a follow-up joins: the request,
// its proof of sending and receipt, any reminder with its proof, the
// answer and the refusal.
func firstLetterAttachments(c Case) []string {
	par := c.Request
	att := []string{"copie de ma demande du " + journal.FormatLongDate(par.SentOn)}
	att = append(att, sendingProof(par.Mode))
	if par.Kind == KindExplanation {
		att = append(att, "copie de la décision du "+journal.FormatLongDate(par.Decision.Date)+reference(par.Decision))
	}
	att = append(att, proofNames(par)...)
	for _, rem := range c.Reminders {
		att = append(att, "copie de ma relance du "+journal.FormatLongDate(rem.SentOn), sendingProof(rem.Mode)+" de la relance")
	}
	if !par.AnsweredOn.IsZero() {
		att = append(att, "copie de la réponse de France Travail du "+journal.FormatLongDate(par.AnsweredOn))
	}
	if !par.RefusedOn.IsZero() {
		att = append(att, "copie de la décision de refus du "+journal.FormatLongDate(par.RefusedOn))
	}
	return att
}

func sendingProof(m SendMode) string {
	switch m {
	case ModeRegistered:
		return "preuve de dépôt et avis de réception de la lettre recommandée"
	case ModeHand:
		return "récépissé de remise"
	}
	return "preuve d’envoi"
}

func registered(r Request) string {
	if r.RegisteredNumber == "" {
		return ""
	}
	return " (recommandé n°\u00a0" + unbreakable(r.RegisteredNumber) + ")"
}

// unbreakable joins the groups of a number with no-break spaces, so a
// registered-mail number never splits across lines.
func unbreakable(s string) string { return strings.Join(strings.Fields(s), "\u00a0") }

// itemLines turns checklist items into list lines ending in « ; » and the
// last in « . ».
func itemLines(items []ChecklistItem) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.Label + "\u00a0;"
	}
	if n := len(out); n > 0 {
		out[n-1] = strings.TrimSuffix(out[n-1], "\u00a0;") + "."
	}
	return out
}

// timelineLines turns a case's events into list lines: « 3 septembre
// 2026 : réception de ma demande par France Travail ; ».
func timelineLines(events []Event) []string {
	out := make([]string, len(events))
	for i, e := range events {
		out[i] = journal.FormatLongDate(e.Date) + "\u00a0: " + e.Text + "\u00a0;"
	}
	if n := len(out); n > 0 {
		out[n-1] = strings.TrimSuffix(out[n-1], "\u00a0;") + "."
	}
	return out
}

// remindersPhrase says when France Travail was reminded: « J’ai adressé une
// relance à France Travail le 12 octobre 2026 (reçue le 14 octobre 2026). »,
// or "" when no reminder was sent.
func remindersPhrase(c Case, to addressee) string {
	if len(c.Reminders) == 0 {
		return ""
	}
	var parts []string
	for _, rem := range c.Reminders {
		p := "le " + journal.FormatLongDate(rem.SentOn)
		if !rem.ReceivedOn.IsZero() {
			p += " (reçue le " + journal.FormatLongDate(rem.ReceivedOn) + ")"
		}
		parts = append(parts, p)
	}
	list := strings.Join(parts, ", puis ")
	noun := "une relance"
	if len(c.Reminders) > 1 {
		noun = "des relances"
	}
	if to == toFranceTravail {
		return "Je vous ai adressé " + noun + " " + list + "."
	}
	return "J’ai adressé " + noun + " à France Travail " + list + "."
}

// correctionLines lists a rectification's corrections as letter lines,
// with the user's text in French typography and each proof by its label.
func correctionLines(r Request) []string {
	var items []string
	for _, c := range r.filledCorrections() {
		item := "donnée enregistrée\u00a0: " + Quoted(c.Recorded) + " — donnée exacte\u00a0: " + Quoted(c.Truth)
		if proof := FrenchTypography(c.ProofName()); proof != "" {
			item += " (justificatif joint\u00a0: " + proof + ")"
		}
		items = append(items, item+"\u00a0;")
	}
	if n := len(items); n > 0 {
		items[n-1] = strings.TrimSuffix(items[n-1], "\u00a0;") + "."
	}
	return items
}

// proofNames lists the proofs a rectification joins, by their labels.
func proofNames(r Request) []string {
	var out []string
	for _, c := range r.filledCorrections() {
		if proof := FrenchTypography(c.ProofName()); proof != "" {
			out = append(out, proof)
		}
	}
	return out
}

// reference is « (référence X) » for a decision that has one, else "".
func reference(d Decision) string {
	if ref := strings.TrimSpace(d.Reference); ref != "" {
		return " (référence " + ref + ")"
	}
	return ""
}
