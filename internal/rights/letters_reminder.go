package rights

import (
	"strings"

	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/journal"
)

// reminderLetter asks France Travail again, stating the case as recorded:
// no answer by the deadline (plain, extended, or after a late extension),
// or an answer that lacks items.
func reminderLetter(l *doc.Letter, in LetterInput, c Case) {
	par := c.Request
	l.Subject = "Relance — " + kindSubject(par.Kind)
	if len(c.Reminders) > 0 {
		l.Subject = "Nouvelle relance — " + kindSubject(par.Kind)
	}
	l.References = append(l.References, "Ma demande du "+journal.FormatLongDate(par.SentOn))
	first := sentPhrase(par, toFranceTravail) + ", je vous ai adressé une demande fondée sur " + kindBasis(par.Kind)
	if d := decisionPhrase(par); d != "" {
		first += ", concernant " + d
	}
	l.Body = []doc.Block{para(first+".", "letternote.recalls_first_letter")}
	l.Body = append(l.Body, correctionsRecalled(par)...)
	if c.Situation == SituationNoAnswer {
		l.Body = append(l.Body, para(noAnswerSentence(c, toFranceTravail), "letternote.deadline_passed"))
		l.Body = appendReminders(l.Body, c, toFranceTravail)
		l.Body = append(l.Body,
			para("À ce jour, je n’ai reçu aucune réponse. Je vous demande donc de donner suite sans délai à "+
				"l’ensemble de ma demande, à savoir\u00a0:", "letternote.asks_all_again"),
			bullets("letternote.expected", itemLines(c.Missing)...))
	} else {
		l.Body = append(l.Body,
			para(answerSentence(c, toFranceTravail)+" Elle ne comporte pas l’ensemble des éléments demandés. Il y manque\u00a0:",
				"letternote.answer_incomplete"),
			bullets("letternote.exactly_missing", itemLines(c.Missing)...))
		l.Body = appendReminders(l.Body, c, toFranceTravail)
		l.Body = append(l.Body, para("Je vous demande de donner suite sans délai à ces points.", "letternote.asks_missing_again"))
	}
	if next := nextSteps(c); next != "" {
		l.Body = append(l.Body, para(next, "letternote.announces_next"))
	}
	l.Attachments = firstLetterAttachments(c)
}

func appendReminders(body []doc.Block, c Case, to addressee) []doc.Block {
	if rem := remindersPhrase(c, to); rem != "" {
		body = append(body, para(rem, "letternote.recalls_reminders"))
	}
	return body
}

// nextSteps announces only the escalations the case allows: the CNIL when
// GDPR items are missing, the CADA when the rules are missing and its
// window is not lost (noting that it already runs).
func nextSteps(c Case) string {
	var parts []string
	if c.Situation == SituationNoAnswer || len(c.MissingGDPR()) > 0 {
		parts = append(parts, "À défaut, je saisirai la Commission nationale de l’informatique et des libertés (CNIL) "+
			"d’une réclamation, en application de l’article 77 du RGPD.")
	}
	t := c.CRPA
	switch {
	case t == nil || len(t.Missing) == 0 || c.CADAGroundsLost():
	case t.Refusal != RefusalNone:
		parts = append(parts, "S’agissant des règles des traitements algorithmiques, "+refusalNoun[t.Refusal]+
			" vaut déjà refus\u00a0; je me réserve de saisir la Commission d’accès aux documents "+
			"administratifs (CADA) dans le délai prévu par l’article R343-1 du code des relations entre le public et l’administration.")
	default:
		parts = append(parts, "À défaut, je saisirai la Commission d’accès aux documents administratifs (CADA) pour ce "+
			"qui concerne les règles des traitements algorithmiques.")
	}
	return strings.Join(parts, " ")
}

// refusalNoun names, as the subject of a sentence to France Travail, what
// refused the algorithm's rules. A written refusal never reaches a reminder:
// the case then has no grounds for one.
var refusalNoun = map[RefusalKind]string{
	RefusalImplicit:   "votre silence",
	RefusalIncomplete: "votre réponse incomplète",
}

// correctionsRecalled lists, for a rectification, the data it disputed.
func correctionsRecalled(par Request) []doc.Block {
	items := correctionLines(par)
	if len(items) == 0 {
		return nil
	}
	return []doc.Block{para("Ma demande portait sur les rectifications suivantes\u00a0:", "letternote.recalls_corrections"),
		bullets("letternote.each_error", items...)}
}

// noAnswerSentence states when the deadline expired, taking the extension
// into account: announced in time, it is three months; announced late, it
// did not extend anything.
func noAnswerSentence(c Case, to addressee) string {
	switch c.Extension {
	case TimingInTime:
		informed := "France Travail m’a notifié"
		if to == toFranceTravail {
			informed = "vous m’avez notifié"
		}
		return "Le " + journal.FormatLongDate(c.Request.ExtensionOn) + ", " + informed +
			" une prolongation de deux mois du délai de réponse, comme le permet l’article 12, paragraphe 3, du RGPD. " +
			"Ce délai prolongé a expiré le " + journal.FormatLongDate(c.Due.Due) + "."
	case TimingLate:
		who := "France Travail a annoncé"
		if to == toFranceTravail {
			who = "vous avez annoncé"
		}
		return "Le délai d’un mois prévu par l’article 12, paragraphe 3, du RGPD a expiré le " +
			journal.FormatLongDate(c.OneMonth.Due) + ". Ce n’est que le " + journal.FormatLongDate(c.Request.ExtensionOn) +
			" que " + who + " une prolongation\u00a0; or une prolongation doit être annoncée, motifs à l’appui, " +
			"au cours de ce premier mois. Elle n’a donc pas prorogé le délai."
	}
	return "Le délai d’un mois prévu par l’article 12, paragraphe 3, du RGPD, qui courait à compter de la réception de " +
		"ma demande le " + journal.FormatLongDate(c.Receipt) + ", a expiré le " + journal.FormatLongDate(c.Due.Due) + "."
}

// answerSentence states when France Travail answered, and whether in time.
func answerSentence(c Case, to addressee) string {
	day := journal.FormatLongDate(c.Request.AnsweredOn)
	subject := "Votre réponse du " + day
	if to == toAuthority {
		subject = "La réponse de France Travail du " + day
	}
	if c.Answer == TimingLate {
		return subject + " est intervenue après l’expiration, le " + journal.FormatLongDate(c.Due.Due) +
			", du délai prévu par l’article 12, paragraphe 3, du RGPD."
	}
	return subject + " est intervenue avant l’expiration du délai prévu par l’article 12, paragraphe 3, du RGPD."
}
