package journal

import (
	"net/mail"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode"
)

// DefaultTargetMinutes is the default weekly activity target: 15 hours (L5411-6).
const DefaultTargetMinutes = 15 * 60

// MaxTargetMinutes is the highest weekly target the app accepts: 35 hours.
const MaxTargetMinutes = 35 * 60

// Profile holds who the user is and how they want the app to behave.
type Profile struct {
	Name            string
	Address         string // postal address, several lines
	FranceTravailID string
	Agency          string
	Adviser         string
	Departement     string    // for public holidays, e.g. "75", "2A", "974"
	ContractDate    time.Time // date of the contrat d'engagement, zero when unknown
	BirthDate       time.Time // date of birth, zero when unknown
	Email           string    // e-mail address for answers, may be empty
	TargetMinutes   int       // weekly target, 0..35 h
	Language        string    // "fr" or "en"
	TextScale       float64
	BackupDir       string // folder of the rolling backups the user picked; "" for <data>/backups
	Theme           string // ColorThemeSystem (""), ColorThemeLight, ColorThemeDark or ColorThemeHighContrast
}

// The colour themes a profile may choose. The zero value follows the system's
// light or dark variant, so a profile saved before themes existed, or a
// file exported then, keeps following the system.
const (
	ColorThemeSystem       = ""
	ColorThemeLight        = "light"
	ColorThemeDark         = "dark"
	ColorThemeHighContrast = "high_contrast"
)

// ColorThemes lists the colour themes a profile may choose, in the order
// Paramètres offers them.
var ColorThemes = []string{ColorThemeSystem, ColorThemeLight, ColorThemeDark, ColorThemeHighContrast}

// ValidColorTheme reports whether t is one of ColorThemes.
func ValidColorTheme(t string) bool {
	for _, v := range ColorThemes {
		if t == v {
			return true
		}
	}
	return false
}

// DefaultProfile returns an empty profile with the default settings.
func DefaultProfile() Profile {
	return Profile{TargetMinutes: DefaultTargetMinutes, Language: "fr", TextScale: 1}
}

// MaxEmailLen is the longest e-mail address accepted, in bytes (RFC 5321).
const MaxEmailLen = 254

// Earliest and latest dates of birth Validate accepts. Validate has no clock:
// callers that know today refuse a date of birth after it (ProblemBirthDateFuture).
var (
	minBirthDate = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)
	maxBirthDate = time.Date(2100, 12, 31, 0, 0, 0, 0, time.UTC)
)

var departementPattern = regexp.MustCompile(`^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-8])$`)

// ValidEmail reports whether s is a plain e-mail address, as typed and
// already trimmed: at most MaxEmailLen bytes, no spaces, one @, a dot inside
// the domain, and exactly what net/mail.ParseAddress reads back (no display
// name, angle brackets, quotes or comment).
func ValidEmail(s string) bool {
	if s == "" || len(s) > MaxEmailLen || strings.IndexFunc(s, unicode.IsSpace) >= 0 || strings.Count(s, "@") != 1 {
		return false
	}
	if a, err := mail.ParseAddress(s); err != nil || a.Address != s {
		return false
	}
	return strings.Contains(s[strings.IndexByte(s, '@')+1:], ".")
}

// BirthDateInRange reports whether t is a date of birth Validate accepts:
// from 1 January 1900 to 31 December 2100. The zero date means unknown and
// is accepted.
func BirthDateInRange(t time.Time) bool {
	return t.IsZero() || !t.Before(minBirthDate) && !t.After(maxBirthDate)
}

// City returns the town of the postal address: the last line without its postcode.
func (p Profile) City() string {
	lines := strings.Split(strings.TrimSpace(p.Address), "\n")
	last := strings.TrimSpace(lines[len(lines)-1])
	if f := strings.Fields(last); len(f) > 1 && len(f[0]) == 5 {
		return strings.Join(f[1:], " ")
	}
	return last
}

// Validate checks the profile and returns a *ValidationError naming each
// field at fault, or nil. Every identity field may be empty.
func (p Profile) Validate() error {
	pr := problems{}
	if p.TargetMinutes < 0 || p.TargetMinutes > MaxTargetMinutes {
		pr.add("target", ProblemTarget)
	}
	if p.Departement != "" && !departementPattern.MatchString(strings.ToUpper(p.Departement)) {
		pr.add("departement", ProblemDepartement)
	}
	if !BirthDateInRange(p.BirthDate) {
		pr.add("birth_date", ProblemBirthDate)
	}
	if p.Email != "" && !ValidEmail(p.Email) {
		pr.add("email", ProblemEmail)
	}
	if p.Language != "fr" && p.Language != "en" {
		pr.add("language", ProblemUnknownValue)
	}
	if p.TextScale < 0.8 || p.TextScale > 2 {
		pr.add("text_scale", ProblemUnknownValue)
	}
	if !ValidColorTheme(p.Theme) {
		pr.add("theme", ProblemUnknownValue)
	}
	pr.checkText("name", p.Name, MaxLineLen)
	pr.checkText("address", p.Address, MaxLineLen)
	pr.checkText("france_travail_id", p.FranceTravailID, MaxLineLen)
	pr.checkText("agency", p.Agency, MaxLineLen)
	pr.checkText("adviser", p.Adviser, MaxLineLen)
	pr.checkText("departement", p.Departement, MaxCodeLen)
	pr.checkText("email", p.Email, MaxEmailLen)
	pr.checkText("language", p.Language, MaxCodeLen)
	pr.checkText("backup_dir", p.BackupDir, MaxLineLen)
	if p.BackupDir != "" && !filepath.IsAbs(p.BackupDir) {
		pr.add("backup_dir", ProblemUnknownValue)
	}
	return pr.err()
}
