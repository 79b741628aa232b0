package defence

import (
	"strconv"
	"strings"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// Deadline is the day by which the user must act on a notice, computed on
// the safe side (LEGAL.md §6), with what is needed to explain it.
type Deadline struct {
	Start    time.Time // the day the count starts (CountStart)
	FromSeen bool      // Start is the day the notice was received or seen, not its date
	Period   Period
	// EndOfMonth: for a period in months, the same date did not exist in
	// the last month and the period ends on that month's last day.
	EndOfMonth bool
	rights.Postponement
	// DueFromDate is the deadline counted from the date the notice bears
	// instead of the day it was seen: earlier than Due when the user saw it
	// later (a notice left in the personal space). The window advises
	// acting before it; it equals Due when the count starts on that date.
	DueFromDate time.Time
}

// ComputeDeadline returns the notice's deadline on the safe side, and false
// when the notice gives no time limit. The day the count starts does not
// count. Calendar days: the period ends N days after the start. Working
// days (jours ouvrables): on the Nth day after the start that is neither a
// Sunday nor a national public holiday. Months: on the same date N months
// later, or the last day of that month. An end on a Saturday, Sunday or
// national holiday moves to the next working day (rights.PostponeSafe); a
// local holiday of the user's département never moves it.
func ComputeDeadline(n Notice, departement string) (Deadline, bool) {
	if n.Deadline.IsZero() || n.Date.IsZero() {
		return Deadline{}, false
	}
	d := periodEnd(n.CountStart(), n.Deadline, departement)
	d.FromSeen = !n.SeenOn.IsZero()
	d.DueFromDate = d.Due
	if d.FromSeen && journal.Day(n.SeenOn).After(journal.Day(n.Date)) {
		d.DueFromDate = periodEnd(journal.Day(n.Date), n.Deadline, departement).Due
	}
	return d, true
}

// periodEnd computes the end of a period p starting on start.
func periodEnd(start time.Time, p Period, departement string) Deadline {
	d := Deadline{Start: start, Period: p}
	var end time.Time
	switch p.unit() {
	case UnitMonths:
		end, d.EndOfMonth = rights.MonthsLater(start, p.N)
	case UnitWorkingDays:
		end = start
		for i := 0; i < p.N; {
			end = end.AddDate(0, 0, 1)
			if _, holiday := rights.HolidayOn(end, ""); !holiday && end.Weekday() != time.Sunday {
				i++
			}
		}
	default:
		end = start.AddDate(0, 0, p.N)
	}
	if p.unit() == UnitWorkingDays {
		// The Nth working day is never a Sunday or a national holiday; a
		// Saturday is a working day and is kept: the earlier date.
		d.Postponement = rights.Postponement{Nominal: end, Due: end}
		if h, ok := rights.HolidayOn(end, departement); ok && !h.National() {
			d.Ignored = h
		}
		return d
	}
	d.Postponement = rights.PostponeSafe(end, departement)
	return d
}

// Passed reports whether the deadline was over on today: the user could
// act until the end of Due.
func (d Deadline) Passed(today time.Time) bool {
	return journal.Day(today).After(d.Due)
}

// DaysLeft returns the days from today to Due, 0 on Due, negative after.
func (d Deadline) DaysLeft(today time.Time) int {
	return int(d.Due.Sub(journal.Day(today)).Hours() / 24)
}

var numbersFR = [...]string{"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
	"onze", "douze", "treize", "quatorze", "quinze"}

// PeriodFR writes a period in French: « dix jours », « deux mois »,
// « 30 jours ouvrables ».
func PeriodFR(p Period) string {
	n := strconv.Itoa(p.N)
	if p.N >= 0 && p.N < len(numbersFR) {
		n = numbersFR[p.N]
	}
	switch p.unit() {
	case UnitMonths:
		return n + " mois"
	case UnitWorkingDays:
		if p.N == 1 {
			return "un jour ouvrable"
		}
		return n + " jours ouvrables"
	}
	if p.N == 1 {
		return "un jour"
	}
	return n + " jours"
}

// PeriodEN writes a period in English: "10 days", "2 months", "10 working days".
func PeriodEN(p Period) string {
	n := strconv.Itoa(p.N)
	unit := map[Unit][2]string{UnitMonths: {"month", "months"}, UnitWorkingDays: {"working day", "working days"},
		UnitCalendarDays: {"day", "days"}}[p.unit()]
	if p.N == 1 {
		return n + " " + unit[0]
	}
	return n + " " + unit[1]
}

// AtTheLatestFR is what the window shows: « au plus tard le lundi
// 7 décembre 2026 ».
func (d Deadline) AtTheLatestFR() string { return "au plus tard le " + rights.WeekdayDateFR(d.Due) }

// AtTheLatestEN is AtTheLatestFR in English: "at the latest on Monday 7 December 2026".
func (d Deadline) AtTheLatestEN() string { return "at the latest on " + rights.WeekdayDateEN(d.Due) }

// RuleFR explains the date in plain French, e.g. « dix jours après la
// réception de l’avis, le 26 novembre 2026 ; reporté au lundi 7 décembre
// 2026, le samedi 5 et le dimanche 6 décembre n’étant pas des jours
// ouvrables ; au plus tard le lundi 7 décembre 2026 ; n’attendez pas le
// dernier jour ».
func (d Deadline) RuleFR() string {
	s := PeriodFR(d.Period) + " après " + d.startFR() + ", le " + journal.FormatLongDate(d.Start)
	if d.Period.unit() == UnitWorkingDays {
		s += " (du lundi au samedi, hors jours fériés)"
	}
	if d.EndOfMonth {
		s += "\u00a0; ce jour n’existant pas en " + monthFR(d.Nominal) + ", le délai prend fin le dernier jour du mois, le " +
			journal.FormatLongDate(d.Nominal)
	}
	if moved := d.PostponedFR(); moved != "" {
		s += "\u00a0; " + moved
	}
	if ignored := d.IgnoredFR(); ignored != "" {
		s += "\u00a0; " + ignored
	}
	s += "\u00a0; " + d.AtTheLatestFR() + "\u00a0; n’attendez pas le dernier jour"
	if d.DueFromDate.Before(d.Due) {
		s += "\u00a0; compté depuis la date de l’avis, le délai prendrait fin le " + rights.WeekdayDateFR(d.DueFromDate) +
			"\u00a0: par prudence, répondez avant cette date si vous le pouvez"
	}
	return s
}

// RuleEN is RuleFR in English.
func (d Deadline) RuleEN() string {
	start := "the date of the notice"
	if d.FromSeen {
		start = "receiving the notice"
	}
	s := PeriodEN(d.Period) + " after " + start + ", on " + journal.FormatLongDateEN(d.Start)
	if d.Period.unit() == UnitWorkingDays {
		s += " (Monday to Saturday, public holidays excepted)"
	}
	if d.EndOfMonth {
		s += "; as that day does not exist in that month, the time limit ends on its last day, " +
			journal.FormatLongDateEN(d.Nominal)
	}
	if moved := d.PostponedEN(); moved != "" {
		s += "; " + moved
	}
	if ignored := d.IgnoredEN(); ignored != "" {
		s += "; " + ignored
	}
	s += "; " + d.AtTheLatestEN() + "; do not wait for the last day"
	if d.DueFromDate.Before(d.Due) {
		s += "; counted from the date of the notice, the time limit would end on " + rights.WeekdayDateEN(d.DueFromDate) +
			": as a precaution, answer before that day if you can"
	}
	return s
}

// Rule returns RuleEN for "en" and RuleFR for anything else.
func (d Deadline) Rule(lang string) string {
	if lang == "en" {
		return d.RuleEN()
	}
	return d.RuleFR()
}

func (d Deadline) startFR() string {
	if d.FromSeen {
		return "la réception de l’avis"
	}
	return "la date de l’avis"
}

// monthFR is the French name of t's month, « février ».
func monthFR(t time.Time) string { return strings.Fields(journal.FormatLongDate(t))[1] }
