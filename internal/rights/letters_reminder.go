package rights

import (
	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/journal"
)

// reminderLetter asks France Travail again, stating the case as recorded:
// no answer by the deadline (plain, extended, or after a late extension),
// or an answer that lacks items.
func reminderLetter(l *doc.Letter, in LetterInput, c Case) {
	par := c.Request
	l.Subject = "Relance — " + kindSubject(par.Kind)
	l.References = append(l.References, "Ma demande du "+journal.FormatLongDate(par.SentOn))
	first := sentPhrase(par, toFranceTravail) + ", je vous ai adressé une demande fondée sur " + kindBasis(par.Kind)
	if d := decisionPhrase(par); d != "" {
		first += ", concernant " + d
	}
	l.Body = []doc.Block{para(first+".", "letternote.recalls_first_letter")}
	if rem := remindersPhrase(c, toFranceTravail); rem != "" {
		l.Body = append(l.Body, para(rem, "letternote.recalls_reminders"))
	}
	if c.Situation == SituationNoAnswer {
		l.Body = append(l.Body,
			para(noAnswerSentence(c, toFranceTravail)+" À ce jour, je n’ai reçu aucune réponse.", "letternote.deadline_passed"),
			para("Je vous demande donc de me communiquer sans délai l’ensemble des éléments demandés, à savoir\u00a0:",
				"letternote.asks_all_again"),
			bullets("letternote.expected", itemLines(c.Missing)...))
	} else {
		l.Body = append(l.Body,
			para(answerSentence(c, toFranceTravail)+" Elle ne comporte pas l’ensemble des éléments demandés. Il y manque\u00a0:",
				"letternote.answer_incomplete"),
			bullets("letternote.exactly_missing", itemLines(c.Missing)...),
			para("Je vous demande de me communiquer ces éléments sans délai.", "letternote.asks_missing_again"))
	}
	next := "À défaut, je saisirai la Commission nationale de l’informatique et des libertés (CNIL) d’une réclamation, en application de l’article 77 du RGPD"
	if c.CRPA != nil && len(c.CRPA.Missing) > 0 {
		next += ", et la Commission d’accès aux documents administratifs (CADA) pour ce qui concerne les règles des traitements algorithmiques"
	}
	l.Body = append(l.Body, para(next+".", "letternote.announces_next"))
	l.Attachments = firstLetterAttachments(c)
}

// noAnswerSentence states when the deadline expired, taking the extension
// into account: announced in time, it is three months; announced late, it
// did not extend anything.
func noAnswerSentence(c Case, to addressee) string {
	ft := "France Travail"
	switch c.Extension {
	case TimingInTime:
		informed := ft + " m’a informé"
		if to == toFranceTravail {
			informed = "vous m’avez informé"
		}
		return "Le " + journal.FormatLongDate(c.Request.ExtensionOn) + ", " + informed +
			" d’une prolongation de deux mois du délai de réponse, comme le permet l’article 12, paragraphe 3, du RGPD. " +
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
