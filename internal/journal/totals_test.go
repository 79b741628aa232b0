package journal

import (
	"reflect"
	"testing"
	"time"
)

func TestWeeklyFromDaysGivesWhatWeeklyTotalsGives(t *testing.T) {
	act := func(day time.Time, minutes int) Act { return Act{Date: day, Minutes: minutes} }
	today := d(2026, 11, 26) // a Thursday
	tests := []struct {
		name  string
		acts  []Act
		today time.Time
		n     int
	}{
		{"no acts", nil, today, 4},
		{"several acts a day", []Act{act(d(2026, 11, 26), 30), act(d(2026, 11, 26), 45), act(d(2026, 11, 23), 60)}, today, 2},
		{"Monday and Sunday are in the same week", []Act{act(d(2026, 11, 16), 10), act(d(2026, 11, 22), 20)}, today, 3},
		{"days outside the weeks are ignored", []Act{act(d(2026, 10, 1), 90), act(d(2026, 11, 30), 15), act(d(2026, 11, 9), 5)}, today, 3},
		{"acts later this week count", []Act{act(d(2026, 11, 29), 40)}, today, 1},
		{"today on a Monday", []Act{act(d(2026, 11, 23), 40), act(d(2026, 11, 22), 20)}, d(2026, 11, 23), 2},
		{"across a new year", []Act{act(d(2025, 12, 31), 30), act(d(2026, 1, 4), 30), act(d(2026, 1, 5), 30)}, d(2026, 1, 7), 3},
		{"no weeks asked", []Act{act(today, 30)}, today, 0},
		{"a today with a time of day", []Act{act(d(2026, 11, 26), 30)}, today.Add(23 * time.Hour), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			byDay := map[time.Time]*DayTotal{}
			var days []DayTotal
			for _, a := range tt.acts {
				if byDay[a.Date] == nil {
					byDay[a.Date] = &DayTotal{Date: a.Date}
				}
				byDay[a.Date].Acts++
				byDay[a.Date].Minutes += a.Minutes
			}
			for _, dt := range byDay {
				days = append(days, *dt)
			}
			want := WeeklyTotals(tt.acts, tt.today, tt.n)
			got := WeeklyFromDays(days, tt.today, tt.n)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("WeeklyFromDays = %+v, WeeklyTotals = %+v", got, want)
			}
		})
	}
}
