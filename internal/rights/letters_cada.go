package rights

import (
	"strings"

	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/journal"
)

// cadaLetter refers a refusal to communicate an algorithm's rules to the
// CADA. It counts the two months from the earliest refusal on record
// (explicit, an incomplete answer, or the month of silence), on the safe
// side; once they have passed it never claims to be in time, and says why
// the time limit cannot be held against the user. It asks only for the
// CRPA items.
func cadaLetter(l *doc.Letter, in LetterInput, c Case) {
	par, t := c.Request, c.CRPA
	rules := "des règles des traitements algorithmiques"
	object := rules + " ayant servi de fondement à des décisions individuelles me concernant " +
		"et des principales caractéristiques de leur mise en œuvre"
	if d := decisionPhrase(par); d != "" {
		rules = "des règles d’un traitement algorithmique"
		object = "des règles du traitement algorithmique ayant servi de fondement à " + d +
			", et des principales caractéristiques de sa mise en œuvre"
	}
	l.Subject = "Saisine de la Commission d’accès aux documents administratifs — refus de communication " + rules +
		" (article L311-3-1 du CRPA)"
	l.Body = []doc.Block{
		para(sentPhrase(par, toAuthority)+", j’ai demandé à France Travail, en application des articles L311-3-1 et "+
			"R311-3-1-2 du code des relations entre le public et l’administration (CRPA), la communication "+object+
			". Cette demande était adressée à\u00a0: "+strings.Join(nonEmpty(par.Recipient), ", ")+".",
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

// refusalSentence states the refusal the window runs from, then what came
// after it.
func refusalSentence(c Case) string {
	t, r := c.CRPA, c.Request
	var parts []string
	switch t.Refusal {
	case RefusalExplicit:
		parts = append(parts, "Par une décision du "+journal.FormatLongDate(t.RefusalOn)+
			", jointe à la présente saisine, France Travail a refusé cette communication.")
	case RefusalIncomplete:
		parts = append(parts, "La réponse de France Travail du "+journal.FormatLongDate(t.RefusalOn)+
			" ne comporte pas les informations demandées au titre de ces articles, ce qui équivaut à un refus de les communiquer.")
	default:
		if c.Extension != TimingNone {
			parts = append(parts, "Le "+journal.FormatLongDate(r.ExtensionOn)+", France Travail m’a notifié une "+
				"prolongation du délai de réponse au titre de l’article 12, paragraphe 3, du RGPD. Cette prolongation est "+
				"sans effet sur le délai d’un mois prévu par l’article R*311-12 du CRPA.")
		} else {
			parts = append(parts, "France Travail ne m’a pas répondu dans le mois qui a suivi la réception de ma demande.")
		}
		parts = append(parts, "Ce silence a fait naître, le "+journal.FormatLongDate(t.RefusalOn)+
			", une décision implicite de refus (articles R*311-12 et R311-13 du CRPA).")
	}
	if t.Refusal != RefusalIncomplete && r.AnsweredOn.After(t.RefusalOn) && len(t.Missing) > 0 {
		parts = append(parts, "Sa réponse du "+journal.FormatLongDate(r.AnsweredOn)+
			", intervenue ensuite, ne comporte pas les informations demandées.")
	}
	if t.Refusal != RefusalExplicit && r.RefusedOn.After(t.RefusalOn) {
		parts = append(parts, "Par une décision du "+journal.FormatLongDate(r.RefusedOn)+
			", jointe à la présente saisine, France Travail a ensuite refusé expressément cette communication.")
	}
	if rem := remindersPhrase(c, toAuthority); rem != "" {
		parts = append(parts, rem)
	}
	return strings.Join(parts, " ")
}

// windowSentence says the referral is within the two months, with their
// end computed on the safe side, or, once they have passed, why they cannot
// be held against the user: no acknowledgement stating the routes of
// appeal for an implicit refusal (CRPA L112-6), no statement of them in an
// express decision (CJA R421-5).
func windowSentence(c Case) string {
	t := c.CRPA
	if t.WindowOpen {
		return "Je saisis la Commission dans le délai de deux mois prévu par l’article R343-1 du même code. Ce délai, " +
			"qui court à compter du " + journal.FormatLongDate(t.RefusalOn) + ", expire le " + journal.FormatLongDate(t.Window.Due) + "."
	}
	s := "Le délai de deux mois prévu par l’article R343-1 du même code, qui courait à compter du " +
		journal.FormatLongDate(t.RefusalOn) + ", ne m’est pas opposable. "
	if t.Refusal == RefusalImplicit {
		s += "En effet, France Travail ne m’a adressé aucun accusé de réception de ma demande mentionnant les voies et " +
			"délais de recours, et notamment la possibilité de saisir la Commission"
		if c.Extension != TimingNone {
			s += "\u00a0; son courrier du " + journal.FormatLongDate(c.Request.ExtensionOn) + " ne les mentionnait pas davantage"
		}
		return s + ". Or, en application de l’article L112-6 du même code, les délais de recours ne sont pas opposables " +
			"à l’auteur d’une demande lorsque l’accusé de réception ne lui a pas été transmis ou ne comporte pas les indications requises."
	}
	what := "la décision du "
	if t.Refusal == RefusalIncomplete {
		what = "la réponse du "
	}
	return s + "En effet, " + what + journal.FormatLongDate(t.RefusalOn) + " ne mentionnait ni la possibilité de " +
		"saisir la Commission ni le délai pour le faire. Or les délais de recours ne sont opposables qu’à la condition " +
		"d’avoir été mentionnés, ainsi que les voies de recours, dans la notification de la décision (article R421-5 du " +
		"code de justice administrative)."
}

func windowNote(t *CRPATrack) string {
	if t.WindowOpen {
		return "letternote.cada_in_time"
	}
	return "letternote.cada_l112_6"
}
