package rights

import (
	"sort"
	"strings"
	"time"
)

// Holiday is a French public holiday.
type Holiday struct {
	Date time.Time
	Name string // French name without the place, e.g. « lundi de Pâques », « abolition de l’esclavage »
	// Region is where a local holiday is kept, e.g. « Alsace-Moselle »,
	// « Martinique »; it is "" for a national holiday.
	Region string
}

// National reports whether the holiday is kept in the whole of France.
func (h Holiday) National() bool { return h.Region == "" }

// Label returns the holiday's French name followed by its region for a
// local holiday, e.g. « abolition de l’esclavage (Martinique) », or the bare
// name, e.g. « Noël », for a national one.
func (h Holiday) Label() string {
	if h.Region == "" {
		return h.Name
	}
	return h.Name + " (" + h.Region + ")"
}

// The holidays' French names (Code du travail L3133-1 and the local laws).
const (
	holidayNewYear    = "jour de l’An"
	holidayGoodFriday = "Vendredi saint"
	holidayEasterMon  = "lundi de Pâques"
	holidayLabour     = "fête du Travail"
	holidayVictory    = "Victoire de 1945"
	holidayAscension  = "Ascension"
	holidayWhitMon    = "lundi de Pentecôte"
	holidayNational   = "fête nationale"
	holidayAssumption = "Assomption"
	holidayAllSaints  = "Toussaint"
	holidayArmistice  = "Armistice de 1918"
	holidayChristmas  = "Noël"
	holidayStStephen  = "Saint-Étienne"
	holidayAbolition  = "abolition de l’esclavage"
)

const regionAlsaceMoselle = "Alsace-Moselle"

// holidayWords gives, for each holiday name, the French noun phrase with
// its article used in a sentence (« le jour de l’An ») and the English name.
var holidayWords = map[string]struct{ fr, en string }{
	holidayNewYear:    {"le jour de l’An", "New Year’s Day"},
	holidayGoodFriday: {"le Vendredi saint", "Good Friday"},
	holidayEasterMon:  {"le lundi de Pâques", "Easter Monday"},
	holidayLabour:     {"la fête du Travail", "Labour Day"},
	holidayVictory:    {"l’anniversaire de la Victoire de 1945", "Victory in Europe Day"},
	holidayAscension:  {"l’Ascension", "Ascension Day"},
	holidayWhitMon:    {"le lundi de Pentecôte", "Whit Monday"},
	holidayNational:   {"la fête nationale", "Bastille Day"},
	holidayAssumption: {"l’Assomption", "Assumption Day"},
	holidayAllSaints:  {"la Toussaint", "All Saints’ Day"},
	holidayArmistice:  {"l’anniversaire de l’Armistice de 1918", "Armistice Day"},
	holidayChristmas:  {"Noël", "Christmas Day"},
	holidayStStephen:  {"la Saint-Étienne", "St Stephen’s Day"},
	holidayAbolition:  {"la commémoration de l’abolition de l’esclavage", "the commemoration of the abolition of slavery"},
}

// regionWords gives, for each region keeping a local holiday, the French
// and English complements of place (« en Guadeloupe », « à La Réunion »).
var regionWords = map[string]struct{ fr, en string }{
	regionAlsaceMoselle: {"en Alsace-Moselle", "in Alsace-Moselle"},
	"Guadeloupe":        {"en Guadeloupe", "in Guadeloupe"},
	"Martinique":        {"en Martinique", "in Martinique"},
	"Guyane":            {"en Guyane", "in French Guiana"},
	"La Réunion":        {"à La Réunion", "in Réunion"},
	"Mayotte":           {"à Mayotte", "in Mayotte"},
	"Saint-Barthélemy":  {"à Saint-Barthélemy", "in Saint-Barthélemy"},
	"Saint-Martin":      {"à Saint-Martin", "in Saint-Martin"},
}

// abolitionDays holds the day commemorating the abolition of slavery in
// each overseas département or collectivity that keeps it as a public
// holiday (loi n° 83-550 du 30 juin 1983, décret n° 83-1003 du 23 novembre
// 1983 as amended).
var abolitionDays = map[string]struct {
	region string
	month  time.Month
	day    int
}{
	"971": {"Guadeloupe", time.May, 27},
	"972": {"Martinique", time.May, 22},
	"973": {"Guyane", time.June, 10},
	"974": {"La Réunion", time.December, 20},
	"976": {"Mayotte", time.April, 27},
	"977": {"Saint-Barthélemy", time.October, 9},
	"978": {"Saint-Martin", time.May, 28},
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

// normDepartement trims and upper-cases a département code ("2a" → "2A").
func normDepartement(departement string) string {
	return strings.ToUpper(strings.TrimSpace(departement))
}

// alsaceMoselle reports whether a département keeps the local holidays
// (Good Friday and 26 December): Moselle, Bas-Rhin, Haut-Rhin.
func alsaceMoselle(departement string) bool {
	switch normDepartement(departement) {
	case "57", "67", "68":
		return true
	}
	return false
}

// Holidays returns the public holidays of a year in the given département,
// in date order: the 11 national holidays, plus Good Friday and 26 December
// in Moselle, Bas-Rhin and Haut-Rhin (57, 67, 68), plus the commemoration
// of the abolition of slavery in Guadeloupe (971), Martinique (972), Guyane
// (973), La Réunion (974), Mayotte (976), Saint-Barthélemy (977) and
// Saint-Martin (978). An empty or other code gives the national holidays
// only. When two holidays fall on the same day both are listed, the
// national one first.
func Holidays(year int, departement string) []Holiday {
	day := func(m time.Month, d int) time.Time { return time.Date(year, m, d, 0, 0, 0, 0, time.UTC) }
	easter := Easter(year)
	out := []Holiday{
		{Date: day(time.January, 1), Name: holidayNewYear},
		{Date: easter.AddDate(0, 0, 1), Name: holidayEasterMon},
		{Date: day(time.May, 1), Name: holidayLabour},
		{Date: day(time.May, 8), Name: holidayVictory},
		{Date: easter.AddDate(0, 0, 39), Name: holidayAscension},
		{Date: easter.AddDate(0, 0, 50), Name: holidayWhitMon},
		{Date: day(time.July, 14), Name: holidayNational},
		{Date: day(time.August, 15), Name: holidayAssumption},
		{Date: day(time.November, 1), Name: holidayAllSaints},
		{Date: day(time.November, 11), Name: holidayArmistice},
		{Date: day(time.December, 25), Name: holidayChristmas},
	}
	if alsaceMoselle(departement) {
		out = append(out,
			Holiday{Date: easter.AddDate(0, 0, -2), Name: holidayGoodFriday, Region: regionAlsaceMoselle},
			Holiday{Date: day(time.December, 26), Name: holidayStStephen, Region: regionAlsaceMoselle})
	}
	if a, ok := abolitionDays[normDepartement(departement)]; ok {
		out = append(out, Holiday{Date: day(a.month, a.day), Name: holidayAbolition, Region: a.region})
	}
	// Ascension can fall on 1 or 8 May, Whit Monday on an abolition day;
	// a stable sort keeps the national holiday first.
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date.Before(out[j].Date) })
	return out
}

// HolidayOn returns the public holiday falling on day in the département
// and true, or the zero Holiday and false when day is not a holiday there.
// When a national and a local holiday coincide, it returns the national one.
func HolidayOn(day time.Time, departement string) (Holiday, bool) {
	y, m, d := day.Date()
	day = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	for _, h := range Holidays(y, departement) {
		if h.Date.Equal(day) {
			return h, true
		}
	}
	return Holiday{}, false
}
