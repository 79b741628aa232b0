package casefile

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/carnet-app/carnet/internal/doc"
)

// Title is the case file's title, also its PDF's only metadata title.
const Title = "Fiche de cas anonymisée"

// MaxShownFacts is the most disclosed facts the one-page document lists;
// the rest are counted (« … et 4 autres »). The JSON holds them all.
const MaxShownFacts = 12

// MaxShownSteps is the most follow-up letters the one-page document lists.
const MaxShownSteps = 6

// created is the date written in the PDF's metadata: a fixed day, so that
// the document says nothing of when or where it was made (mid-year at
// noon, so that no time zone shows another year).
var created = time.Date(2000, time.July, 1, 12, 0, 0, 0, time.UTC)

// Document lays the case file out as a one-page document, in French: the
// request and its months, the items asked with whether each was answered,
// the disclosed scores and categories, and the escalation. It holds the
// case file's content and nothing else: its metadata are a fixed title and
// a fixed date.
func Document(c CaseFile) doc.Report {
	return doc.Report{
		Title:   Title,
		Created: created,
		Footer:  fmt.Sprintf("Fiche de cas anonymisée (format %d), préparée avec Carnet — sans nom, identifiant, adresse, date de naissance, conseiller, agence ni texte libre", c.Version),
		Compact: true,
		Elements: []doc.Element{
			doc.Title{Text: Title, Level: 1},
			doc.Para{Text: "Les dates sont données au mois, les délais en jours. Cette fiche ne contient aucune donnée permettant d’identifier la personne.", Small: true},
			doc.KeyFigures{Figures: figures(c)},
			doc.Title{Text: fmt.Sprintf("Éléments demandés (%d) et obtenus (%d)", len(c.Asked), len(c.Answered)), Level: 2},
			doc.List{Items: itemLines(c), Empty: "Aucun élément demandé."},
			doc.Title{Text: disclosedTitle(c), Level: 2},
			doc.List{Items: disclosedItems(c), Max: MaxShownFacts, More: "… et " + doc.ListRest + " autres", Empty: "Aucun score ni catégorie communiqué."},
			doc.Title{Text: "Recours", Level: 2},
			doc.List{Items: stepItems(c), Max: MaxShownSteps, More: "… et " + doc.ListRest + " autres", Empty: "Aucune relance, réclamation ni saisine."},
			doc.Para{Text: "Issue\u00a0: " + outcomeLabels[c.Escalation.Outcome] + "."},
		},
	}
}

// figures lists the request's kind, région, months and delays.
func figures(c CaseFile) []doc.Figure {
	region := c.Region
	if region == "" {
		region = "non indiquée"
	}
	out := []doc.Figure{
		{Label: "Demande", Value: label(kindLabels, c.Kind)},
		{Label: "Région", Value: region},
		{Label: "Envoi", Value: monthText(c.Sent)},
		{Label: "Réception par France Travail", Value: monthText(c.Received)},
		{Label: "Réponse", Value: responseText(c.Answer)},
	}
	if c.Refusal != nil {
		out = append(out, doc.Figure{Label: "Refus", Value: responseText(c.Refusal)})
	}
	return out
}

// responseText writes a response's month and delay: « mai 2026, 41 jours
// après la réception ».
func responseText(r *Response) string {
	if r == nil {
		return "aucune"
	}
	s := monthText(r.Month)
	if r.DelayDays != nil {
		s += ", " + daysText(*r.DelayDays) + " après la réception"
	}
	return s
}

// itemLines returns one line for the items obtained and one for those
// not obtained, each naming them in letter order; none when nothing was
// asked.
func itemLines(c CaseFile) []string {
	answered := map[string]bool{}
	for _, k := range c.Answered {
		answered[k] = true
	}
	var got, missing []string
	for _, k := range c.Asked {
		if answered[k] {
			got = append(got, label(itemLabels, k))
		} else {
			missing = append(missing, label(itemLabels, k))
		}
	}
	if len(c.Asked) == 0 {
		return nil
	}
	line := func(head string, items []string) string {
		if len(items) == 0 {
			return fmt.Sprintf("%s (0)\u00a0: aucun", head)
		}
		return fmt.Sprintf("%s (%d)\u00a0: %s", head, len(items), strings.Join(items, "\u00a0; "))
	}
	return []string{line("Obtenus", got), line("Non obtenus", missing)}
}

func disclosedTitle(c CaseFile) string {
	t := "Scores et catégories communiqués (" + strconv.Itoa(len(c.Disclosed)) + ")"
	if !c.ValuesIncluded {
		t += " — noms seulement"
	}
	return t
}

func disclosedItems(c CaseFile) []string {
	var out []string
	for _, d := range c.Disclosed {
		if d.Value != "" {
			out = append(out, d.Name+"\u00a0: "+d.Value)
		} else {
			out = append(out, d.Name)
		}
	}
	return out
}

func stepItems(c CaseFile) []string {
	var out []string
	for _, s := range c.Escalation.Steps {
		line := label(kindLabels, s.Kind) + " — " + monthText(s.Month)
		if s.ResponseDelayDays != nil {
			line += " (réponse ou refus " + daysText(*s.ResponseDelayDays) + " après)"
		} else {
			line += " (rien depuis)"
		}
		out = append(out, line)
	}
	return out
}

// Text returns the document's words as plain text, as the window shows the
// content before it is saved.
func Text(c CaseFile) string { return strings.TrimSpace(doc.ReportText(Document(c))) + "\n" }
