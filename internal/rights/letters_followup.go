package rights

import (
	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/journal"
)

func missingLabels(items []ChecklistItem, crpaOnly bool) []string {
	var out []string
	for _, it := range items {
		if !crpaOnly || it.CRPA {
			out = append(out, it.Label+"\u00a0;")
		}
	}
	if n := len(out); n > 0 {
		out[n-1] = out[n-1][:len(out[n-1])-len("\u00a0;")] + "."
	}
	return out
}

func firstLetterAttachments(par Request) []string {
	att := []string{"copie de ma demande du " + journal.FormatLongDate(par.SentOn)}
	switch par.Mode {
	case ModeRegistered:
		att = append(att, "preuve de dépôt et avis de réception de la lettre recommandée")
	case ModeHand:
		att = append(att, "récépissé de remise")
	default:
		att = append(att, "preuve d’envoi")
	}
	if !par.AnsweredOn.IsZero() {
		att = append(att, "copie de la réponse du "+journal.FormatLongDate(par.AnsweredOn))
	}
	return att
}

func reminderLetter(l *doc.Letter, in LetterInput) {
	par := *in.Parent
	dept := in.Profile.Departement
	due, _ := par.Due(dept)
	l.Subject = "Relance — " + kindSubject(par.Kind)
	l.References = append(l.References, "Ma demande du "+journal.FormatLongDate(par.SentOn))
	l.Body = []doc.Block{para(sentPhrase(par)+", je vous ai adressé une demande fondée sur "+kindBasis(par.Kind)+".",
		"letternote.recalls_first_letter")}
	if par.AnsweredOn.IsZero() {
		l.Body = append(l.Body, para("Le délai de réponse a expiré le "+journal.FormatLongDate(due.Due)+
			" ("+due.RuleFR()+"). À ce jour, je n’ai reçu aucune réponse.",
			"letternote.deadline_passed"))
		l.Body = append(l.Body, para("Je vous demande donc de me communiquer sans délai l’ensemble des éléments demandés, et en particulier\u00a0:",
			"letternote.asks_all_again"))
		l.Body = append(l.Body, bullets("letternote.expected", missingLabels(Checklist(par.Kind), false)...))
	} else {
		l.Body = append(l.Body, para("Votre réponse du "+journal.FormatLongDate(par.AnsweredOn)+
			" ne comporte pas l’ensemble des éléments demandés. Il y manque\u00a0:",
			"letternote.answer_incomplete"))
		l.Body = append(l.Body, bullets("letternote.exactly_missing", missingLabels(par.Missing(), false)...))
		l.Body = append(l.Body, para("Je vous demande de me communiquer ces éléments sans délai.", "letternote.asks_missing_again"))
	}
	next := "À défaut, je saisirai la Commission nationale de l’informatique et des libertés (CNIL) d’une réclamation, en application de l’article 77 du RGPD"
	if par.Kind.hasCRPATrack() {
		next += ", et la Commission d’accès aux documents administratifs (CADA) pour ce qui concerne les règles des traitements algorithmiques"
	}
	l.Body = append(l.Body, para(next+".", "letternote.announces_next"))
	l.Attachments = firstLetterAttachments(par)
}

func cnilLetter(l *doc.Letter, in LetterInput) {
	par := *in.Parent
	dept := in.Profile.Departement
	due, _ := par.Due(dept)
	l.Subject = "Réclamation contre France Travail — " + kindSubject(par.Kind) + " (articles 12 et 77 du RGPD)"
	timeline := []string{
		journal.FormatLongDate(par.SentOn) + "\u00a0: envoi de ma demande " + par.Mode.phrase() + registered(par) + "\u00a0;",
		journal.FormatLongDate(par.EffectiveReceipt()) + "\u00a0: réception de la demande par France Travail\u00a0;",
		journal.FormatLongDate(due.Due) + "\u00a0: fin du délai de réponse (" + due.RuleFR() + ")\u00a0;",
	}
	if par.AnsweredOn.IsZero() {
		timeline = append(timeline, "à la date de la présente réclamation, le "+journal.FormatLongDate(in.Today)+", aucune réponse ne m’est parvenue.")
	} else {
		timeline = append(timeline, journal.FormatLongDate(par.AnsweredOn)+"\u00a0: réponse incomplète de France Travail.")
	}
	l.Body = []doc.Block{
		para("J’introduis une réclamation, en application de l’article 77 du règlement (UE) 2016/679 (RGPD), contre "+
			"France Travail, responsable du traitement des données des demandeurs d’emploi (délégué à la protection "+
			"des données, 1 avenue du Docteur Gley, 75987 Paris Cedex 20). J’ai d’abord exercé mes droits auprès "+
			"de cet organisme, qui n’y a pas donné suite dans le délai prévu par l’article 12, paragraphe 3, du RGPD.",
			"letternote.says_against_whom"),
		heading("Chronologie"),
		bullets("letternote.dates_proofs", timeline...),
		heading("Éléments manquants"),
		bullets("letternote.not_provided", missingLabels(par.Missing(), false)...),
		heading("Ma demande"),
		para("Je demande à la CNIL d’intervenir auprès de France Travail afin que me soient communiqués, dans les "+
			"meilleurs délais, l’ensemble des éléments ci-dessus, et de faire usage, le cas échéant, des pouvoirs "+
			"que lui confère l’article 58 du RGPD.",
			"letternote.cnil_request"),
	}
	l.Attachments = firstLetterAttachments(par)
}

func registered(par Request) string {
	if par.RegisteredNumber == "" {
		return ""
	}
	return " (recommandé n°\u00a0" + par.RegisteredNumber + ")"
}

func cadaLetter(l *doc.Letter, in LetterInput) {
	par := *in.Parent
	dept := in.Profile.Departement
	clocks := par.Clocks(dept)
	crpa, cada := clocks[1], clocks[2]
	l.Subject = "Saisine de la Commission d’accès aux documents administratifs — refus de communication des règles d’un traitement algorithmique (article L311-3-1 du CRPA)"
	refusal := "Le silence gardé par France Travail pendant un mois a fait naître, le " + journal.FormatLongDate(crpa.Due) +
		", une décision implicite de refus (articles R*311-12 et R311-13 du CRPA)."
	if !par.RefusedOn.IsZero() {
		refusal = "France Travail a refusé cette communication le " + journal.FormatLongDate(par.RefusedOn) + "."
	} else if !par.AnsweredOn.IsZero() {
		refusal = "La réponse de France Travail du " + journal.FormatLongDate(par.AnsweredOn) +
			" ne comporte pas les informations demandées, ce qui équivaut à un refus de les communiquer."
	}
	items := missingLabels(par.Missing(), true)
	if len(items) == 0 {
		items = missingLabels(itemsCRPA, true)
	}
	l.Body = []doc.Block{
		para(sentPhrase(par)+", j’ai demandé à France Travail, en application des articles L311-3-1 et "+
			"R311-3-1-2 du code des relations entre le public et l’administration, la communication des règles "+
			"des traitements algorithmiques ayant servi de fondement à des décisions individuelles me concernant "+
			"et des principales caractéristiques de leur mise en œuvre.",
			"letternote.recalls_request"),
		para(refusal, "letternote.says_refusal"),
		para("Je saisis la Commission dans le délai de deux mois prévu par l’article R343-1 du même code, qui "+
			"expire le "+journal.FormatLongDate(cada.Due)+" ("+cada.RuleFR()+"). Je lui demande d’émettre un "+
			"avis favorable à la communication des informations suivantes, appliquées à ma situation\u00a0:",
			"letternote.refers_cada"),
		bullets("letternote.not_received", items...),
	}
	l.Attachments = firstLetterAttachments(par)
}
