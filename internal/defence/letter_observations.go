package defence

import (
	"strings"

	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/rights"
)

// observationsLetter answers the failure a notice states, point by point,
// with the totals of the period's dossier, which it attaches.
func observationsLetter(l *doc.Letter, in LetterInput) {
	n, d := in.Notice, *in.Dossier
	l.Subject = "Observations sur " + noticeNounFR(n.Kind) + " " + ofNotice(n)
	by := "Par courrier "
	if n.Kind == KindWarning {
		by = "Par un avertissement "
	}
	recall := by + ofNotice(n) + seenClause(n) + ", vous me reprochez, pour la période " +
		periodFR(n.PeriodFrom, n.PeriodTo) + ", le manquement suivant\u00a0: " + rights.Quoted(n.Failure.Text) + "."
	if n.Kind == KindControl {
		recall = "Par courrier " + ofNotice(n) + seenClause(n) + ", vous m’avez adressé un questionnaire de contrôle de ma " +
			"recherche d’emploi pour la période " + periodFR(n.PeriodFrom, n.PeriodTo) + "."
		if n.Failure.Text != "" {
			recall += " Vous y indiquez\u00a0: " + rights.Quoted(n.Failure.Text) + "."
		}
	}
	l.Body = []doc.Block{para(recall, "letternote.defence_recalls_notice")}
	if s := inTimeSentence(in, "Je vous adresse mes observations"); s != "" {
		l.Body = append(l.Body, para(s, "letternote.defence_in_time"))
	}
	if answers := in.answers(); len(answers) > 0 {
		l.Body = append(l.Body, heading("Sur le manquement reproché"))
		for _, a := range answers {
			text := rights.Sentence(a.Response)
			if point := strings.TrimSpace(a.Point); point != "" {
				text = "S’agissant de " + rights.Quoted(point) + "\u00a0: " + clause(a.Response)
			}
			l.Body = append(l.Body, para(text, "letternote.defence_answers_point"))
		}
	}
	l.Body = append(l.Body, heading("Mes démarches pendant la période"))
	l.Body = append(l.Body, totalsBlocks(TotalsOf(d))...)
	l.Body = append(l.Body, para("Le détail de chacune de ces démarches, daté, avec ses justificatifs, figure dans le dossier joint.",
		"letternote.defence_dossier"))
	l.Body = append(l.Body, reasonBlocks(in.Reasons)...)
	l.Body = append(l.Body, hearingBlock(in, "toute décision")...)
	l.Body = append(l.Body, para(observationsRequest(n.Kind, len(d.Acts) > 0), "letternote.defence_asks_no_sanction"))
	l.Attachments = []string{dossierAttachment(d), noticeCopy(n)}
}

// observationsRequest is what the observations ask for, by notice kind; a
// control is said to show acts only when the dossier holds some.
func observationsRequest(k Kind, acts bool) string {
	switch {
	case k == KindControl && acts:
		return "Au vu de ces éléments, je vous demande de constater que j’ai accompli des actes de recherche d’emploi pendant cette période et de clore ce contrôle sans suite."
	case k == KindControl:
		return "Au vu de ces éléments, je vous demande de clore ce contrôle sans suite."
	case k == KindWarning:
		return "Au vu de ces éléments, je vous demande de reconsidérer cet avertissement et de le retirer."
	}
	return "Au vu de ces éléments, je vous demande de ne prendre aucune sanction à mon égard."
}
