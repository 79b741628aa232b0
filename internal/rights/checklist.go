package rights

// ChecklistItem is one thing a complete answer must contain.
type ChecklistItem struct {
	Key   string // stable key stored with the request
	Label string // French, as written in reminders
	CRPA  bool   // belongs to the CRPA track (escalates to the CADA)
}

var (
	itemsCRPA = []ChecklistItem{
		{"r1", "le degré et le mode de contribution du traitement algorithmique à la décision (article R311-3-1-2, 1°, du CRPA)", true},
		{"r2", "les données traitées et leurs sources (article R311-3-1-2, 2°)", true},
		{"r3", "les paramètres du traitement et leur pondération, appliqués à ma situation (article R311-3-1-2, 3°)", true},
		{"r4", "les opérations effectuées par le traitement (article R311-3-1-2, 4°)", true},
	}
	itemsAccess = []ChecklistItem{
		{"copy", "la copie de l’ensemble de mes données personnelles (article 15, paragraphe 3, du RGPD)", false},
		{"scores", "les scores, indicateurs, catégories et signalements me concernant, avec leur historique et leurs dates", false},
		{"a", "les finalités des traitements (article 15, paragraphe 1, point a)", false},
		{"b", "les catégories de données concernées (point b)", false},
		{"c", "les destinataires des données (point c)", false},
		{"d", "la durée de conservation ou ses critères (point d)", false},
		{"e", "l’existence des droits de rectification, d’effacement, de limitation et d’opposition (point e)", false},
		{"f", "le droit d’introduire une réclamation auprès de la CNIL (point f)", false},
		{"g", "la source des données qui n’ont pas été collectées auprès de moi (point g)", false},
		{"h", "l’existence d’une prise de décision automatisée ou d’un profilage et des informations utiles sur la logique sous-jacente, appliquée à mes données (point h)", false},
	}
	itemsExplanation = []ChecklistItem{
		{"contribution", "l’indication qu’un traitement algorithmique a, ou non, contribué à la décision", false},
		{"mention", "la mention explicite prévue par l’article L311-3-1 du CRPA et l’article 47 de la loi Informatique et Libertés", false},
		{"review", "le réexamen de la décision par une personne habilitée, avec la possibilité de présenter mes observations", false},
	}
	itemsRectification = []ChecklistItem{
		{"rectified", "la confirmation que les données inexactes ont été rectifiées ou complétées", false},
		{"statement", "l’ajout de ma déclaration complémentaire", false},
		{"recipients", "la notification aux destinataires des données et leur liste (article 19 du RGPD)", false},
	}
	itemsObjection = []ChecklistItem{
		{"stopped", "la confirmation de l’arrêt du profilage, ou les motifs légitimes et impérieux invoqués pour le poursuivre", false},
		{"restriction", "le fondement exact de toute limitation du droit d’opposition invoquée", false},
	}
)

// Checklist returns what a complete answer to a request of this kind contains.
func Checklist(k Kind) []ChecklistItem {
	switch k {
	case KindAccess:
		return append(append([]ChecklistItem(nil), itemsAccess...), itemsCRPA...)
	case KindExplanation:
		return append(append([]ChecklistItem(nil), itemsExplanation...), itemsCRPA...)
	case KindRectification:
		return itemsRectification
	case KindObjection:
		return itemsObjection
	}
	return nil
}

// Missing returns the checklist items the recorded answer lacks, in order.
func (r Request) Missing() []ChecklistItem {
	var out []ChecklistItem
	for _, it := range Checklist(r.Kind) {
		if !r.Checklist[it.Key] {
			out = append(out, it)
		}
	}
	return out
}

// hasCRPATrack reports whether the request asks for an algorithm's rules,
// which escalate to the CADA.
func (k Kind) hasCRPATrack() bool { return k == KindAccess || k == KindExplanation }
