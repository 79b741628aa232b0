package defence

import (
	"strconv"
	"strings"
	"time"

	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/report"
	"github.com/carnet-app/carnet/internal/rights"
)

// noticeNounFR names the notice with its article: « votre courrier
// d’information préalable à une sanction », « la décision ».
func noticeNounFR(k Kind) string {
	switch k {
	case KindControl:
		return "le questionnaire de contrôle de ma recherche d’emploi"
	case KindPreSanction:
		return "votre courrier m’informant qu’une sanction est envisagée à mon égard"
	case KindWarning:
		return "l’avertissement"
	case KindRepayment:
		return "la demande de remboursement"
	}
	return "la décision"
}

// natureFR names what a decision is, without article: « suspension de
// 30 % de mon allocation pendant deux mois à compter du 1er décembre
// 2026 », « radiation de la liste des demandeurs d’emploi ».
func natureFR(n Notice) string {
	switch n.Kind {
	case KindWarning:
		return "avertissement"
	case KindSanction:
		s := n.Sanction
		what := "suspension"
		if s.Measure == MeasureSuppression {
			what = "suppression"
		}
		return what + " de " + strconv.Itoa(s.Rate) + "\u00a0% de mon allocation pendant " +
			PeriodFR(Period{N: s.Months, Unit: UnitMonths}) + " à compter du " + journal.FormatLongDate(s.Start)
	case KindRadiation:
		return "radiation de la liste des demandeurs d’emploi"
	case KindRepayment:
		if n.AmountCents > 0 {
			return "demande de remboursement d’un trop-perçu d’allocations de " + euros(n.AmountCents)
		}
		return "demande de remboursement d’un trop-perçu d’allocations"
	}
	return ""
}

// decidedFR says what France Travail decided, as the clause after « Par
// décision du …, »: « vous avez prononcé la suspension de … ».
func decidedFR(n Notice) string {
	switch n.Kind {
	case KindWarning:
		return "vous m’avez adressé un avertissement"
	case KindRadiation:
		return "vous avez prononcé ma radiation de la liste des demandeurs d’emploi"
	case KindRepayment:
		return "vous m’avez adressé une " + natureFR(n)
	}
	return "vous avez prononcé la " + natureFR(n)
}

// euros writes an amount the French way: « 1 234,56 € ».
func euros(cents int64) string {
	units := strconv.FormatInt(cents/100, 10)
	var groups []string
	for len(units) > 3 {
		groups = append([]string{units[len(units)-3:]}, groups...)
		units = units[:len(units)-3]
	}
	groups = append([]string{units}, groups...)
	c := strconv.FormatInt(cents%100, 10)
	if len(c) < 2 {
		c = "0" + c
	}
	return strings.Join(groups, "\u00a0") + "," + c + "\u00a0€"
}

// noticeReference is the « Réf. » line: « Votre courrier du 20 novembre
// 2026, référence AV-2026-118 ».
func noticeReference(n Notice) string {
	s := "Votre courrier du " + journal.FormatLongDate(n.Date)
	if n.Kind.Decision() {
		s = "Décision du " + journal.FormatLongDate(n.Date)
	}
	if ref := strings.TrimSpace(n.Reference); ref != "" {
		s += ", référence " + ref
	}
	return s
}

// ofNotice is « du 20 novembre 2026 (référence AV-2026-118) ».
func ofNotice(n Notice) string {
	s := "du " + journal.FormatLongDate(n.Date)
	if ref := strings.TrimSpace(n.Reference); ref != "" {
		s += " (référence " + ref + ")"
	}
	return s
}

// seenClause is « , dont j’ai pris connaissance le 26 novembre 2026 » when
// the user saw the notice after the day it bears, else "".
func seenClause(n Notice) string {
	if n.SeenOn.IsZero() || !journal.Day(n.SeenOn).After(journal.Day(n.Date)) {
		return ""
	}
	return ", dont j’ai pris connaissance le " + journal.FormatLongDate(n.SeenOn)
}

// periodFR is « du 1er septembre 2026 au 31 octobre 2026 ».
func periodFR(from, to time.Time) string {
	return "du " + journal.FormatLongDate(from) + " au " + journal.FormatLongDate(to)
}

// inTimeSentence says the letter is sent within the notice's time limit,
// or returns "" when the notice gives none or the deadline has passed: a
// letter never claims to be in time after the deadline.
func inTimeSentence(in LetterInput, what string) string {
	d, ok := ComputeDeadline(in.Notice, in.Profile.Departement)
	if !ok || d.Passed(in.Today) {
		return ""
	}
	return what + " dans le délai de " + PeriodFR(d.Period) + " indiqué dans " + noticeNounFR(in.Notice.Kind) + ", qui expire le " +
		rights.WeekdayDateFR(d.Due) + "."
}

// totalsBlocks states the figures of a dossier for its period.
func totalsBlocks(t Totals) []doc.Block {
	if t.Acts == 0 {
		return []doc.Block{para("Du "+journal.FormatLongDate(t.From)+" au "+journal.FormatLongDate(t.To)+
			", mon journal ne mentionne aucune démarche.", "letternote.defence_totals")}
	}
	s := "Du " + journal.FormatLongDate(t.From) + " au " + journal.FormatLongDate(t.To) + ", j’ai accompli " +
		count(t.Acts, "démarche", "démarches") + ", pour une durée totale de " + journal.FormatMinutes(t.Minutes)
	s += ", soit en moyenne " + journal.FormatMinutes(t.WeeklyAverageMinutes()) + " par semaine."
	// The weeks at target are told when they are at least half: the
	// letter is the user's defence, and the dossier joined gives every week.
	switch {
	case t.TargetMinutes > 0 && t.WeeksAtTarget*2 >= t.Weeks:
		s += " L’objectif hebdomadaire de mon contrat d’engagement est de " + journal.FormatMinutes(t.TargetMinutes) +
			"\u00a0; il est atteint " + count(t.WeeksAtTarget, "semaine", "semaines") + " sur " + strconv.Itoa(t.Weeks) +
			" (semaines du lundi au dimanche, la première et la dernière pouvant être incomplètes)."
	case t.TargetMinutes > 0:
		s += " L’objectif hebdomadaire de mon contrat d’engagement est de " + journal.FormatMinutes(t.TargetMinutes) + "."
	}
	items := []string{
		count(t.Applications, "candidature", "candidatures"),
		count(t.Interviews, "entretien d’embauche ou test de recrutement", "entretiens d’embauche ou tests de recrutement"),
		count(t.Meetings, "rendez-vous avec mon conseiller ou ma conseillère", "rendez-vous avec mon conseiller ou ma conseillère"),
		count(t.Proofs, "justificatif joint", "justificatifs joints"),
	}
	out := []doc.Block{para(s, "letternote.defence_totals"), bullets("letternote.defence_totals_detail", listLines(items)...)}
	if t.Excluded > 0 {
		out = append(out, para("Ces chiffres ne comptent pas "+count(t.Excluded, "démarche relevant de ma vie personnelle",
			"démarches relevant de ma vie personnelle")+", que je peux présenter si nécessaire.", "letternote.defence_excluded"))
	}
	return out
}

// count writes « 0 candidature », « 1 démarche », « 3 démarches »: in
// French, 0 and 1 take the singular.
func count(n int, one, many string) string {
	if n <= 1 {
		return strconv.Itoa(n) + " " + one
	}
	return strconv.Itoa(n) + " " + many
}

// dossierAttachment names the attached dossier: « dossier de mes démarches
// du 1er septembre 2026 au 31 octobre 2026 (42 démarches, 27 justificatifs),
// établi à partir du journal que je tiens ».
func dossierAttachment(d report.Dossier) string {
	return "dossier de mes démarches " + periodFR(d.From, d.To) + " (" + count(len(d.Acts), "démarche", "démarches") + ", " +
		count(d.Proofs, "justificatif", "justificatifs") + "), établi à partir du journal que je tiens"
}

// noticeCopy is « copie de la décision du 20 novembre 2026 (référence …) ».
func noticeCopy(n Notice) string {
	what := "copie de votre courrier "
	if n.Kind.Decision() {
		what = "copie de la décision "
	}
	return what + ofNotice(n)
}

var reasonLabels = map[ReasonKind]string{
	ReasonHealth: "Santé", ReasonChildcare: "Garde d’enfants", ReasonTransport: "Transport",
	ReasonTraining: "Formation", ReasonOther: "Autre",
}

// clause returns user text ready to follow a colon: French typography and
// a final full stop, its first letter as the user typed it.
func clause(s string) string {
	s = rights.FrenchTypography(strings.TrimSpace(s))
	if s != "" && !strings.ContainsAny(s[len(s)-1:], ".!?)»") && !strings.HasSuffix(s, "…") {
		s += "."
	}
	return s
}

// reasonBlocks gives the user's own reasons, only those entered.
func reasonBlocks(reasons []Reason) []doc.Block {
	var items []string
	for _, r := range reasons {
		text := strings.TrimSpace(r.Text)
		if text == "" {
			continue
		}
		label, ok := reasonLabels[r.Kind]
		if !ok {
			label = reasonLabels[ReasonOther]
		}
		items = append(items, label+"\u00a0: "+strings.TrimSuffix(clause(text), "."))
	}
	if len(items) == 0 {
		return nil
	}
	return []doc.Block{
		para("Je porte également à votre connaissance les éléments suivants de ma situation\u00a0:", "letternote.defence_reasons"),
		bullets("letternote.defence_reasons", listLines(items)...),
	}
}

// hearingBlock asks to be heard before the decision named (« toute
// décision », « la décision sur ce recours »), when the user wishes.
func hearingBlock(in LetterInput, before string) []doc.Block {
	if !in.AskHearing {
		return nil
	}
	return []doc.Block{para("Je souhaite présenter mes observations de vive voix lors d’un entretien avant "+before+
		", et vous remercie de m’en proposer la date.", "letternote.defence_hearing")}
}
