package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/store"
)

// typeInto replaces the text of an entry as a person would: clear, then type.
func typeInto(e *formEntry, text string) {
	e.SetText("")
	test.Type(e, text)
}

func TestSettingsRefuseAnInvalidEmailThenSaveAValidOne(t *testing.T) {
	u, st := newTestUI(t)
	ctx := context.Background()
	u.Show(ScreenSettings)
	s := u.settings
	test.Type(s.name, "Camille Martin")
	typeInto(s.email, "camille.martin@example")
	test.Tap(s.saveButton)
	if e := s.errors["email"]; !e.Visible() || !strings.Contains(e.Text, "Adresse e-mail invalide") {
		t.Fatalf("e-mail error: visible=%v %q", e.Visible(), e.Text)
	}
	if s.saved.Text != "" {
		t.Fatalf("« %s » shown for an invalid e-mail", s.saved.Text)
	}
	if empty, _ := st.IsEmpty(ctx); !empty {
		t.Fatal("a profile with an invalid e-mail was written")
	}

	typeInto(s.email, " camille.martin@example.org ")
	test.Tap(s.saveButton)
	if e := s.errors["email"]; e.Visible() {
		t.Fatalf("error still shown after a valid e-mail: %q", e.Text)
	}
	p, err := st.Profile(ctx)
	if err != nil || p.Email != "camille.martin@example.org" || p.Name != "Camille Martin" {
		t.Fatalf("profile %+v %v", p, err)
	}
}

func TestSettingsRefuseABirthDateInTheFutureThenSaveOne(t *testing.T) {
	tests := []struct {
		name, typed, want string
	}{
		{"tomorrow", "27/11/2026", "dans le futur"},
		{"a date that does not exist", "31/02/1988", "Date invalide"},
		{"a year before 1900", "1899-12-31", "entre 1900 et aujourd’hui"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, st := newTestUI(t)
			u.Show(ScreenSettings)
			s := u.settings
			typeInto(s.birthDate, tt.typed)
			test.Tap(s.saveButton)
			if e := s.errors["birth_date"]; !e.Visible() || !strings.Contains(e.Text, tt.want) {
				t.Fatalf("birth date error: visible=%v %q, want %q", e.Visible(), e.Text, tt.want)
			}
			if empty, _ := st.IsEmpty(context.Background()); !empty {
				t.Fatal("an invalid date of birth was written")
			}
			// Today is accepted, and read back as typed.
			typeInto(s.birthDate, "26/11/2026")
			s.birthDate.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			if e := s.errors["birth_date"]; e.Visible() {
				t.Fatalf("today refused: %q", e.Text)
			}
			p, _ := st.Profile(context.Background())
			if !p.BirthDate.Equal(time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)) {
				t.Fatalf("birth date saved as %v", p.BirthDate)
			}
		})
	}
}

func TestSettingsShowProfileErrorsInEnglish(t *testing.T) {
	test.NewTempApp(t)
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1100, 760))
	clock := func() time.Time { return testToday }
	u := New(w, carnet.New(st, clock), "en", Options{Now: clock, Synchronous: true})
	u.Show(ScreenSettings)
	s := u.settings
	typeInto(s.birthDate, "01/01/2030")
	test.Tap(s.saveButton)
	if e := s.errors["birth_date"]; !e.Visible() || !strings.Contains(e.Text, "The date of birth is in the future") {
		t.Fatalf("birth date error %q", e.Text)
	}
	typeInto(s.birthDate, "12/04/1988")
	typeInto(s.email, "camille martin@example.org")
	test.Tap(s.saveButton)
	if e := s.errors["email"]; !e.Visible() || e.Text != "Invalid e-mail address." {
		t.Fatalf("e-mail error %q", e.Text)
	}
	if e := s.errors["birth_date"]; e.Visible() {
		t.Fatalf("stale birth date error %q", e.Text)
	}
}
