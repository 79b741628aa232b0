package journal

import (
	_ "embed"
	"sort"
	"strings"
)

//go:embed catalogue.tsv
var catalogueTSV string

// ActType is one entry of France Travail's catalogue of job-search acts.
type ActType struct {
	Theme      string // theme code, P01 to P07
	ThemeLabel string // official French label of the theme
	Code       string // act code such as Q14, or "-" for P06
	Label      string // official French label of the act
}

// Key returns the stable identifier of the act type, "P03/Q14".
func (t ActType) Key() string { return t.Theme + "/" + t.Code }

var catalogue = parseCatalogue(catalogueTSV)

func parseCatalogue(tsv string) []ActType {
	var out []ActType
	for _, line := range strings.Split(tsv, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "theme\t") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			continue
		}
		out = append(out, ActType{Theme: f[0], ThemeLabel: f[1], Code: f[2], Label: f[3]})
	}
	return out
}

// Catalogue returns every act type in the catalogue's order (a copy).
func Catalogue() []ActType { return append([]ActType(nil), catalogue...) }

// Themes returns the theme codes in order, P01 to P07.
func Themes() []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range catalogue {
		if !seen[t.Theme] {
			seen[t.Theme] = true
			out = append(out, t.Theme)
		}
	}
	sort.Strings(out)
	return out
}

// ThemeLabel returns the French label of a theme code, or "" when unknown.
func ThemeLabel(theme string) string {
	for _, t := range catalogue {
		if t.Theme == theme {
			return t.ThemeLabel
		}
	}
	return ""
}

// LookupActType returns the catalogue entry for a theme and code, and false
// when the pair is not in the catalogue.
func LookupActType(theme, code string) (ActType, bool) {
	for _, t := range catalogue {
		if t.Theme == theme && t.Code == code {
			return t, true
		}
	}
	return ActType{}, false
}

// ThemeSensitive reports whether acts of the theme describe personal
// constraints (P07), which reports exclude or redact by default.
func ThemeSensitive(theme string) bool { return theme == "P07" }
