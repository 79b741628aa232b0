package store

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

func TestProfileKeepsBirthDateAndEmail(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	p := journal.DefaultProfile()
	p.Name, p.Departement = "Camille Martin", "977"
	p.BirthDate, p.Email = day("1988-04-12"), "camille.martin@example.org"
	if err := s.SaveProfile(ctx, p); err != nil {
		t.Fatal(err)
	}
	got, err := s.Profile(ctx)
	if err != nil || !got.BirthDate.Equal(p.BirthDate) || got.Email != p.Email || got.Departement != "977" {
		t.Fatalf("profile read back: %+v %v", got, err)
	}

	// Clearing them stores them empty again.
	got.BirthDate, got.Email = time.Time{}, ""
	if err := s.SaveProfile(ctx, got); err != nil {
		t.Fatal(err)
	}
	if again, _ := s.Profile(ctx); !again.BirthDate.IsZero() || again.Email != "" || again.Name != "Camille Martin" {
		t.Fatalf("profile after clearing: %+v", again)
	}
}

func TestSaveProfileRefusesAnInvalidEmailAndWritesNothing(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	p := journal.DefaultProfile()
	p.Name, p.Email = "Camille Martin", "camille.martin@example"
	var v *journal.ValidationError
	if err := s.SaveProfile(ctx, p); !errors.As(err, &v) || v.Fields["email"] != journal.ProblemEmail {
		t.Fatalf("error %v, want an e-mail problem", err)
	}
	if empty, _ := s.IsEmpty(ctx); !empty {
		t.Fatal("an invalid profile was written")
	}
}
