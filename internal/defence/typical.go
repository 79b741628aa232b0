package defence

// Typical is a value Carnet offers to pre-fill a field the notice should
// give, always shown marked « à vérifier » and editable: the law sets
// neither firmly enough to be taken for granted (LEGAL.md §6, S).
type Typical struct {
	Deadline  Period   // zero when no typical time limit exists
	Addressee []string // name line only; the address comes from the notice
}

// ToCheckFR is the mark shown beside a typical value.
const ToCheckFR = "à vérifier"

// TypicalFor returns the typical time limit and addressee of a notice of
// kind k, for the letter l: ten calendar days for observations, two months
// for an appeal against a decision (to the regional director, R5412-4),
// the regional mediator for a referral (its address is the user's to
// enter). Other combinations return the zero Typical.
func TypicalFor(k Kind, l LetterKind) Typical {
	switch {
	case l == LetterMediation && k.Decision():
		return Typical{Addressee: []string{"Médiateur régional de France Travail"}}
	case l == LetterAppeal && k.Decision():
		return Typical{Deadline: Period{N: 2, Unit: UnitMonths}, Addressee: []string{"Direction régionale de France Travail"}}
	case l == LetterObservations && (k == KindPreSanction || k == KindWarning || k == KindControl):
		return Typical{Deadline: Period{N: 10, Unit: UnitCalendarDays}}
	}
	return Typical{}
}
