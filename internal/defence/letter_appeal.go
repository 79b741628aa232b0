package defence

import (
	"strings"

	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/rights"
)

// appealLetter is the prior administrative appeal to the decision's
// author. It claims to be in time only within the deadline, and says the
// time limit cannot be held against the user when the decision does not
// state the routes and time limits of appeal (CJA R421-5, LEGAL.md §6).
func appealLetter(l *doc.Letter, in LetterInput) {
	n := in.Notice
	l.Subject = "Recours administratif préalable contre la décision " + ofNotice(n)
	recall := "Par décision " + ofNotice(n) + seenClause(n) + ", " + decidedFR(n)
	if t := strings.TrimSpace(n.Failure.Text); t != "" {
		recall += ", au motif suivant\u00a0: " + rights.Quoted(t)
	}
	l.Body = []doc.Block{
		para(recall+".", "letternote.defence_appeal_recalls"),
		para("Je forme contre cette décision un recours administratif préalable et vous demande de "+appealRequest(n.Kind)+".",
			"letternote.defence_appeal_asks"),
	}
	if n.RoutesStated != RoutesMissing {
		if s := inTimeSentence(in, "Ce recours est formé"); s != "" {
			l.Body = append(l.Body, para(s, "letternote.defence_in_time"))
		}
	} else {
		l.Body = append(l.Body, para("La notification de cette décision ne mentionne pas les voies et délais de recours. "+
			"En application de l’article R421-5 du code de justice administrative, les délais de recours ne me sont donc pas opposables.",
			"letternote.defence_appeal_routes"))
	}
	l.Body = append(l.Body, heading("Motifs du recours"))
	if c := strings.TrimSpace(in.Contest); c != "" {
		l.Body = append(l.Body, para(rights.Sentence(c), "letternote.defence_med_contest"))
	}
	l.Body = append(l.Body, para(rights.Sentence(in.Grounds), "letternote.defence_grounds"))
	if in.Dossier != nil {
		l.Body = append(l.Body, totalsBlocks(TotalsOf(*in.Dossier))...)
	}
	l.Body = append(l.Body, reasonBlocks(in.Reasons)...)
	l.Body = append(l.Body, hearingBlock(in, "qu’il soit statué sur ce recours")...)
	l.Body = append(l.Body, para("Je vous remercie de m’indiquer la suite donnée à ce recours.", "letternote.defence_appeal_answer"))
	l.Attachments = []string{noticeCopy(n)}
	if in.Dossier != nil {
		l.Attachments = append(l.Attachments, dossierAttachment(*in.Dossier))
	}
}

// appealRequest is what the appeal asks, by decision kind.
func appealRequest(k Kind) string {
	switch k {
	case KindWarning:
		return "retirer cet avertissement"
	case KindRepayment:
		return "renoncer à cette demande de remboursement"
	case KindRadiation:
		return "retirer cette décision et de me rétablir sur la liste des demandeurs d’emploi"
	}
	return "retirer cette décision et de me verser les montants suspendus ou supprimés en application de celle-ci"
}
