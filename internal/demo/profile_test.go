package demo

import (
	"strings"
	"testing"
	"time"
)

func TestDemoProfileHasABirthDateAndAnExampleEmail(t *testing.T) {
	today := time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)
	p := Generate(10, 7, today).Profile
	if err := p.Validate(); err != nil {
		t.Fatalf("invalid demo profile %+v: %v", p, err)
	}
	if p.BirthDate.IsZero() || !p.BirthDate.Before(today.AddDate(-18, 0, 0)) {
		t.Errorf("birth date %v: want an adult's", p.BirthDate)
	}
	if !strings.HasSuffix(p.Email, "@example.org") {
		t.Errorf("e-mail %q: want an example.org address", p.Email)
	}
}
