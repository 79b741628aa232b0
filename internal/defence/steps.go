package defence

import (
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

// stepWords names each letter for the timeline: what was sent, and what
// France Travail received.
var stepWords = map[LetterKind][2]string{
	LetterObservations:   {"envoi de mes observations", "réception de mes observations par France Travail"},
	LetterRemobilisation: {"envoi de ma demande de levée de la suspension", "réception de cette demande par France Travail"},
	LetterMediation:      {"saisine du médiateur régional", "réception de ma saisine par le médiateur"},
	LetterAppeal:         {"envoi de mon recours administratif préalable", "réception de mon recours par France Travail"},
}

// SentSteps returns the timeline steps of a defence letter, for the
// mediator's letter: its sending on sentOn and, when receivedOn is not
// zero, its receipt.
func SentSteps(l LetterKind, sentOn, receivedOn time.Time) []Step {
	w := stepWords[l]
	steps := []Step{{Date: journal.Day(sentOn), Text: w[0]}}
	if !receivedOn.IsZero() {
		steps = append(steps, Step{Date: journal.Day(receivedOn), Text: w[1]})
	}
	return steps
}
