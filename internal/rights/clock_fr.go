package rights

import (
	"strconv"
	"strings"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

// French typography: a non-breaking space before « ; » and « : ».
const (
	semicolonFR = "\u00a0; "
	colonFR     = "\u00a0: "
)

var monthCountFR = [...]string{"", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"}

// monthsFR writes a number of months in words, « deux mois ».
func monthsFR(n int) string {
	if n > 0 && n < len(monthCountFR) {
		return monthCountFR[n] + " mois"
	}
	return strconv.Itoa(n) + "\u00a0mois"
}

var weekdaysFR = [...]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"}

// weekdayDateFR writes a full date with its weekday, « lundi 1er mars 2027 ».
func weekdayDateFR(t time.Time) string {
	return weekdaysFR[t.Weekday()] + " " + journal.FormatLongDate(t)
}

// shortDateFR writes « samedi 10 », « samedi 10 octobre » (withMonth) or
// « samedi 31 décembre 2022 » (withMonth, when the year is not year).
func shortDateFR(t time.Time, withMonth bool, year int) string {
	f := strings.Fields(journal.FormatLongDate(t)) // « 1er », « mars », « 2027 »
	s := weekdaysFR[t.Weekday()] + " " + f[0]
	if withMonth {
		s += " " + f[1]
		if t.Year() != year {
			s += " " + f[2]
		}
	}
	return s
}

// legalBasisFR returns the text setting the period, as a complement that
// follows a comma.
func (k ClockKind) legalBasisFR() string {
	switch k {
	case ClockGDPR:
		return "en application de l’article 12, paragraphe 3, du RGPD"
	case ClockGDPRExtended:
		return "en application de l’article 12, paragraphe 3, du RGPD, la prolongation de deux mois ayant été annoncée"
	case ClockCRPA:
		return "le silence gardé valant alors refus implicite en application des articles R*311-12 et R311-13 du CRPA"
	case ClockCADA:
		return "délai de saisine de la CADA fixé par l’article R343-1 du CRPA"
	}
	return ""
}

func (k ClockKind) startEventFR() string {
	switch k {
	case ClockCADA:
		return "le refus"
	case ClockCRPA:
		return "la réception de la demande"
	}
	return "la réception"
}

// userActionFR is what the user must do by a deadline they must meet.
func (k ClockKind) userActionFR() string {
	if k == ClockCADA {
		return "saisissez la CADA"
	}
	return "agissez"
}

func holidayFR(h Holiday) string {
	if w, ok := holidayWords[h.Name]; ok {
		return w.fr
	}
	return h.Name
}

func regionFR(region string) string {
	if w, ok := regionWords[region]; ok {
		return w.fr
	}
	return "en " + region
}

// runFR states why the days of a run are not working days.
func (r skipRun) runFR(year int) string {
	if r.isHoliday() {
		s := "le " + shortDateFR(r.days[0], true, year) + " étant " + holidayFR(r.holiday) + ", jour férié"
		if !r.holiday.National() {
			s += " " + regionFR(r.holiday.Region)
		}
		return s
	}
	if len(r.days) == 1 {
		return "le " + shortDateFR(r.days[0], true, year) + " n’étant pas un jour ouvrable"
	}
	first, last := r.days[0], r.days[len(r.days)-1]
	sameMonth := first.Month() == last.Month() && first.Year() == last.Year()
	parts := make([]string, len(r.days))
	for i, day := range r.days {
		parts[i] = "le " + shortDateFR(day, !sameMonth || i == len(r.days)-1, year)
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " et " + parts[len(parts)-1] + " n’étant pas des jours ouvrables"
}

// computationFR explains how Due was reached, in French: as a lawyer
// writes it (legal), with the text setting the period, or in plain words
// for the window, which keeps the text in its « Références ».
func (d Deadline) computationFR(legal bool) string {
	var b strings.Builder
	b.WriteString(monthsFR(d.Months) + " après " + d.Kind.startEventFR() + ", le " + journal.FormatLongDate(d.From))
	if legal {
		b.WriteString(", " + d.Kind.legalBasisFR())
	}
	if d.EndOfMonth {
		month := strings.Fields(journal.FormatLongDate(d.Nominal))[1]
		if legal {
			b.WriteString(semicolonFR + "le même quantième n’existant pas en " + month +
				", la période prend fin le dernier jour du mois, le " + journal.FormatLongDate(d.Nominal))
		} else {
			b.WriteString(semicolonFR + "ce jour n’existant pas en " + month +
				", le délai prend fin le dernier jour du mois, le " + journal.FormatLongDate(d.Nominal))
		}
	}
	if moved := postponedFR(d.Skipped, d.Due); moved != "" {
		b.WriteString(semicolonFR + moved)
	}
	return b.String()
}

// postponedFR says why the end moved to due: « reporté au lundi 12 octobre
// 2026, le samedi 10 et le dimanche 11 octobre n’étant pas des jours
// ouvrables », or "" when nothing was skipped.
func postponedFR(skipped []Skipped, due time.Time) string {
	runs := skipRuns(skipped)
	if len(runs) == 0 {
		return ""
	}
	clauses := make([]string, len(runs))
	for i, r := range runs {
		clauses[i] = r.runFR(due.Year())
	}
	return "reporté au " + weekdayDateFR(due) + ", " + joinRuns(runs, clauses, "et")
}

// ignoredFR says that a local holiday did not move a user deadline:
// « par prudence, le Vendredi saint, jour férié en Alsace-Moselle
// seulement, ne reporte pas ce délai ».
func ignoredFR(h Holiday) string {
	return "par prudence, " + holidayFR(h) + ", jour férié " + regionFR(h.Region) + " seulement, ne reporte pas ce délai"
}

// PostponedFR says in French why the end moved, « reporté au lundi
// 12 octobre 2026, le samedi 10 et le dimanche 11 octobre n’étant pas des
// jours ouvrables », or returns "" when it did not move.
func (p Postponement) PostponedFR() string { return postponedFR(p.Skipped, p.Due) }

// IgnoredFR says in French which local holiday did not move the end,
// « par prudence, le Vendredi saint, jour férié en Alsace-Moselle
// seulement, ne reporte pas ce délai », or returns "" when none.
func (p Postponement) IgnoredFR() string {
	if p.Ignored.Name == "" {
		return ""
	}
	return ignoredFR(p.Ignored)
}

// WeekdayDateFR writes a date with its weekday, « lundi 1er mars 2027 ».
func WeekdayDateFR(t time.Time) string { return weekdayDateFR(t) }

// RuleFR returns the deadline's explanation in French, as a lawyer would
// write it, e.g. « un mois après la réception, le 4 septembre 2026, en
// application de l’article 12, paragraphe 3, du RGPD ; reporté au lundi
// 12 octobre 2026, le samedi 10 et le dimanche 11 octobre n’étant pas des
// jours ouvrables ». For a deadline the user must meet (UserMeets) it adds
// the safe-side advice, e.g. « … ; saisissez la CADA au plus tard le lundi
// 1er mars 2027 ; n’attendez pas le dernier jour », after saying which
// local holiday did not move it, if any.
func (d Deadline) RuleFR() string { return d.ruleFR(true) }

// PlainRuleFR is RuleFR in plain words, for the window: the same
// computation and advice without the article setting the period (see
// Basis) and without « quantième ».
func (d Deadline) PlainRuleFR() string { return d.ruleFR(false) }

func (d Deadline) ruleFR(legal bool) string {
	s := d.computationFR(legal)
	if !d.UserMeets {
		return s
	}
	s += semicolonFR
	if d.Ignored.Name != "" {
		s += ignoredFR(d.Ignored) + colonFR
	}
	return s + d.Kind.userActionFR() + " au plus tard le " + weekdayDateFR(d.Due) + semicolonFR + "n’attendez pas le dernier jour"
}

// LetterRuleFR returns the French explanation of how the date was computed,
// without the advice RuleFR addresses to the user: the text to quote in a
// letter to an authority. It equals RuleFR for a deadline France Travail
// must meet.
func (d Deadline) LetterRuleFR() string {
	return d.computationFR(true)
}
