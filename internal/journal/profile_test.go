package journal

import (
	"errors"
	"strings"
	"testing"
)

func TestProfileValidateBirthDateEmailAndOverseasDepartements(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(*Profile)
		field string // "" when valid
	}{
		{"accepts an unknown date of birth", func(p *Profile) {}, ""},
		{"accepts a date of birth", func(p *Profile) { p.BirthDate = d(1988, 4, 12) }, ""},
		{"accepts 1 January 1900", func(p *Profile) { p.BirthDate = d(1900, 1, 1) }, ""},
		{"accepts a date up to 2100 (the future is the caller's check)", func(p *Profile) { p.BirthDate = d(2100, 12, 31) }, ""},
		{"refuses a date of birth before 1900", func(p *Profile) { p.BirthDate = d(1899, 12, 31) }, "birth_date"},
		{"refuses a date of birth after 2100", func(p *Profile) { p.BirthDate = d(2101, 1, 1) }, "birth_date"},
		{"accepts no e-mail", func(p *Profile) { p.Email = "" }, ""},
		{"accepts an e-mail", func(p *Profile) { p.Email = "camille.martin@example.org" }, ""},
		{"accepts a sub-domain and a plus", func(p *Profile) { p.Email = "c.martin+ft@mail.example.org" }, ""},
		{"accepts an e-mail of 254 bytes", func(p *Profile) { p.Email = strings.Repeat("a", 64) + "@" + strings.Repeat("b", 185) + ".org" }, ""},
		{"refuses an e-mail of 255 bytes", func(p *Profile) { p.Email = strings.Repeat("a", 64) + "@" + strings.Repeat("b", 186) + ".org" }, "email"},
		{"refuses an e-mail without @", func(p *Profile) { p.Email = "camille.example.org" }, "email"},
		{"refuses two @", func(p *Profile) { p.Email = "camille@martin@example.org" }, "email"},
		{"refuses a domain without a dot", func(p *Profile) { p.Email = "camille@localhost" }, "email"},
		{"refuses a space inside", func(p *Profile) { p.Email = "camille martin@example.org" }, "email"},
		{"refuses surrounding spaces", func(p *Profile) { p.Email = " camille@example.org " }, "email"},
		{"refuses a display name", func(p *Profile) { p.Email = "Camille <camille@example.org>" }, "email"},
		{"refuses angle brackets", func(p *Profile) { p.Email = "<camille@example.org>" }, "email"},
		{"refuses a quoted local part", func(p *Profile) { p.Email = `"camille"@example.org` }, "email"},
		{"refuses a trailing dot", func(p *Profile) { p.Email = "camille@example." }, "email"},
		{"refuses an empty local part", func(p *Profile) { p.Email = "@example.org" }, "email"},
		{"accepts Guadeloupe 971", func(p *Profile) { p.Departement = "971" }, ""},
		{"accepts Mayotte 976", func(p *Profile) { p.Departement = "976" }, ""},
		{"accepts Saint-Barthélemy 977", func(p *Profile) { p.Departement = "977" }, ""},
		{"accepts Saint-Martin 978", func(p *Profile) { p.Departement = "978" }, ""},
		{"refuses 979", func(p *Profile) { p.Departement = "979" }, "departement"},
		{"refuses 970", func(p *Profile) { p.Departement = "970" }, "departement"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := DefaultProfile()
			tt.edit(&p)
			err := p.Validate()
			if tt.field == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			var v *ValidationError
			if !errors.As(err, &v) || len(v.Fields) != 1 || v.Fields[tt.field] == "" {
				t.Fatalf("error %v, want a problem on %q only", err, tt.field)
			}
		})
	}
}

func TestProfileProblemCodes(t *testing.T) {
	p := DefaultProfile()
	p.BirthDate, p.Email = d(1850, 1, 1), "nope"
	var v *ValidationError
	if !errors.As(p.Validate(), &v) || v.Fields["birth_date"] != ProblemBirthDate || v.Fields["email"] != ProblemEmail {
		t.Fatalf("problems %+v", v)
	}
}

func TestProfileValidateTheme(t *testing.T) {
	tests := []struct {
		name, theme string
		valid       bool
	}{
		{"accepts following the system (the zero value)", ColorThemeSystem, true},
		{"accepts light", ColorThemeLight, true},
		{"accepts dark", ColorThemeDark, true},
		{"accepts high contrast", ColorThemeHighContrast, true},
		{"refuses an unknown theme", "sepia", false},
		{"refuses a theme spelled in capitals", "Dark", false},
		{"refuses the word system (the zero value says it)", "system", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := DefaultProfile()
			p.Theme = tt.theme
			err := p.Validate()
			var v *ValidationError
			switch {
			case tt.valid && err != nil:
				t.Fatalf("refused: %v", err)
			case !tt.valid && (!errors.As(err, &v) || v.Fields["theme"] != ProblemUnknownValue || len(v.Fields) != 1):
				t.Fatalf("error %v, want an unknown value on theme only", err)
			}
		})
	}
}
