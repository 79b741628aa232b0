package rights

import (
	"fmt"
	"strings"
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

// ClockKinds lists every clock.
func ClockKinds() []ClockKind {
	return []ClockKind{ClockGDPR, ClockGDPRExtended, ClockCRPA, ClockCADA}
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
	Date   time.Time
	Reason string // « samedi », « dimanche » or the holiday's name
}

// Deadline is a computed due date with everything needed to explain it.
type Deadline struct {
	Kind        ClockKind
	From        time.Time // the event that starts the period (receipt, refusal)
	Months      int
	Nominal     time.Time // same date N months later, or the month's last day
	EndOfMonth  bool      // the same date did not exist in that month
	Due         time.Time // Nominal moved past weekends and holidays
	Skipped     []Skipped
	Departement string
}

// Compute returns the deadline of kind for a period starting on from, under
// Regulation 1182/71: the day of the event does not count; a period of
// months ends on the same date N months later, or on the last day of that
// month when the date does not exist; an end falling on a Saturday, Sunday
// or public holiday (of the département) moves to the next working day.
func Compute(kind ClockKind, from time.Time, departement string) Deadline {
	from = journal.Day(from)
	n := kind.months()
	d := Deadline{Kind: kind, From: from, Months: n, Departement: departement}
	firstOfTarget := time.Date(from.Year(), from.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	lastDay := firstOfTarget.AddDate(0, 1, -1).Day()
	day := from.Day()
	if day > lastDay {
		day, d.EndOfMonth = lastDay, true
	}
	d.Nominal = time.Date(firstOfTarget.Year(), firstOfTarget.Month(), day, 0, 0, 0, 0, time.UTC)
	d.Due = d.Nominal
	for {
		reason := nonWorkingReason(d.Due, departement)
		if reason == "" {
			break
		}
		d.Skipped = append(d.Skipped, Skipped{Date: d.Due, Reason: reason})
		d.Due = d.Due.AddDate(0, 0, 1)
	}
	return d
}

// nonWorkingReason returns why a day is not a working day, or "".
func nonWorkingReason(day time.Time, departement string) string {
	var reasons []string
	switch day.Weekday() {
	case time.Saturday:
		reasons = append(reasons, "samedi")
	case time.Sunday:
		reasons = append(reasons, "dimanche")
	}
	if h, ok := HolidayOn(day, departement); ok {
		reasons = append(reasons, "férié\u00a0: "+h.Name)
	}
	return strings.Join(reasons, ", ")
}

// legalBasis returns the text setting the period, in French, as a
// complement that follows a comma.
func (k ClockKind) legalBasis() string {
	switch k {
	case ClockGDPR:
		return "en application de l’article 12, paragraphe 3, du RGPD"
	case ClockGDPRExtended:
		return "en application de l’article 12, paragraphe 3, du RGPD, la prolongation de deux mois ayant été annoncée"
	case ClockCRPA:
		return "silence valant refus implicite en application des articles R*311-12 et R311-13 du CRPA"
	case ClockCADA:
		return "délai de saisine de la CADA fixé par l’article R343-1 du CRPA"
	}
	return ""
}

func (k ClockKind) startEvent() string {
	switch k {
	case ClockCADA:
		return "le refus"
	case ClockCRPA:
		return "la réception de la demande"
	}
	return "la réception"
}

// RuleFR explains the deadline in French words, e.g. « 1 mois après la
// réception le 8 octobre 2026, en application de l’article 12, paragraphe 3,
// du RGPD ; reporté au premier jour ouvrable, car 8 novembre 2026
// (dimanche) n’est pas ouvrable ».
func (d Deadline) RuleFR() string {
	unit := "mois"
	var b strings.Builder
	fmt.Fprintf(&b, "%d %s après %s le %s, %s", d.Months, unit, d.Kind.startEvent(),
		journal.FormatLongDate(d.From), d.Kind.legalBasis())
	if d.EndOfMonth {
		fmt.Fprintf(&b, "\u00a0; le même quantième n’existant pas, la période finit le dernier jour du mois, %s",
			journal.FormatLongDate(d.Nominal))
	}
	if len(d.Skipped) > 0 {
		var parts []string
		for _, s := range d.Skipped {
			parts = append(parts, journal.FormatLongDate(s.Date)+" ("+s.Reason+")")
		}
		fmt.Fprintf(&b, "\u00a0; reporté au premier jour ouvrable, car %s", strings.Join(parts, ", "))
		if len(d.Skipped) > 1 {
			b.WriteString(" ne sont pas ouvrables")
		} else {
			b.WriteString(" n’est pas ouvrable")
		}
	}
	return b.String()
}

var englishBasis = map[ClockKind]string{
	ClockGDPR:         "under Article 12(3) GDPR",
	ClockGDPRExtended: "under Article 12(3) GDPR, the two-month extension having been announced",
	ClockCRPA:         "silence being an implicit refusal under articles R*311-12 and R311-13 CRPA",
	ClockCADA:         "time limit to refer to the CADA set by article R343-1 CRPA",
}

var englishReasons = map[string]string{"samedi": "Saturday", "dimanche": "Sunday"}

// RuleEN explains the deadline in English words; holiday names stay French.
func (d Deadline) RuleEN() string {
	event := "receipt"
	switch d.Kind {
	case ClockCADA:
		event = "the refusal"
	case ClockCRPA:
		event = "receipt of the request"
	}
	unit := "month"
	if d.Months > 1 {
		unit = "months"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d %s after %s on %s, %s", d.Months, unit, event, journal.FormatLongDateEN(d.From), englishBasis[d.Kind])
	if d.EndOfMonth {
		fmt.Fprintf(&b, "; that day does not exist in the month, so the period ends on its last day, %s", journal.FormatLongDateEN(d.Nominal))
	}
	if len(d.Skipped) > 0 {
		var parts []string
		for _, s := range d.Skipped {
			reason := s.Reason
			for fr, en := range englishReasons {
				reason = strings.Replace(reason, fr, en, 1)
			}
			reason = strings.Replace(reason, "férié\u00a0: ", "public holiday: ", 1)
			parts = append(parts, journal.FormatLongDateEN(s.Date)+" ("+reason+")")
		}
		fmt.Fprintf(&b, "; moved to the next working day, as %s", strings.Join(parts, ", "))
		if len(d.Skipped) > 1 {
			b.WriteString(" are not working days")
		} else {
			b.WriteString(" is not a working day")
		}
	}
	return b.String()
}

// Rule explains the deadline in lang ("en" or French for anything else).
func (d Deadline) Rule(lang string) string {
	if lang == "en" {
		return d.RuleEN()
	}
	return d.RuleFR()
}
