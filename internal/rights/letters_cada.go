package rights

import (
	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/journal"
)

// cadaLetter refers a refusal to communicate an algorithm's rules to the
// CADA. It counts the two months from the refusal that applies (explicit,
// an incomplete answer, or the month of silence), on the safe side; once
// they have passed it never claims to be in time, and relies on CRPA
// L112-6 instead. It asks only for the CRPA items.
func cadaLetter(l *doc.Letter, in LetterInput, c Case) {
	par, t := c.Request, c.CRPA
	l.Subject = "Saisine de la Commission d’accès aux documents administratifs — refus de communication des règles d’un traitement algorithmique (article L311-3-1 du CRPA)"
	object := "des règles des traitements algorithmiques ayant servi de fondement à des décisions individuelles me concernant " +
		"et des principales caractéristiques de leur mise en œuvre"
	if d := decisionPhrase(par); d != "" {
		object = "des règles du traitement algorithmique ayant servi de fondement à " + d +
			", et des principales caractéristiques de sa mise en œuvre"
	}
	l.Body = []doc.Block{
		para(sentPhrase(par, toAuthority)+", j’ai demandé à France Travail, en application des articles L311-3-1 et "+
			"R311-3-1-2 du code des relations entre le public et l’administration (CRPA), la communication "+object+".",
			"letternote.recalls_request"),
		para(refusalSentence(c), "letternote.says_refusal"),
		para(windowSentence(c), windowNote(t)),
		heading("Chronologie"),
		bullets("letternote.dates_proofs", timelineLines(c.Timeline)...),
		para("Je demande à la Commission d’émettre un avis favorable à la communication des informations suivantes, "+
			"appliquées à ma situation\u00a0:", "letternote.refers_cada"),
		bullets("letternote.not_received", itemLines(t.Missing)...),
	}
	l.Attachments = firstLetterAttachments(c)
}

// refusalSentence states which refusal the referral is about.
func refusalSentence(c Case) string {
	t := c.CRPA
	var s string
	switch t.Refusal {
	case RefusalExplicit:
		s = "Par une décision du " + journal.FormatLongDate(t.RefusalOn) + ", jointe à la présente saisine, France Travail a refusé cette communication."
	case RefusalIncomplete:
		s = "La réponse de France Travail du " + journal.FormatLongDate(t.RefusalOn) +
			" ne comporte pas les informations demandées au titre de ces articles, ce qui équivaut à un refus de les communiquer."
	default:
		s = "France Travail n’a pas répondu. Le silence qu’il a gardé pendant un mois a fait naître, le " +
			journal.FormatLongDate(t.RefusalOn) + ", une décision implicite de refus (articles R*311-12 et R311-13 du CRPA)."
	}
	if rem := remindersPhrase(c, toAuthority); rem != "" {
		s += " " + rem
	}
	return s
}

// windowSentence says the referral is within the two months, with their
// end computed on the safe side, or, once they have passed, why they cannot
// be held against the user (CRPA L112-6).
func windowSentence(c Case) string {
	t := c.CRPA
	if t.WindowOpen {
		return "Je saisis la Commission dans le délai de deux mois prévu par l’article R343-1 du même code. Ce délai, " +
			"qui court à compter du " + journal.FormatLongDate(t.RefusalOn) + ", expire le " + journal.FormatLongDate(t.Window.Due) + "."
	}
	return "Le délai de deux mois prévu par l’article R343-1 du même code, qui courait à compter du " +
		journal.FormatLongDate(t.RefusalOn) + ", ne m’est pas opposable. En effet, France Travail ne m’a adressé aucun accusé " +
		"de réception de ma demande mentionnant les voies et délais de recours, et notamment la possibilité de saisir la " +
		"Commission\u00a0; or, en application de l’article L112-6 du même code, les délais de recours ne sont pas opposables " +
		"à l’auteur d’une demande lorsque l’accusé de réception ne lui a pas été transmis ou ne comporte pas les indications requises."
}

func windowNote(t *CRPATrack) string {
	if t.WindowOpen {
		return "letternote.cada_in_time"
	}
	return "letternote.cada_l112_6"
}
