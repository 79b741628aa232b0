package defence

import "slices"

// Step names of the wizard besides the letters: what the user does when no
// letter comes next.
const (
	ChoiceWait = "wait" // observations sent: wait for the decision, and mark it when it comes
	ChoiceDone = "done" // every letter Carnet prepares was sent: the court, with free help
)

// Choice is what the wizard proposes for a notice: the next letter, or
// none, with i18n keys explaining in plain words what the step does and
// does not do.
type Choice struct {
	Letter LetterKind // "" when no letter comes next
	// Key names the step: "defence.wizard.<Key>.title", ".does" and
	// ".does_not" are its plain-words explanation in the UI language.
	Key string
	// Later lists the other letters that may still follow, in order.
	Later []LetterKind
}

// ParallelKey is the i18n key saying that an access request of Mes droits
// can run in parallel with any of these steps.
const ParallelKey = "defence.wizard.parallel_access"

// TitleKey returns the i18n key of the step's short title.
func (c Choice) TitleKey() string { return "defence.wizard." + c.Key + ".title" }

// DoesKey returns the i18n key saying in plain words what the step does.
func (c Choice) DoesKey() string { return "defence.wizard." + c.Key + ".does" }

// DoesNotKey returns the i18n key saying what the step does not do.
func (c Choice) DoesNotKey() string { return "defence.wizard." + c.Key + ".does_not" }

// path returns the letters that answer a notice, in the order to send them:
// observations before any decision; for a decision, lifting a suspension
// first (it is what brings the allowance back), then the prior appeal to
// the author within the time limit it states, then the mediator, the step
// required before the court.
func path(n Notice) []LetterKind {
	switch n.Kind {
	case KindControl, KindPreSanction:
		return []LetterKind{LetterObservations}
	case KindWarning:
		return []LetterKind{LetterObservations, LetterAppeal, LetterMediation}
	case KindSanction:
		if n.Sanction.Measure == MeasureSuspension {
			return []LetterKind{LetterRemobilisation, LetterAppeal, LetterMediation}
		}
	}
	if n.Kind.Decision() {
		return []LetterKind{LetterAppeal, LetterMediation}
	}
	return nil
}

// Next returns the step that comes next for a notice, given the letters
// already sent for it: the first letter of its path not sent yet, or, when
// all were sent, waiting for a decision (before one) or the end of what
// Carnet prepares (after one).
func Next(n Notice, sent []LetterKind) Choice {
	p := path(n)
	for i, l := range p {
		if slices.Contains(sent, l) {
			continue
		}
		c := Choice{Letter: l, Key: string(l), Later: append([]LetterKind(nil), p[i+1:]...)}
		if l == LetterObservations && n.Kind == KindControl {
			c.Key = "observations_control"
		}
		return c
	}
	if n.Kind.Decision() {
		return Choice{Key: ChoiceDone}
	}
	return Choice{Key: ChoiceWait}
}

// ChoiceKeys lists every step key Next can return, for the catalogue's tests.
func ChoiceKeys() []string {
	return []string{"observations_control", string(LetterObservations), string(LetterRemobilisation),
		string(LetterAppeal), string(LetterMediation), ChoiceWait, ChoiceDone}
}
