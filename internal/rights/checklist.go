package rights

import "slices"

// ChecklistItem is one thing a request asked for, which a complete answer
// must contain.
type ChecklistItem struct {
	Key   string // stable key stored with the request
	Label string // French, as written in follow-up letters
	CRPA  bool   // belongs to the CRPA track (escalates to the CADA)
}

var (
	itemDecisions = ChecklistItem{"decisions", "l’indication des décisions individuelles me concernant prises sur le fondement d’un traitement algorithmique, nécessaire à l’exercice du droit prévu par l’article L311-3-1 du CRPA", true}
	itemsCRPA     = []ChecklistItem{
		{"r1", "le degré et le mode de contribution du traitement algorithmique à la décision (article R311-3-1-2, 1°, du CRPA)", true},
		{"r2", "les données traitées et leurs sources (article R311-3-1-2, 2°, du CRPA)", true},
		{"r3", "les paramètres du traitement et leur pondération, appliqués à ma situation (article R311-3-1-2, 3°, du CRPA)", true},
		{"r4", "les opérations effectuées par le traitement (article R311-3-1-2, 4°, du CRPA)", true},
	}
	itemsAccess = []ChecklistItem{
		{"copy", "la copie de l’ensemble de mes données personnelles (article 15, paragraphe 3, du RGPD)", false},
		{"scores", "les scores, indicateurs, catégories et signalements me concernant, avec leur historique et leurs dates", false},
		{"a", "les finalités des traitements (article 15, paragraphe 1, point a), du RGPD)", false},
		{"b", "les catégories de données concernées (article 15, paragraphe 1, point b), du RGPD)", false},
		{"c", "les destinataires des données (article 15, paragraphe 1, point c), du RGPD)", false},
		{"d", "la durée de conservation ou les critères qui la déterminent (article 15, paragraphe 1, point d), du RGPD)", false},
		{"e", "l’existence des droits de rectification, d’effacement, de limitation et d’opposition (article 15, paragraphe 1, point e), du RGPD)", false},
		{"f", "le droit d’introduire une réclamation auprès de la CNIL (article 15, paragraphe 1, point f), du RGPD)", false},
		{"g", "toute information disponible sur la source des données qui n’ont pas été collectées auprès de moi (article 15, paragraphe 1, point g), du RGPD)", false},
		{"h", "l’existence d’une prise de décision automatisée, y compris un profilage, et des informations utiles concernant la logique sous-jacente appliquée à mes données, ainsi que l’importance et les conséquences prévues de ce traitement pour moi (article 15, paragraphe 1, point h), du RGPD)", false},
	}
	itemContribution = ChecklistItem{"contribution", "l’indication qu’un traitement algorithmique a, ou non, contribué à la décision (article L311-3-1 du CRPA)", true}
	// itemMention is the question the explanation letter asks since part 4;
	// itemMentionLegacy is how the letters of parts 2 and 3 asked it.
	itemMention       = ChecklistItem{"automated", "l’indication que la décision a été prise, ou non, sur le seul fondement d’un traitement automatisé et, dans l’affirmative, l’endroit où figure la mention explicite (article 22 du RGPD, article 47 de la loi Informatique et Libertés)", false}
	itemMentionLegacy = ChecklistItem{"mention", "la réponse à ma question de savoir si la mention explicite prévue par l’article L311-3-1 du CRPA aurait dû figurer sur la décision", true}
	itemReview        = ChecklistItem{"review", "la suite donnée à ma demande de réexamen de la décision par une personne habilitée, formée au titre de l’article 22 du RGPD, de son considérant 71 et de l’article 47 de la loi Informatique et Libertés", false}
	itemScore         = ChecklistItem{"score", "le score ou l’indicateur qui a pesé sur la décision, les données qui ont servi à le calculer et la place qu’il a tenue dans la décision", false}
	itemRectified     = ChecklistItem{"rectified", "la confirmation que les données inexactes ont été rectifiées ou complétées", false}
	itemStatement     = ChecklistItem{"statement", "l’ajout de ma déclaration complémentaire", false}
	itemRecipients    = ChecklistItem{"recipients", "la notification aux destinataires des données et leur liste (article 19 du RGPD)", false}
	itemLimitAccuracy = ChecklistItem{"limit_accuracy", "la limitation du traitement des données contestées pendant la vérification de leur exactitude (article 18, paragraphe 1, point a), du RGPD)", false}
	itemStopped       = ChecklistItem{"stopped", "la confirmation de l’arrêt du profilage, ou les motifs légitimes et impérieux invoqués pour le poursuivre", false}
	itemRestriction   = ChecklistItem{"restriction", "le fondement exact et la portée de toute limitation du droit d’opposition invoquée", false}
	itemLimitObject   = ChecklistItem{"limit_objection", "la limitation du profilage pendant l’examen de mon opposition (article 18, paragraphe 1, point d), du RGPD)", false}
)

// allItems lists every item a request of the kind can ask for, in the
// order letters list them; Checklist keys are validated against it.
func allItems(k Kind) []ChecklistItem {
	switch k {
	case KindAccess:
		return slices.Concat(itemsAccess, []ChecklistItem{itemDecisions}, itemsCRPA)
	case KindExplanation:
		return slices.Concat([]ChecklistItem{itemContribution, itemMention, itemMentionLegacy}, itemsCRPA,
			[]ChecklistItem{itemReview, itemScore})
	case KindRectification:
		return []ChecklistItem{itemRectified, itemStatement, itemRecipients, itemLimitAccuracy}
	case KindObjection:
		return []ChecklistItem{itemStopped, itemRestriction, itemLimitObject}
	}
	return nil
}

// askedBy returns what the request's letter asks for: items depend on what
// was filled in (a statement, a score that weighed). legacy gives what the
// letters of parts 2 and 3 asked, before the asked items were stored with
// the request: no list of decisions, the mention as a question, no
// restriction under Art. 18.
func (r Request) askedBy(legacy bool) []ChecklistItem {
	var out []ChecklistItem
	add := func(cond bool, items ...ChecklistItem) {
		if cond {
			out = append(out, items...)
		}
	}
	switch r.Kind {
	case KindAccess:
		add(true, itemsAccess...)
		add(!legacy, itemDecisions)
		add(true, itemsCRPA...)
	case KindExplanation:
		add(true, itemContribution)
		add(legacy, itemMentionLegacy)
		add(!legacy, itemMention)
		add(true, itemsCRPA...)
		add(true, itemReview)
		add(r.Decision.ScoreWeighed, itemScore)
	case KindRectification:
		add(true, itemRectified)
		add(r.hasStatement(), itemStatement)
		add(true, itemRecipients)
		add(!legacy, itemLimitAccuracy)
	case KindObjection:
		add(true, itemStopped, itemRestriction)
		add(!legacy, itemLimitObject)
	}
	return out
}

// Asked returns what the request's letter asked for, in letter order: the
// items stored when it was sent, or for a letter not sent yet what today's
// letter asks. Follow-ups ask nothing of their own.
func (r Request) Asked() []ChecklistItem {
	if len(r.AskedKeys) == 0 {
		return r.askedBy(r.Sent())
	}
	var out []ChecklistItem
	for _, it := range allItems(r.Kind) {
		if slices.Contains(r.AskedKeys, it.Key) {
			out = append(out, it)
		}
	}
	return out
}

// WithAskedKeys returns the request with the keys of what its letter asks
// today recorded, as done when it is marked sent: later checklists and
// follow-ups then claim exactly what this letter asked.
func (r Request) WithAskedKeys() Request {
	r.AskedKeys = nil
	for _, it := range r.askedBy(false) {
		r.AskedKeys = append(r.AskedKeys, it.Key)
	}
	return r
}

// Missing returns the asked items the recorded answer lacks, in order.
func (r Request) Missing() []ChecklistItem {
	var out []ChecklistItem
	for _, it := range r.Asked() {
		if !r.Checklist[it.Key] {
			out = append(out, it)
		}
	}
	return out
}

// HasCRPATrack reports whether a request of this kind asks for an
// algorithm's rules under the CRPA, which escalate to the CADA.
func (k Kind) HasCRPATrack() bool { return k == KindAccess || k == KindExplanation }
