package ui

import (
	"strconv"
	"strings"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

// The profile fields that Paramètres and the first-run guide both read,
// read one way.

// readTargetMinutes reads a weekly target typed in hours (« 15 », « 7,5 »)
// as Paramètres does; a text that is not a number is a problem on
// "target", a negative one gives -1 for Validate to refuse.
func readTargetMinutes(text string, bad map[string]string) int {
	hours, err := strconv.ParseFloat(strings.Replace(strings.TrimSpace(text), ",", ".", 1), 64)
	if err != nil {
		bad["target"] = journal.ProblemTarget
	}
	if hours < 0 {
		return -1
	}
	return int(hours*60 + 0.5)
}

// formatTargetHours writes a weekly target in hours with a decimal comma.
func formatTargetHours(minutes int) string {
	return strings.Replace(strconv.FormatFloat(float64(minutes)/60, 'f', -1, 64), ".", ",", 1)
}

// readBirthDate reads an optional date of birth, which cannot be after
// today; a problem goes into bad under "birth_date".
func readBirthDate(e *formEntry, today time.Time, bad map[string]string) time.Time {
	d := optionalDate(e, "birth_date", bad)
	if bad["birth_date"] == journal.ProblemYearRange {
		bad["birth_date"] = journal.ProblemBirthDate // « between 1900 and today » says more
	}
	if d.After(journal.Day(today)) {
		bad["birth_date"] = journal.ProblemBirthDateFuture
	}
	return d
}
