package defence

import (
	"strings"

	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/report"
	"github.com/carnet-app/carnet/internal/rights"
)

// maxListedActs is how many acts a letter lists before referring to the
// attached dossier for the rest.
const maxListedActs = 25

// remobilisationLetter asks that a suspension end and the suspended
// amount be paid (R5412-1), listing the acts since the decision.
func remobilisationLetter(l *doc.Letter, in LetterInput) {
	n, d := in.Notice, *in.Dossier
	l.Subject = "Demande de levée de la suspension de mon allocation (article R5412-1 du code du travail)"
	l.Body = []doc.Block{
		para("Par décision "+ofNotice(n)+seenClause(n)+", "+decidedFR(n)+", au motif suivant\u00a0: "+
			rights.Quoted(n.Failure.Text)+".", "letternote.defence_remob_recalls"),
		para("L’article R5412-1 du code du travail prévoit que la suspension prend fin lorsque la personne se conforme de "+
			"nouveau à ses obligations. Depuis cette décision, j’ai accompli les démarches suivantes, dont les justificatifs "+
			"figurent dans le dossier joint\u00a0:", "letternote.defence_remob_acts"),
		bullets("letternote.defence_remob_acts", actLines(d.Acts)...),
	}
	l.Body = append(l.Body, totalsBlocks(TotalsOf(d))...)
	l.Body = append(l.Body, para("Je vous demande en conséquence de mettre fin à cette suspension et de me verser les montants "+
		"suspendus, comme le prévoit l’article R5412-1 du code du travail.", "letternote.defence_remob_asks"))
	l.Body = append(l.Body, hearingBlock(in, "votre décision")...)
	l.Attachments = []string{dossierAttachment(d), noticeCopy(n)}
}

// actLines lists acts: « 3 décembre 2026 : Réponse à des offres d’emploi —
// Boulangerie Martin (justificatifs : candidature.pdf) ».
func actLines(acts []report.DossierAct) []string {
	var items []string
	for i, a := range acts {
		if i == maxListedActs {
			items = append(items, "et "+count(len(acts)-i, "autre démarche, détaillée", "autres démarches, détaillées")+
				" dans le dossier joint")
			break
		}
		what := a.Label
		if typ, ok := a.Type(); ok && (what == "" || a.Redacted) {
			what = typ.Label
		}
		line := journal.FormatLongDate(a.Date) + "\u00a0: " + rights.FrenchTypography(what)
		if a.Organisation != "" {
			line += " — " + rights.FrenchTypography(a.Organisation)
		}
		if len(a.Attachments) > 0 {
			names := make([]string, len(a.Attachments))
			for j, p := range a.Attachments {
				names[j] = p.Name
			}
			line += " (" + pluralWord(len(names), "justificatif", "justificatifs") + "\u00a0: " + strings.Join(names, ", ") + ")"
		}
		items = append(items, line)
	}
	return listLines(items)
}

func pluralWord(n int, one, many string) string {
	if n <= 1 {
		return one
	}
	return many
}
