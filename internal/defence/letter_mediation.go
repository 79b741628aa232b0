package defence

import (
	"sort"
	"strings"

	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// mediationLetter refers a decision to the regional mediator of France
// Travail, the mandatory step before the administrative court (CJA
// L213-11, R5312-47): the decision, what is contested and why, the dated
// steps already taken and the attachments.
func mediationLetter(l *doc.Letter, in LetterInput) {
	n := in.Notice
	l.Subject = "Saisine du médiateur régional de France Travail — contestation de la décision " + ofNotice(n)
	decision := []string{
		"date\u00a0: " + journal.FormatLongDate(n.Date),
		"nature\u00a0: " + natureFR(n),
	}
	if ref := strings.TrimSpace(n.Reference); ref != "" {
		decision = append(decision[:1], append([]string{"référence\u00a0: " + ref}, decision[1:]...)...)
	}
	if t := strings.TrimSpace(n.Failure.Text); t != "" {
		decision = append(decision, "motif indiqué\u00a0: "+rights.Quoted(t))
	}
	l.Body = []doc.Block{
		para("Je vous saisis, préalablement à tout recours contentieux, comme le prévoient l’article L213-11 du code de justice "+
			"administrative et l’article R5312-47 du code du travail, de la décision suivante de France Travail me concernant\u00a0:",
			"letternote.defence_med_refers"),
		bullets("letternote.defence_med_decision", listLines(decision)...),
		heading("Ce que je conteste et pourquoi"),
		para(rights.Sentence(in.Contest), "letternote.defence_med_contest"),
		para(rights.Sentence(in.Grounds), "letternote.defence_grounds"),
	}
	if in.Dossier != nil {
		l.Body = append(l.Body, totalsBlocks(TotalsOf(*in.Dossier))...)
	}
	l.Body = append(l.Body, reasonBlocks(in.Reasons)...)
	l.Body = append(l.Body,
		heading("Démarches déjà effectuées"),
		bullets("letternote.defence_med_timeline", timeline(in)...),
		para("Je vous remercie de m’accuser réception de cette saisine et de m’indiquer la suite que vous lui donnerez.",
			"letternote.defence_med_asks"))
	l.Body = append(l.Body, hearingBlock(in, "votre avis")...)
	l.Attachments = []string{noticeCopy(n)}
	for _, s := range in.sortedSteps() {
		l.Attachments = append(l.Attachments, "copie des pièces de l’étape du "+journal.FormatLongDate(s.Date)+"\u00a0: "+
			strings.TrimSuffix(rights.FrenchTypography(strings.TrimSpace(s.Text)), "."))
	}
	if in.Dossier != nil {
		l.Attachments = append(l.Attachments, dossierAttachment(*in.Dossier))
	}
}

// sortedSteps returns the steps with a date and words, oldest first.
func (in LetterInput) sortedSteps() []Step {
	var out []Step
	for _, s := range in.Steps {
		if !s.Date.IsZero() && strings.TrimSpace(s.Text) != "" {
			out = append(out, s)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date.Before(out[j].Date) })
	return out
}

// timeline is the dated list of events: the decision, the day the user
// saw it, and the steps taken, sorted by date.
func timeline(in LetterInput) []string {
	n := in.Notice
	steps := []Step{{Date: n.Date, Text: "décision de France Travail"}}
	if !n.SeenOn.IsZero() && n.SeenOn.After(n.Date) {
		steps = append(steps, Step{Date: n.SeenOn, Text: "prise de connaissance de la décision"})
	}
	steps = append(steps, in.sortedSteps()...)
	sort.SliceStable(steps, func(i, j int) bool { return steps[i].Date.Before(steps[j].Date) })
	items := make([]string, len(steps))
	for i, s := range steps {
		items[i] = journal.FormatLongDate(s.Date) + "\u00a0: " + strings.TrimSuffix(rights.FrenchTypography(strings.TrimSpace(s.Text)), ".")
	}
	return listLines(items)
}
