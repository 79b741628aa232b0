package defence

import (
	"slices"
	"strings"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

// Kind is what a notice from France Travail is.
type Kind string

// The kinds of notice.
const (
	KindControl     Kind = "control_questionnaire" // a job-search control questionnaire
	KindPreSanction Kind = "pre_sanction"          // information before a sanction: observations invited
	KindWarning     Kind = "warning"               // avertissement (R5412-3-3)
	KindSanction    Kind = "sanction"              // suspension or suppression of the allowance (R5412-1)
	KindRadiation   Kind = "radiation"             // removal from the list of jobseekers
	KindRepayment   Kind = "repayment"             // claim for repayment of undue allowances
)

// Kinds lists every notice kind in the order a procedure runs.
func Kinds() []Kind {
	return []Kind{KindControl, KindPreSanction, KindWarning, KindSanction, KindRadiation, KindRepayment}
}

// Decision reports whether a notice of this kind is a decision, which the
// regional mediator and a prior appeal can be asked to review (R5312-47).
func (k Kind) Decision() bool {
	return k == KindWarning || k == KindSanction || k == KindRadiation || k == KindRepayment
}

// FailureKind is the kind of failure a notice holds against the user.
type FailureKind string

// The kinds of failure (L5412-1 and the contrat d'engagement).
const (
	FailureAbsence     FailureKind = "absence"     // absence at an appointment or a convocation
	FailureSearch      FailureKind = "search"      // job search judged insufficient
	FailureContract    FailureKind = "contract"    // contrat d'engagement not signed or not drawn up
	FailureAction      FailureKind = "action"      // an action of the plan (training, workshop) not followed
	FailureOffers      FailureKind = "offers"      // offers of employment refused
	FailureDeclaration FailureKind = "declaration" // a declaration missing or inaccurate
	FailureOther       FailureKind = "other"       // anything else, in the notice's words
)

// FailureKinds lists every failure kind in display order.
func FailureKinds() []FailureKind {
	return []FailureKind{FailureAbsence, FailureSearch, FailureContract, FailureAction, FailureOffers,
		FailureDeclaration, FailureOther}
}

// Unit is how the period a notice gives is counted.
type Unit string

// The units of a period; calendar days are the default and the safe choice.
const (
	UnitCalendarDays Unit = "calendar_days" // every day counts
	UnitWorkingDays  Unit = "working_days"  // jours ouvrables: Monday to Saturday, national holidays excepted
	UnitMonths       Unit = "months"        // months, as an appeal time limit (two months typically)
)

// Units lists every unit, the default first.
func Units() []Unit { return []Unit{UnitCalendarDays, UnitWorkingDays, UnitMonths} }

// Period is a time limit as a notice gives it: « 10 jours », « deux mois ».
type Period struct {
	N    int
	Unit Unit // "" is read as UnitCalendarDays
}

// IsZero reports whether no period was given.
func (p Period) IsZero() bool { return p.N == 0 }

func (p Period) unit() Unit {
	if p.Unit == "" {
		return UnitCalendarDays
	}
	return p.Unit
}

// Measure is what a sanction decision does to the allowance.
type Measure string

// The measures of a sanction decision.
const (
	MeasureSuspension  Measure = "suspension"  // suspended until the person complies again (R5412-1)
	MeasureSuppression Measure = "suppression" // withdrawn for good for the duration
)

// Failure is what a notice holds against the user.
type Failure struct {
	Kind FailureKind
	Text string // the notice's own words, quoted in the letters
}

// Sanction holds the terms of a suspension or suppression decision.
type Sanction struct {
	Measure Measure
	Rate    int       // percentage of the allowance, 30 to 100
	Months  int       // duration, 1 to 4 months
	Start   time.Time // first day the measure applies
}

// Notice is a mail from France Travail marked as a step of a control or
// sanction procedure. The deadline and the addressee are those written in
// the notice; Carnet offers typical ones (Typical) marked « à vérifier ».
type Notice struct {
	ID         string
	MailID     string // the Courriers mail it marks, when any
	Kind       Kind
	Date       time.Time // the date the notice bears
	SeenOn     time.Time // the day the user received or saw it (personal space); zero when unknown
	Reference  string
	Failure    Failure
	PeriodFrom time.Time // first day of the period it covers (zero when none)
	PeriodTo   time.Time // last day of that period
	Deadline   Period    // the time limit it gives to answer or appeal
	Addressee  []string  // the author or office to write to, as given, name and address lines
	// RoutesStated says whether a decision states the routes and time
	// limits of appeal (CJA R421-5): RoutesUnknown until the user says.
	RoutesStated Routes
	Sanction     Sanction // KindSanction only
	AmountCents  int64    // KindRepayment: the sum claimed, in cents
}

// Routes says whether a decision states the routes and time limits of appeal.
type Routes string

// The answers to « la décision indique-t-elle les voies et délais de recours ? ».
const (
	RoutesUnknown Routes = ""
	RoutesStated  Routes = "stated"
	RoutesMissing Routes = "missing"
)

// Problem codes of a notice, besides journal's (required, invalid_date,
// unknown_value, too_long). The UI maps each to "error.<code>".
const (
	ProblemSeenBeforeNotice = "seen_before_notice" // seen before the date the notice bears
	ProblemRate             = "sanction_rate"      // rate outside 30..100 %
	ProblemMonths           = "sanction_months"    // duration outside 1..4 months
	ProblemPeriodLength     = "period_length"      // a time limit outside 1..90 days or 1..12 months
	ProblemAmount           = "amount"             // a negative amount
)

// Text limits of a notice's fields.
const (
	maxReference = 200
	maxText      = 4000
	maxLine      = 200
	maxLines     = 8
)

// Validate checks the notice and returns a *journal.ValidationError naming
// each field at fault with its problem code, or nil.
func (n Notice) Validate() error { return collect(n.validate) }

// validate reports each problem of the notice to add.
func (n Notice) validate(add func(field, code string)) {
	if !slices.Contains(Kinds(), n.Kind) {
		add("kind", journal.ProblemRequired)
	}
	n.validateDates(add)
	n.validateFailure(add)
	n.validateDeadline(add)
	n.validateText(add)
	if n.Kind == KindSanction {
		n.Sanction.validate(add)
	}
	if n.AmountCents < 0 {
		add("amount", ProblemAmount)
	}
}

// collect runs check and returns the problems it reported, the first for
// each field, as a *journal.ValidationError, or nil.
func collect(check func(add func(field, code string))) error {
	p := map[string]string{}
	check(func(field, code string) {
		if _, ok := p[field]; !ok {
			p[field] = code
		}
	})
	if len(p) == 0 {
		return nil
	}
	return &journal.ValidationError{Fields: p}
}

func (n Notice) validateDates(add func(field, code string)) {
	if n.Date.IsZero() {
		add("date", journal.ProblemRequired)
	}
	if !n.SeenOn.IsZero() && !n.Date.IsZero() && journal.Day(n.SeenOn).Before(journal.Day(n.Date)) {
		add("seen_on", ProblemSeenBeforeNotice)
	}
	if n.PeriodFrom.IsZero() != n.PeriodTo.IsZero() {
		add("period", journal.ProblemRequired)
	} else if !n.PeriodFrom.IsZero() && n.PeriodTo.Before(n.PeriodFrom) {
		add("period", journal.ProblemInvalidDate)
	}
}

func (n Notice) validateText(add func(field, code string)) {
	if len(n.Reference) > maxReference {
		add("reference", journal.ProblemTooLong)
	}
	if len(n.Addressee) > maxLines {
		add("addressee", journal.ProblemTooLong)
	}
	for _, l := range n.Addressee {
		if len(l) > maxLine {
			add("addressee", journal.ProblemTooLong)
		}
	}
	switch n.RoutesStated {
	case RoutesUnknown, RoutesStated, RoutesMissing:
	default:
		add("routes", journal.ProblemUnknownValue)
	}
}

func (n Notice) validateFailure(add func(field, code string)) {
	if n.Failure.Kind != "" && !slices.Contains(FailureKinds(), n.Failure.Kind) {
		add("failure_kind", journal.ProblemUnknownValue)
	}
	if len(n.Failure.Text) > maxText {
		add("failure", journal.ProblemTooLong)
	}
	if n.Kind != KindControl && n.Kind != KindRepayment && strings.TrimSpace(n.Failure.Text) == "" {
		add("failure", journal.ProblemRequired)
	}
}

func (n Notice) validateDeadline(add func(field, code string)) {
	d := n.Deadline
	if !slices.Contains(Units(), d.unit()) {
		add("deadline_unit", journal.ProblemUnknownValue)
		return
	}
	if d.IsZero() {
		return
	}
	if d.N < 0 || (d.unit() == UnitMonths && d.N > 12) || (d.unit() != UnitMonths && d.N > 90) {
		add("deadline", ProblemPeriodLength)
	}
}

func (s Sanction) validate(add func(field, code string)) {
	switch s.Measure {
	case MeasureSuspension, MeasureSuppression:
	case "":
		add("measure", journal.ProblemRequired)
	default:
		add("measure", journal.ProblemUnknownValue)
	}
	if s.Rate < 30 || s.Rate > 100 {
		add("rate", ProblemRate)
	}
	if s.Months < 1 || s.Months > 4 {
		add("months", ProblemMonths)
	}
	if s.Start.IsZero() {
		add("start", journal.ProblemRequired)
	}
}

// CountStart returns the day the notice's time limit starts from: the day
// the user received or saw it, else the date it bears.
func (n Notice) CountStart() time.Time {
	if !n.SeenOn.IsZero() {
		return journal.Day(n.SeenOn)
	}
	return journal.Day(n.Date)
}
