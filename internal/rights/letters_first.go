package rights

import (
	"strings"

	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/journal"
)

func deadlineParagraph() doc.Block {
	return para("Conformément à l’article 12, paragraphe 5, du RGPD, cette communication est gratuite. "+
		"L’article 12, paragraphe 3, vous impose d’y répondre dans un délai d’un mois à compter de la réception "+
		"de la présente demande\u00a0; ce délai ne peut être prolongé de deux mois, compte tenu de la complexité et "+
		"du nombre de demandes, que si vous m’en informez, motifs à l’appui, au cours de ce premier mois.",
		"letternote.recalls_free_month")
}

func accessLetter(l *doc.Letter, in LetterInput) {
	p := in.Profile
	l.Subject = "Demande d’accès à mes données personnelles (article 15 du RGPD) et aux règles des traitements algorithmiques me concernant (article L311-3-1 du CRPA)"
	format := "Je souhaite recevoir ces éléments sur papier, à l’adresse indiquée en tête de la présente lettre."
	if in.Request.ElectronicCopy {
		format = "Je souhaite recevoir ces éléments sous forme électronique, dans un format couramment utilisé (article 15, " +
			"paragraphe 3, du RGPD), à l’adresse électronique suivante\u00a0: " + strings.TrimSpace(p.Email) + "."
	}
	l.Body = []doc.Block{
		para("Titulaire de l’identifiant France Travail "+p.FranceTravailID+", je vous demande, en application "+
			"de l’article 15 du règlement (UE) 2016/679 (RGPD), de me confirmer que des données à caractère "+
			"personnel me concernant font l’objet d’un traitement et, dans l’affirmative, de m’en communiquer "+
			"une copie, comme le prévoit l’article 15, paragraphe 3.",
			"letternote.asks_copy"),
		para("Cette copie doit porter sur l’ensemble des données me concernant, y compris les données dérivées "+
			"ou déduites produites par vos services ou vos outils\u00a0: scores, indicateurs, catégories, segments, "+
			"signalements et alertes, avec leur historique et leurs dates. Je demande en particulier, s’ils "+
			"existent à mon sujet\u00a0:",
			"letternote.copy_includes_scores"),
		bullets("letternote.names_processings",
			"tout score, prédiction ou indicateur d’«\u00a0employabilité\u00a0», de «\u00a0chances de retour à l’emploi\u00a0» ou d’«\u00a0attractivité\u00a0»\u00a0;",
			"tout score, critère ou indicateur servant à cibler les contrôles de la recherche d’emploi, ainsi que tout score de risque de fraude ou de «\u00a0suspicion\u00a0»\u00a0;",
			"les indicateurs tirés du Journal de la Recherche d’Emploi ou de l’analyse de mon activité, notamment «\u00a0dynamique de recherche\u00a0», «\u00a0perte de confiance\u00a0», «\u00a0besoin de redynamisation\u00a0» et «\u00a0risque de dispersion\u00a0»\u00a0;",
			"la modalité d’accompagnement qui m’est attribuée et les critères qui ont conduit à cette attribution\u00a0;",
			"les conseils ou recommandations générés automatiquement à mon intention\u00a0;",
			"le résultat de tout outil de tri appliqué à mon dossier lors d’un contrôle (par exemple «\u00a0clôture\u00a0», «\u00a0clôture potentielle\u00a0» ou «\u00a0contrôle\u00a0»)."),
		para("Je vous demande également les informations prévues à l’article 15, paragraphe 1, du RGPD\u00a0:",
			"letternote.asks_15_1"),
		bullets("letternote.points_a_h",
			"a) les finalités de chacun des traitements\u00a0;",
			"b) les catégories de données concernées\u00a0;",
			"c) les destinataires ou catégories de destinataires auxquels ces données ont été ou seront communiquées\u00a0;",
			"d) la durée de conservation envisagée ou, à défaut, les critères utilisés pour la déterminer\u00a0;",
			"e) l’existence du droit de demander la rectification ou l’effacement de mes données, la limitation du traitement, ou de m’y opposer\u00a0;",
			"f) le droit d’introduire une réclamation auprès de la Commission nationale de l’informatique et des libertés (CNIL)\u00a0;",
			"g) toute information disponible sur la source des données qui n’ont pas été collectées auprès de moi\u00a0;",
			"h) l’existence d’une prise de décision automatisée, y compris un profilage, et, au moins en pareils cas, des informations utiles concernant la logique sous-jacente, ainsi que l’importance et les conséquences prévues de ce traitement pour moi."),
		para("S’agissant du point h), la Cour de justice de l’Union européenne a précisé, dans son arrêt du "+
			"27 février 2025 (Dun & Bradstreet Austria, C-203/22), que ces informations doivent décrire de façon "+
			"concise et intelligible la procédure et les principes effectivement appliqués à mes données pour "+
			"obtenir le résultat, en indiquant quelles données ont été prises en compte et de quelle manière\u00a0; "+
			"la seule communication d’une formule ne suffit pas. Un secret des affaires éventuel ne permet pas "+
			"un refus pur et simple\u00a0: les informations en cause doivent alors être communiquées à l’autorité "+
			"de contrôle ou au juge, à qui il revient de mettre en balance les intérêts en présence.",
			"letternote.asks_logic"),
		para("Par ailleurs, lorsqu’une décision individuelle me concernant a été prise sur le fondement d’un "+
			"traitement algorithmique, l’article L311-3-1 du code des relations entre le public et "+
			"l’administration (CRPA) me permet d’obtenir les règles de ce traitement et les principales "+
			"caractéristiques de sa mise en œuvre. Je vous demande donc de m’indiquer les décisions individuelles "+
			"me concernant qui ont été prises sur le fondement d’un traitement algorithmique et, pour chacune "+
			"d’elles, de me communiquer les informations prévues à l’article R311-3-1-2 du même code, appliquées "+
			"à ma situation\u00a0:",
			"letternote.asks_r311"),
		bullets("letternote.points_r311", crpaItems()...),
		deadlineParagraph(),
		para(format, "letternote.says_format"),
		para(identitySentence(p), "letternote.gives_identity"),
	}
}

// identitySentence lists what identifies the user (GDPR 12(6)): name,
// date of birth when known, postal address and identifier.
func identitySentence(p journal.Profile) string {
	what := "mes nom et prénom, "
	if !p.BirthDate.IsZero() {
		what += "ma date de naissance, "
	}
	return "Pour permettre mon identification, je vous indique en tête de la présente lettre " + what +
		"mon adresse postale et mon identifiant France Travail\u00a0; je reste à votre disposition si un doute " +
		"raisonnable subsistait sur mon identité (article 12, paragraphe 6, du RGPD)."
}

func explanationLetter(l *doc.Letter, in LetterInput) {
	d := in.Request.Decision
	l.Subject = "Demande d’explication et de réexamen humain d’une décision me concernant (article L311-3-1 du CRPA, article 47 de la loi Informatique et Libertés, article 22 du RGPD)"
	ref := "Décision du " + journal.FormatLongDate(d.Date)
	if d.Reference != "" {
		ref += ", référence " + d.Reference
	}
	l.References = append(l.References, ref)
	l.Body = []doc.Block{
		para(decisionSentence(d), "letternote.recalls_decision"),
		para("Je vous demande de m’indiquer si un traitement algorithmique a contribué à cette décision et, le cas "+
			"échéant, de quelle manière. L’article L311-3-1 du code des relations entre le public et "+
			"l’administration impose qu’une décision individuelle prise sur le fondement d’un traitement "+
			"algorithmique comporte une mention explicite qui en informe l’intéressé. L’article 47 de la loi "+
			"n°\u00a078-17 du 6 janvier 1978 exige en outre, à peine de nullité, cette mention sur les décisions "+
			"administratives individuelles prises sur le seul fondement d’un traitement automatisé. Je vous demande "+
			"donc de m’indiquer si la décision qui m’a été notifiée a été prise sur ce seul fondement et, dans "+
			"l’affirmative, où figure cette mention.",
			"letternote.asks_algorithm_used"),
		para("Je vous demande en outre, en application des articles L311-3-1 et R311-3-1-2 du même code, de me "+
			"communiquer sous une forme intelligible, appliqués à ma situation\u00a0:",
			"letternote.asks_r311_case"),
		bullets("letternote.points_r311", crpaItems()...),
		para("Je demande également, au titre de l’article 22 du RGPD, de son considérant 71 et de l’article 47 de "+
			"la loi Informatique et Libertés, que cette décision fasse l’objet d’un réexamen par une personne "+
			"habilitée, qui examine elle-même ma situation, que je puisse présenter mes observations et, le cas "+
			"échéant, contester la décision. Je vous remercie de m’indiquer la fonction de la personne chargée "+
			"de ce réexamen.",
			"letternote.asks_human_review"),
	}
	if d.ScoreWeighed {
		l.Body = append(l.Body, para("Si un score ou un indicateur produit automatiquement à mon sujet a pesé sur "+
			"cette décision, je rappelle que, dans son arrêt du 7 décembre 2023 (SCHUFA Holding (Scoring), C-634/21), "+
			"la Cour de justice de l’Union européenne a dit pour droit que l’établissement automatisé d’une valeur de "+
			"probabilité constitue une «\u00a0décision individuelle automatisée\u00a0», au sens de l’article 22, "+
			"paragraphe 1, du RGPD, «\u00a0lorsque dépend de manière déterminante de cette valeur de probabilité\u00a0» "+
			"la décision du tiers auquel elle est communiquée. Cette affaire concernait le score établi par une agence "+
			"de renseignements commerciaux et utilisé par une banque\u00a0; le raisonnement vaut a fortiori lorsque le "+
			"score est produit par l’organisme même qui prend la décision. Je vous demande de me communiquer ce score, "+
			"les données qui ont servi à le calculer et la place qu’il a tenue dans la décision.",
			"letternote.score_is_decision"))
	}
	l.Body = append(l.Body,
		para("Je vous remercie de me répondre dans le délai d’un mois prévu par l’article 12, paragraphe 3, du "+
			"RGPD. À défaut, le silence gardé pendant ce délai sur ma demande de communication "+
			"des règles du traitement vaudra refus implicite (articles R*311-12 et R311-13 du CRPA), que je "+
			"pourrai soumettre à la Commission d’accès aux documents administratifs.",
			"letternote.recalls_month_cada"))
	if Contestable(d.Nature) {
		l.Body = append(l.Body, para("La présente demande porte sur la logique de cette décision et sur son "+
			"réexamen. Elle ne remplace ni les observations que je peux présenter, ni la saisine du médiateur "+
			"régional de France Travail, préalable obligatoire à tout recours contentieux contre une telle décision "+
			"(article L213-11 du code de justice administrative et article R5312-47 du code du travail), ni, le "+
			"cas échéant, le recours administratif préalable. Les délais de ces recours sont indiqués dans la "+
			"décision et continuent de courir.",
			"letternote.not_the_appeal"))
	}
	l.Body = append(l.Body,
		para("La présente demande ne vaut pas renonciation aux autres recours dont je dispose contre cette "+
			"décision dans les délais applicables.",
			"letternote.keeps_appeals"))
}

// decisionSentence recalls the decision: its date, its nature (or for
// « other » the user's own words), its reference and the user's
// description, made a proper French sentence.
func decisionSentence(d Decision) string {
	s := "Le " + journal.FormatLongDate(d.Date) + ", vos services ont pris à mon égard "
	if n := decisionNatureFR(d.Nature); n != "" {
		s += "la décision suivante\u00a0: " + n
	} else {
		s += "une décision"
	}
	if d.Reference != "" {
		s += " (référence " + d.Reference + ")"
	}
	s += "."
	if desc := Sentence(d.Description); desc != "" {
		s += " " + desc
	}
	return s
}

func rectificationLetter(l *doc.Letter, in LetterInput) {
	r := in.Request
	l.Subject = "Demande de rectification de mes données personnelles (articles 16 et 18 du RGPD)"
	items := correctionLines(r)
	l.Attachments = proofNames(r)
	l.Body = []doc.Block{
		para("Titulaire de l’identifiant France Travail "+in.Profile.FranceTravailID+", je vous demande, en "+
			"application de l’article 16 du règlement (UE) 2016/679 (RGPD), de rectifier sans tarder les données "+
			"inexactes me concernant et de compléter celles qui sont incomplètes, comme suit\u00a0:",
			"letternote.asks_corrections"),
		bullets("letternote.each_error", items...),
	}
	if r.hasStatement() {
		l.Body = append(l.Body, para("Je vous demande également, comme le permet le même article, d’ajouter à mon "+
			"dossier la déclaration complémentaire suivante\u00a0: "+Quoted(r.Statement),
			"letternote.adds_statement"))
	}
	l.Body = append(l.Body,
		para("Dans l’attente de la vérification de l’exactitude de ces données, je vous demande, en application de "+
			"l’article 18, paragraphe 1, point a), du RGPD, d’en limiter le traitement\u00a0: hormis leur conservation "+
			"et les cas prévus à l’article 18, paragraphe 2, elles ne devraient pas être utilisées, notamment pour "+
			"fonder une décision me concernant, tant que cette vérification n’est pas achevée. Je vous remercie de "+
			"m’informer avant toute levée de cette limitation (article 18, paragraphe 3).",
			"letternote.asks_restriction_accuracy"),
		para("Conformément à l’article 19 du RGPD, je vous demande de notifier ces rectifications à chacun des "+
			"destinataires auxquels ces données ont été communiquées, et de m’indiquer qui sont ces destinataires.",
			"letternote.asks_recipients"),
		para("Je vous remercie de me confirmer ces rectifications dans le délai d’un mois prévu par l’article 12, "+
			"paragraphe 3, du RGPD.", "letternote.recalls_month"))
}

func objectionLetter(l *doc.Letter, in LetterInput) {
	l.Subject = "Opposition au profilage me concernant (article 21, paragraphe 1, du RGPD)"
	l.Body = []doc.Block{
		para("Titulaire de l’identifiant France Travail "+in.Profile.FranceTravailID+", je m’oppose, en "+
			"application de l’article 21, paragraphe 1, du règlement (UE) 2016/679 (RGPD), au traitement de mes "+
			"données personnelles à des fins de profilage, notamment au calcul de scores ou d’indicateurs me "+
			"concernant (employabilité, risque, ciblage des contrôles, détection d’un «\u00a0décrochage\u00a0»), pour "+
			"des raisons tenant à ma situation particulière, que voici\u00a0:",
			"letternote.says_objection"),
		para(Quoted(in.Request.Statement), "letternote.your_reasons"),
		para("Si France Travail entend poursuivre ce profilage, il lui appartient, en sa qualité de responsable du "+
			"traitement, de démontrer l’existence de motifs légitimes et impérieux qui prévalent sur mes intérêts, "+
			"mes droits et mes libertés. Si vous estimez que la réglementation applicable au système d’information "+
			"de France Travail limite l’exercice de ce droit, je vous demande de m’en indiquer le fondement exact "+
			"et la portée.",
			"letternote.recalls_burden"),
		para("Dans l’attente de l’examen de mon opposition, je vous demande, en application de l’article 18, "+
			"paragraphe 1, point d), du RGPD, de limiter le traitement de mes données à des fins de profilage, le "+
			"temps de vérifier si les motifs légitimes que vous invoqueriez prévalent sur les miens.",
			"letternote.asks_restriction_objection"),
		para("Je vous remercie de me répondre dans le délai d’un mois prévu par l’article 12, paragraphe 3, du RGPD.",
			"letternote.recalls_month"),
	}
}
