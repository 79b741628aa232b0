package casefile

import (
	"strconv"
	"strings"
)

// kindLabels names each kind of letter in French.
var kindLabels = map[string]string{
	"access":        "Demande d’accès aux données (article 15 du RGPD)",
	"explanation":   "Demande d’explication d’une décision (algorithme)",
	"rectification": "Demande de rectification",
	"objection":     "Opposition au profilage",
	"reminder":      "Relance",
	"cnil":          "Réclamation à la CNIL",
	"cada":          "Saisine de la CADA",
}

// itemLabels names each checklist item shortly, in French.
var itemLabels = map[string]string{
	"copy":            "la copie des données",
	"scores":          "les scores, indicateurs et signalements",
	"a":               "a) les finalités",
	"b":               "b) les catégories de données",
	"c":               "c) les destinataires",
	"d":               "d) la durée de conservation",
	"e":               "e) les droits (rectification, effacement, opposition)",
	"f":               "f) le droit de saisir la CNIL",
	"g":               "g) la source des données",
	"h":               "h) la logique des décisions automatisées",
	"decisions":       "la liste des décisions prises avec un algorithme",
	"r1":              "1° la part de l’algorithme dans la décision",
	"r2":              "2° les données traitées et leurs sources",
	"r3":              "3° les paramètres et leur pondération",
	"r4":              "4° les opérations effectuées",
	"contribution":    "si un algorithme a servi à la décision",
	"automated":       "si la décision a été prise par la machine seule",
	"mention":         "la réponse sur la mention obligatoire",
	"review":          "un réexamen par une personne",
	"score":           "le score qui a pesé, ses données et son poids",
	"rectified":       "la confirmation de la rectification",
	"statement":       "l’ajout de la déclaration",
	"recipients":      "les destinataires prévenus",
	"limit_accuracy":  "la limitation pendant la vérification",
	"stopped":         "l’arrêt du profilage, ou ses motifs",
	"restriction":     "le texte qui limiterait le droit d’opposition",
	"limit_objection": "la suspension du profilage pendant l’examen",
}

// outcomeLabels says what came of an escalation, in French.
var outcomeLabels = map[Outcome]string{
	OutcomeNone:       "aucun recours",
	OutcomeNoResponse: "pas de réponse depuis le premier recours",
	OutcomeComplete:   "réponse complète après le recours",
	OutcomePartial:    "réponse incomplète après le recours",
	OutcomeRefused:    "refus après le recours",
}

// label returns the French label of key in labels, or the key itself.
func label(labels map[string]string, key string) string {
	if l, ok := labels[key]; ok {
		return l
	}
	return key
}

var frenchMonths = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
	"septembre", "octobre", "novembre", "décembre"}

// monthText writes "2026-03" as « mars 2026 »; "" as « — ».
func monthText(m string) string {
	y, mm, ok := strings.Cut(m, "-")
	n, err := strconv.Atoi(mm)
	if !ok || err != nil || n < 1 || n > 12 {
		return "—"
	}
	return frenchMonths[n-1] + " " + y
}

// daysText writes a count of days: « 1 jour », « 41 jours ».
func daysText(n int) string {
	if n == 0 || n == 1 {
		return strconv.Itoa(n) + " jour"
	}
	return strconv.Itoa(n) + " jours"
}
