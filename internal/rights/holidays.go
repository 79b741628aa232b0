package rights

import "time"

// Holiday is a French public holiday.
type Holiday struct {
	Date time.Time
	Name string // French name, e.g. « lundi de Pâques »
}

// Easter returns Easter Sunday of a Gregorian year (anonymous Gregorian
// algorithm, Meeus/Jones/Butcher).
func Easter(year int) time.Time {
	a := year % 19
	b, c := year/100, year%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// alsaceMoselle reports whether a département keeps the local holidays
// (Good Friday and 26 December): Moselle, Bas-Rhin, Haut-Rhin.
func alsaceMoselle(departement string) bool {
	return departement == "57" || departement == "67" || departement == "68"
}

// Holidays returns the public holidays of a year in the given département,
// in date order.
func Holidays(year int, departement string) []Holiday {
	day := func(m time.Month, d int) time.Time { return time.Date(year, m, d, 0, 0, 0, 0, time.UTC) }
	easter := Easter(year)
	out := []Holiday{
		{day(time.January, 1), "jour de l’An"},
	}
	if alsaceMoselle(departement) {
		out = append(out, Holiday{easter.AddDate(0, 0, -2), "Vendredi saint (Alsace-Moselle)"})
	}
	out = append(out,
		Holiday{easter.AddDate(0, 0, 1), "lundi de Pâques"},
		Holiday{day(time.May, 1), "fête du Travail"},
		Holiday{day(time.May, 8), "Victoire 1945"},
		Holiday{easter.AddDate(0, 0, 39), "Ascension"},
		Holiday{easter.AddDate(0, 0, 50), "lundi de Pentecôte"},
		Holiday{day(time.July, 14), "fête nationale"},
		Holiday{day(time.August, 15), "Assomption"},
		Holiday{day(time.November, 1), "Toussaint"},
		Holiday{day(time.November, 11), "Armistice 1918"},
		Holiday{day(time.December, 25), "Noël"},
	)
	if alsaceMoselle(departement) {
		out = append(out, Holiday{day(time.December, 26), "Saint-Étienne (Alsace-Moselle)"})
	}
	// Ascension can fall on 1 or 8 May; keep date order.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Date.Before(out[j-1].Date); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// HolidayOn returns the holiday falling on day, if any.
func HolidayOn(day time.Time, departement string) (Holiday, bool) {
	for _, h := range Holidays(day.Year(), departement) {
		if h.Date.Equal(day) {
			return h, true
		}
	}
	return Holiday{}, false
}
