package rights

import (
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

// ClockKind names a legal time limit.
type ClockKind string

// The clocks Carnet computes.
const (
	ClockGDPR         ClockKind = "gdpr"          // Art. 12(3): one month from receipt
	ClockGDPRExtended ClockKind = "gdpr-extended" // Art. 12(3): three months when extended
	ClockCRPA         ClockKind = "crpa"          // R*311-13: implicit refusal after one month
	ClockCADA         ClockKind = "cada"          // R343-1: two months to refer to the CADA
)

// ClockKinds returns every clock kind, in the order the clocks run.
func ClockKinds() []ClockKind {
	return []ClockKind{ClockGDPR, ClockGDPRExtended, ClockCRPA, ClockCADA}
}

// UserMeets reports whether the user, rather than France Travail, must act
// before the deadline of this kind (today only the CADA referral window).
// Such a deadline is computed on the safe side: Compute counts the national
// public holidays only, never a local holiday of the user's département,
// and the rule tells the user not to wait for the last day.
func (k ClockKind) UserMeets() bool {
	return k == ClockCADA
}

func (k ClockKind) months() int {
	switch k {
	case ClockGDPRExtended:
		return 3
	case ClockCADA:
		return 2
	}
	return 1
}

// Skipped is a day the period could not end on.
type Skipped struct {
	Date time.Time
	// Holiday is the public holiday falling on Date; it is the zero Holiday
	// when Date is only a Saturday or a Sunday.
	Holiday Holiday
}

// Deadline is a computed due date with everything needed to explain it.
type Deadline struct {
	Kind        ClockKind
	From        time.Time // the event that starts the period (receipt, refusal)
	Months      int
	Nominal     time.Time // same date N months later, or the month's last day
	EndOfMonth  bool      // the same date did not exist in that month
	Due         time.Time // Nominal moved past weekends and holidays
	Skipped     []Skipped // the days between Nominal and Due, in order
	Departement string    // the user's département, as given to Compute
	// UserMeets is Kind.UserMeets(): the user must act by Due, so only the
	// national holidays were counted.
	UserMeets bool
	// Ignored is a local holiday of the user's département falling on Due
	// that did not move this user deadline; zero when there is none.
	Ignored Holiday
}

// Compute returns the deadline of kind for a period starting on from, under
// Regulation 1182/71: the day of the event does not count; a period of
// months ends on the same date N months later, or on the last day of that
// month when the date does not exist; an end falling on a Saturday, Sunday
// or public holiday moves to the next working day. The holidays counted are
// those of the département for a deadline France Travail must meet, and the
// national ones only for a deadline the user must meet (ClockKind.UserMeets).
func Compute(kind ClockKind, from time.Time, departement string) Deadline {
	from = journal.Day(from)
	n := kind.months()
	d := Deadline{Kind: kind, From: from, Months: n, Departement: departement, UserMeets: kind.UserMeets()}
	counted := departement
	if d.UserMeets {
		counted = ""
	}
	d.Nominal, d.EndOfMonth = MonthsLater(from, n)
	d.Due, d.Skipped = postpone(d.Nominal, counted)
	if d.UserMeets {
		d.Ignored = ignoredLocal(d.Due, departement)
	}
	return d
}

// MonthsLater returns the day a period of n months starting on from ends,
// under Regulation 1182/71: the same date n months later, or the last day
// of that month when the date does not exist there (endOfMonth is then
// true). It does not move the end past weekends or holidays.
func MonthsLater(from time.Time, n int) (end time.Time, endOfMonth bool) {
	from = journal.Day(from)
	firstOfTarget := time.Date(from.Year(), from.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	lastDay := firstOfTarget.AddDate(0, 1, -1).Day()
	day := from.Day()
	if day > lastDay {
		day, endOfMonth = lastDay, true
	}
	return time.Date(firstOfTarget.Year(), firstOfTarget.Month(), day, 0, 0, 0, 0, time.UTC), endOfMonth
}

// Postponement is how the end of a period the user must meet moved past
// the days it could not end on.
type Postponement struct {
	Nominal time.Time // the end before moving
	Due     time.Time // the first day on or after Nominal the period can end on
	Skipped []Skipped // the days between Nominal and Due, in order
	// Ignored is a local holiday of the user's département falling on Due
	// that did not move the end; zero when there is none.
	Ignored Holiday
}

// PostponeSafe moves the end of a period the user must meet (observations,
// an appeal) on the safe side (LEGAL.md §6): past Saturdays, Sundays and
// national public holidays only, never past a local holiday of the
// département, which is reported in Ignored when it falls on Due. It is
// how Compute moves a deadline for which UserMeets is true.
func PostponeSafe(end time.Time, departement string) Postponement {
	p := Postponement{Nominal: journal.Day(end)}
	p.Due, p.Skipped = postpone(p.Nominal, "")
	p.Ignored = ignoredLocal(p.Due, departement)
	return p
}

// postpone moves end past Saturdays, Sundays and the holidays of the
// département counted ("" for the national ones only), and returns the
// days skipped.
func postpone(end time.Time, counted string) (time.Time, []Skipped) {
	var skipped []Skipped
	for {
		h, holiday := HolidayOn(end, counted)
		if !holiday && !weekend(end) {
			return end, skipped
		}
		skipped = append(skipped, Skipped{Date: end, Holiday: h})
		end = end.AddDate(0, 0, 1)
	}
}

// ignoredLocal returns the local holiday of the département falling on
// day, or the zero Holiday when day is a national holiday or none.
func ignoredLocal(day time.Time, departement string) Holiday {
	if h, ok := HolidayOn(day, departement); ok && !h.National() {
		return h
	}
	return Holiday{}
}

func weekend(day time.Time) bool {
	wd := day.Weekday()
	return wd == time.Saturday || wd == time.Sunday
}

// skipRun is one reason the end of a period moved: a single holiday, or one
// or two consecutive days that are only a Saturday or a Sunday.
type skipRun struct {
	days    []time.Time
	holiday Holiday // zero for a weekend run
}

func (r skipRun) isHoliday() bool { return r.holiday.Name != "" }

// skipRuns groups the skipped days into the reasons a rule states.
func skipRuns(skipped []Skipped) []skipRun {
	var runs []skipRun
	for _, s := range skipped {
		if s.Holiday.Name != "" {
			runs = append(runs, skipRun{days: []time.Time{s.Date}, holiday: s.Holiday})
			continue
		}
		if n := len(runs); n > 0 && !runs[n-1].isHoliday() {
			runs[n-1].days = append(runs[n-1].days, s.Date)
			continue
		}
		runs = append(runs, skipRun{days: []time.Time{s.Date}})
	}
	return runs
}

// joinRuns joins the clauses stating each run: commas between them and
// and before the last one, with the comma that closes a holiday's
// apposition (« …, jour férié, et … »).
func joinRuns(runs []skipRun, clauses []string, and string) string {
	out := ""
	for i, c := range clauses {
		switch {
		case i == 0:
		case i < len(clauses)-1:
			out += ", "
		case runs[i-1].isHoliday():
			out += ", " + and + " "
		default:
			out += " " + and + " "
		}
		out += c
	}
	return out
}

// PlainRule returns the deadline's explanation in plain words in lang, for
// the window: PlainRuleEN for "en", PlainRuleFR for anything else.
func (d Deadline) PlainRule(lang string) string {
	if lang == "en" {
		return d.PlainRuleEN()
	}
	return d.PlainRuleFR()
}

// Basis returns the text setting the deadline's period in lang, « en
// application de l’article 12, paragraphe 3, du RGPD »: the reference the
// window keeps in its « Références ».
func (d Deadline) Basis(lang string) string {
	if lang == "en" {
		return d.Kind.legalBasisEN()
	}
	return d.Kind.legalBasisFR()
}

// Rule returns the deadline's explanation in lang: RuleEN for "en", RuleFR
// for anything else.
func (d Deadline) Rule(lang string) string {
	if lang == "en" {
		return d.RuleEN()
	}
	return d.RuleFR()
}
