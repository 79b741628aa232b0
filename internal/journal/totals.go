package journal

import "time"

// Totals counts the acts matching a filter and sums their durations.
type Totals struct {
	Acts    int
	Minutes int
}

// DayTotal is the activity of one calendar day.
type DayTotal struct {
	Date    time.Time // calendar day, UTC midnight
	Minutes int
	Acts    int
}

// WeeklyFromDays returns the totals of the n weeks ending with the week that
// contains today, oldest first, from per-day totals: the same figures
// WeeklyTotals gives from the acts of those days. Days outside those weeks
// are ignored; n <= 0 gives nil.
func WeeklyFromDays(days []DayTotal, today time.Time, n int) []WeekTotal {
	if n <= 0 {
		return nil
	}
	last := WeekStart(today)
	first := last.AddDate(0, 0, -7*(n-1))
	end := Day(today).AddDate(0, 0, 1) // acts planned after today are not done yet
	out := make([]WeekTotal, n)
	for i := range out {
		out[i].Monday = first.AddDate(0, 0, 7*i)
	}
	for _, d := range days {
		day := Day(d.Date)
		if day.Before(first) || !day.Before(end) {
			continue
		}
		i := int(WeekStart(day).Sub(first).Hours()/24) / 7
		out[i].Minutes += d.Minutes
		out[i].Acts += d.Acts
	}
	return out
}
