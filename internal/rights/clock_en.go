package rights

import (
	"strconv"
	"strings"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

var monthCountEN = [...]string{"", "one month", "two months", "three months"}

// monthsEN writes a number of months in words, « two months ».
func monthsEN(n int) string {
	if n > 0 && n < len(monthCountEN) {
		return monthCountEN[n]
	}
	return strconv.Itoa(n) + " months"
}

// weekdayDateEN writes a full date with its weekday, « Monday 1 March 2027 ».
func weekdayDateEN(t time.Time) string {
	return t.Weekday().String() + " " + journal.FormatLongDateEN(t)
}

// shortDateEN writes « Saturday 10 », « Saturday 10 October » (withMonth)
// or « Saturday 31 December 2022 » (withMonth, when the year is not year).
func shortDateEN(t time.Time, withMonth bool, year int) string {
	f := strings.Fields(journal.FormatLongDateEN(t))
	s := t.Weekday().String() + " " + f[0]
	if withMonth {
		s += " " + f[1]
		if t.Year() != year {
			s += " " + f[2]
		}
	}
	return s
}

func (k ClockKind) legalBasisEN() string {
	switch k {
	case ClockGDPR:
		return "under Article 12(3) GDPR"
	case ClockGDPRExtended:
		return "under Article 12(3) GDPR, the two-month extension having been announced"
	case ClockCRPA:
		return "silence then being an implicit refusal under articles R*311-12 and R311-13 CRPA"
	case ClockCADA:
		return "the time limit to refer to the CADA set by article R343-1 CRPA"
	}
	return ""
}

func (k ClockKind) startEventEN() string {
	switch k {
	case ClockCADA:
		return "the refusal"
	case ClockCRPA:
		return "receipt of the request"
	}
	return "receipt"
}

func (k ClockKind) userActionEN() string {
	if k == ClockCADA {
		return "refer the matter to the CADA"
	}
	return "act"
}

func holidayEN(h Holiday) string {
	if w, ok := holidayWords[h.Name]; ok {
		return w.en
	}
	return h.Name
}

func regionEN(region string) string {
	if w, ok := regionWords[region]; ok {
		return w.en
	}
	return "in " + region
}

// runEN states why the days of a run are not working days.
func (r skipRun) runEN(year int) string {
	if r.isHoliday() {
		s := shortDateEN(r.days[0], true, year) + " is " + holidayEN(r.holiday) + ", a public holiday"
		if !r.holiday.National() {
			s += " " + regionEN(r.holiday.Region)
		}
		return s
	}
	if len(r.days) == 1 {
		return shortDateEN(r.days[0], true, year) + " is not a working day"
	}
	first, last := r.days[0], r.days[len(r.days)-1]
	sameMonth := first.Month() == last.Month() && first.Year() == last.Year()
	parts := make([]string, len(r.days))
	for i, day := range r.days {
		parts[i] = shortDateEN(day, !sameMonth || i == len(r.days)-1, year)
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1] + " are not working days"
}

// RuleEN returns the deadline's explanation in English, e.g. "one month
// after receipt, on 4 September 2026, under Article 12(3) GDPR; moved to
// Monday 12 October 2026, as Saturday 10 and Sunday 11 October are not
// working days". For a deadline the user must meet (UserMeets) it adds
// "…; refer the matter to the CADA at the latest on …; do not wait for the
// last day", after saying which local holiday did not move it, if any.
func (d Deadline) RuleEN() string { return d.ruleEN(true) }

// PlainRuleEN is RuleEN in plain words, for the window: the same
// computation and advice without the article setting the period (see
// Basis).
func (d Deadline) PlainRuleEN() string { return d.ruleEN(false) }

func (d Deadline) ruleEN(legal bool) string {
	var b strings.Builder
	b.WriteString(monthsEN(d.Months) + " after " + d.Kind.startEventEN() + ", on " + journal.FormatLongDateEN(d.From))
	if legal {
		b.WriteString(", " + d.Kind.legalBasisEN())
	}
	if d.EndOfMonth {
		month := strings.Fields(journal.FormatLongDateEN(d.Nominal))[1]
		b.WriteString("; as that day does not exist in " + month +
			", the period ends on the last day of the month, " + journal.FormatLongDateEN(d.Nominal))
	}
	if moved := postponedEN(d.Skipped, d.Due); moved != "" {
		b.WriteString("; " + moved)
	}
	if d.UserMeets {
		b.WriteString("; ")
		if d.Ignored.Name != "" {
			b.WriteString(ignoredEN(d.Ignored) + ": ")
		}
		b.WriteString(d.Kind.userActionEN() + " at the latest on " + weekdayDateEN(d.Due) + "; do not wait for the last day")
	}
	return b.String()
}

// postponedEN says why the end moved to due: "moved to Monday 12 October
// 2026, as Saturday 10 and Sunday 11 October are not working days", or ""
// when nothing was skipped.
func postponedEN(skipped []Skipped, due time.Time) string {
	runs := skipRuns(skipped)
	if len(runs) == 0 {
		return ""
	}
	clauses := make([]string, len(runs))
	for i, r := range runs {
		clauses[i] = r.runEN(due.Year())
	}
	return "moved to " + weekdayDateEN(due) + ", as " + joinRuns(runs, clauses, "and")
}

// ignoredEN says that a local holiday did not move a user deadline.
func ignoredEN(h Holiday) string {
	return "as a precaution, " + holidayEN(h) + ", a public holiday only " + regionEN(h.Region) + ", does not extend this time limit"
}

// PostponedEN says in English why the end moved, "moved to Monday
// 12 October 2026, as Saturday 10 and Sunday 11 October are not working
// days", or returns "" when it did not move.
func (p Postponement) PostponedEN() string { return postponedEN(p.Skipped, p.Due) }

// IgnoredEN says in English which local holiday did not move the end, "as
// a precaution, Good Friday, a public holiday only in Alsace-Moselle, does
// not extend this time limit", or returns "" when none.
func (p Postponement) IgnoredEN() string {
	if p.Ignored.Name == "" {
		return ""
	}
	return ignoredEN(p.Ignored)
}

// WeekdayDateEN writes a date with its weekday, "Monday 1 March 2027".
func WeekdayDateEN(t time.Time) string { return weekdayDateEN(t) }
