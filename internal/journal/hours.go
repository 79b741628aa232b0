package journal

import (
	"strconv"
	"time"
)

// WeekStart returns the Monday (UTC midnight) of the ISO week containing day.
func WeekStart(day time.Time) time.Time {
	d := Day(day)
	offset := (int(d.Weekday()) + 6) % 7 // Monday = 0
	return d.AddDate(0, 0, -offset)
}

// WeekTotal is the activity of one week.
type WeekTotal struct {
	Monday  time.Time
	Minutes int
	Acts    int
}

// WeeklyTotals returns the totals of the n weeks ending with the week that
// contains today, oldest first. Acts outside those weeks, and acts planned
// after today, are ignored.
func WeeklyTotals(acts []Act, today time.Time, n int) []WeekTotal {
	if n <= 0 {
		return nil
	}
	last := WeekStart(today)
	first := last.AddDate(0, 0, -7*(n-1))
	out := make([]WeekTotal, n)
	for i := range out {
		out[i].Monday = first.AddDate(0, 0, 7*i)
	}
	for _, a := range acts {
		d := Day(a.Date)
		if d.Before(first) || d.After(Day(today)) { // planned after today: not done yet
			continue
		}
		i := int(WeekStart(d).Sub(first).Hours()/24) / 7
		out[i].Minutes += a.Minutes
		out[i].Acts++
	}
	return out
}

// FormatMinutes writes a duration as "2 h 05" or "45 min".
func FormatMinutes(m int) string {
	if m < 60 {
		return strconv.Itoa(m) + " min"
	}
	mm := m % 60
	s := strconv.Itoa(m/60) + " h"
	if mm > 0 {
		if mm < 10 {
			s += " 0" + strconv.Itoa(mm)
		} else {
			s += " " + strconv.Itoa(mm)
		}
	}
	return s
}
