package journal

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// DateLayout is the storage and interchange layout of a calendar date.
const DateLayout = "2006-01-02"

// TimestampLayout is the storage layout of created/updated timestamps (UTC).
const TimestampLayout = "2006-01-02T15:04:05Z"

var frenchMonths = [...]string{"janvier", "février", "mars", "avril", "mai", "juin",
	"juillet", "août", "septembre", "octobre", "novembre", "décembre"}

// Day truncates t to midnight UTC of its calendar day (in t's location).
func Day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// ParseISODate parses "YYYY-MM-DD"; it returns an error for anything else.
func ParseISODate(s string) (time.Time, error) {
	t, err := time.Parse(DateLayout, strings.TrimSpace(s))
	if err != nil {
		return time.Time{}, fmt.Errorf("date %q is not YYYY-MM-DD", s)
	}
	return t, nil
}

// ParseFrenchDate parses a date typed as "jj/mm/aaaa" (also accepting "-" or
// "." as separators and one-digit day or month) or as "YYYY-MM-DD". It returns
// an error when the text is not a real calendar date.
func ParseFrenchDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(DateLayout, s); err == nil {
		if t.Year() < 1900 || t.Year() > 2200 {
			return time.Time{}, fmt.Errorf("date %q: %w", s, ErrYearOutOfRange)
		}
		return t, nil
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '-' || r == '.' })
	if len(parts) != 3 || len(parts[2]) != 4 {
		return time.Time{}, fmt.Errorf("date %q is not jj/mm/aaaa", s)
	}
	d, e1 := strconv.Atoi(parts[0])
	m, e2 := strconv.Atoi(parts[1])
	y, e3 := strconv.Atoi(parts[2])
	if e1 != nil || e2 != nil || e3 != nil || m < 1 || m > 12 || d < 1 {
		return time.Time{}, fmt.Errorf("date %q is not jj/mm/aaaa", s)
	}
	if y < 1900 || y > 2200 {
		return time.Time{}, fmt.Errorf("date %q: %w", s, ErrYearOutOfRange)
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, fmt.Errorf("date %q does not exist", s)
	}
	return t, nil
}

// ErrYearOutOfRange is wrapped by ParseFrenchDate for a well-written date
// whose year is before 1900 or after 2200.
var ErrYearOutOfRange = errorString("year outside 1900-2200")

// FormatShortDate formats a date as "26/11/2026"; the zero date gives "".
func FormatShortDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("02/01/2006")
}

// FormatLongDate formats a date the French way, « 26 novembre 2026 », with
// « 1er » for the first of the month; the zero date gives "".
func FormatLongDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	day := strconv.Itoa(t.Day())
	if t.Day() == 1 {
		day = "1er"
	}
	return day + " " + frenchMonths[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

var englishMonths = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// FormatLongDateEN formats a date in English words, « 8 October 2026 »;
// the zero date gives "".
func FormatLongDateEN(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return strconv.Itoa(t.Day()) + " " + englishMonths[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

// ParseClock parses an optional "HH:MM" start time; "" is valid and means none.
func ParseClock(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	t, err := time.Parse("15:04", strings.Replace(s, "h", ":", 1))
	if err != nil {
		return "", fmt.Errorf("time %q is not HH:MM", s)
	}
	return t.Format("15:04"), nil
}

// maxDurationHours bounds the hours ParseMinutes reads, so h*60 cannot overflow.
const maxDurationHours = 1 << 30

// ParseMinutes reads a duration typed as minutes ("90") or hours and
// minutes ("1h30", "1 h 30", "1:30", "2h"). It returns an error for anything
// else; a plain negative number ("-5") is returned as it is, for
// Act.Validate to refuse with ProblemDuration.
func ParseMinutes(s string) (int, error) {
	s = strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), " ", "")
	if s == "" {
		return 0, fmt.Errorf("empty duration")
	}
	s = strings.TrimSuffix(s, "min")
	if n, err := strconv.Atoi(s); err == nil {
		if n > maxDurationHours*60 || n < -maxDurationHours*60 {
			return 0, fmt.Errorf("duration %q is too long", s)
		}
		return n, nil // a negative number is read, and refused by Act.Validate
	}
	sep := strings.IndexAny(s, "h:")
	if sep <= 0 {
		return 0, fmt.Errorf("duration %q is not minutes or h:mm", s)
	}
	h, err := strconv.Atoi(s[:sep])
	if err != nil || h < 0 || h > maxDurationHours {
		return 0, fmt.Errorf("duration %q is not minutes or h:mm", s)
	}
	m := 0
	if rest := s[sep+1:]; rest != "" {
		if m, err = strconv.Atoi(rest); err != nil || m < 0 || m > 59 {
			return 0, fmt.Errorf("duration %q is not minutes or h:mm", s)
		}
	}
	return h*60 + m, nil
}
