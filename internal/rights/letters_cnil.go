package rights

import (
	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/journal"
)

// cnilLetter is a complaint under Art. 77 GDPR. It states the case as
// recorded (no answer, an incomplete answer in time or late, a refusal),
// gives the timeline in date order and asks only for the GDPR items; the
// algorithm's rules under the CRPA are left to the CADA in one line.
func cnilLetter(l *doc.Letter, in LetterInput, c Case) {
	par := c.Request
	l.Subject = "Réclamation contre France Travail — " + gdprSubject(par.Kind)
	intro := "J’introduis une réclamation, en application de l’article 77 du règlement (UE) 2016/679 (RGPD), contre " +
		"France Travail, responsable du traitement des données des demandeurs d’emploi. J’ai d’abord exercé mes droits " +
		"auprès de cet organisme, par une demande du " + journal.FormatLongDate(par.SentOn) + " fondée sur " + gdprBasis(par.Kind)
	if d := decisionPhrase(par); d != "" {
		intro += ", concernant " + d
	}
	l.Body = []doc.Block{para(intro+".", "letternote.says_against_whom")}
	l.Body = append(l.Body, correctionsRecalled(par)...)
	l.Body = append(l.Body,
		para(cnilSituation(c), "letternote.says_what_happened"),
		heading("Chronologie"),
		bullets("letternote.dates_proofs", timelineLines(gdprEvents(c.Timeline))...),
		heading("Points restés sans suite"),
		bullets("letternote.not_provided", itemLines(c.MissingGDPR())...))
	if line := cadaLine(c); line != "" {
		l.Body = append(l.Body, para(line, "letternote.cada_apart"))
	}
	l.Body = append(l.Body,
		heading("Ma demande"),
		para("Je demande à la CNIL d’intervenir auprès de France Travail afin qu’il soit répondu, dans les "+
			"meilleurs délais, à l’ensemble des points ci-dessus, et de faire usage, le cas échéant, des pouvoirs "+
			"que lui confère l’article 58 du RGPD.",
			"letternote.cnil_request"))
	l.Attachments = firstLetterAttachments(c)
}

// gdprEvents drops the CRPA's implicit refusal: the CNIL complaint keeps
// to the GDPR track.
func gdprEvents(events []Event) []Event {
	var out []Event
	for _, e := range events {
		if e.Kind != EventImplicitRefusal {
			out = append(out, e)
		}
	}
	return out
}

// cnilSituation phrases what France Travail did, from the case only.
func cnilSituation(c Case) string {
	var s string
	r := c.Request
	switch c.Situation {
	case SituationRefused:
		s = "Le " + journal.FormatLongDate(r.RefusedOn) + ", "
		if r.RefusedOn.After(c.Due.Due) {
			s += "après l’expiration, le " + journal.FormatLongDate(c.Due.Due) + ", du délai prévu par l’article 12, " +
				"paragraphe 3, du RGPD, "
		}
		s += "France Travail a refusé par écrit de faire droit à ma demande."
		if c.Answer != TimingNone && !r.AnsweredOn.Equal(r.RefusedOn) && len(c.MissingGDPR()) > 0 {
			s += " Sa réponse du " + journal.FormatLongDate(r.AnsweredOn) + " ne comporte pas les éléments énumérés ci-dessous."
		}
	case SituationNoAnswer:
		opening := "France Travail n’y a pas répondu. "
		if c.Extension != TimingNone {
			opening = "France Travail ne m’a communiqué aucun des éléments demandés. "
		}
		s = opening + noAnswerSentence(c, toAuthority) + " À la date de la présente réclamation, aucune réponse ne m’est parvenue."
	default: // an incomplete answer, in time or late
		s = answerSentence(c, toAuthority) + " Elle est incomplète\u00a0: les éléments énumérés ci-dessous n’y figurent pas."
	}
	if rem := remindersPhrase(c, toAuthority); rem != "" {
		s += " " + rem
	}
	return s
}

// cadaLine says, when the algorithm's rules are missing too, that the CADA
// deals with them: the two tracks stay apart.
func cadaLine(c Case) string {
	if c.CRPA == nil || len(c.CRPA.Missing) == 0 {
		return ""
	}
	s := "Les règles des traitements algorithmiques, que je demandais également au titre de l’article L311-3-1 du code des " +
		"relations entre le public et l’administration, relèvent de la Commission d’accès aux documents administratifs\u00a0: "
	switch {
	case c.CADA != nil:
		return s + "je l’ai saisie le " + journal.FormatLongDate(c.CADA.SentOn) + "."
	case c.CADAGroundsLost():
		return s + "elles ne font pas l’objet de la présente réclamation."
	}
	return s + "je la saisis séparément."
}
