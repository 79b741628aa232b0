package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/carnet-app/carnet/internal/journal"
)

func TestProfileKeepsTheColorTheme(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	for _, theme := range []string{journal.ColorThemeHighContrast, journal.ColorThemeDark, journal.ColorThemeLight, journal.ColorThemeSystem} {
		p, err := s.Profile(ctx)
		if err != nil {
			t.Fatal(err)
		}
		p.Name, p.Theme = "Camille Martin", theme
		if err := s.SaveProfile(ctx, p); err != nil {
			t.Fatalf("saving theme %q: %v", theme, err)
		}
		if got, err := s.Profile(ctx); err != nil || got.Theme != theme || got.Name != "Camille Martin" {
			t.Fatalf("theme %q read back as %q (%+v, %v)", theme, got.Theme, got, err)
		}
	}
	if problems, err := s.Check(ctx); err != nil || len(problems) > 0 {
		t.Fatalf("check after saving themes: %v %v", problems, err)
	}
}

func TestSaveProfileRefusesAnUnknownThemeAndWritesNothing(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	p := journal.DefaultProfile()
	p.Name, p.Theme = "Camille Martin", journal.ColorThemeDark
	if err := s.SaveProfile(ctx, p); err != nil {
		t.Fatal(err)
	}
	p.Theme = "sepia"
	var v *journal.ValidationError
	if err := s.SaveProfile(ctx, p); !errors.As(err, &v) || v.Fields["theme"] == "" {
		t.Fatalf("unknown theme: %v", err)
	}
	if got, _ := s.Profile(ctx); got.Theme != journal.ColorThemeDark {
		t.Fatalf("theme after a refused save: %q", got.Theme)
	}
}

// TestThemeIsSealed changes the theme behind the store's back: check names the profile.
func TestThemeIsSealed(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	p := journal.DefaultProfile()
	p.Name = "Camille Martin"
	if err := s.SaveProfile(ctx, p); err != nil {
		t.Fatal(err)
	}
	// Drop the trigger that would reseal, as a foreign writer's change would not reseal.
	if _, err := s.db.Exec(`DROP TRIGGER profile_seal_update; UPDATE profile SET theme = 'dark'`); err != nil {
		t.Fatal(err)
	}
	problems, err := s.Check(ctx)
	if err != nil || len(problems) != 1 || !strings.Contains(problems[0], "profile") {
		t.Fatalf("check after a hidden theme change: %v %v", problems, err)
	}
}

func TestVersion8ProfileMigratesToTheSystemTheme(t *testing.T) {
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	db, err := sql.Open("sqlite", fileURI(filepath.Join(dir, FileName), url.Values{"_pragma": {"foreign_keys(1)"}}))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if m.version > 8 {
			break
		}
		if _, err := db.Exec(m.sql); err != nil {
			t.Fatalf("%s: %v", m.name, err)
		}
		if _, err := db.Exec(fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Exec(`INSERT INTO profile (id, name, language, text_scale, backup_dir, created_at, updated_at)
		VALUES (1, 'Camille Martin', 'en', 1.5, '/media/cle', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	p, err := s.Profile(ctx)
	if err != nil || p.Theme != journal.ColorThemeSystem || p.Name != "Camille Martin" || p.Language != "en" || p.TextScale != 1.5 || p.BackupDir != "/media/cle" {
		t.Fatalf("profile after migration: %+v %v", p, err)
	}
	if problems, err := s.Check(ctx); err != nil || len(problems) > 0 {
		t.Fatalf("check after migration: %v %v", problems, err)
	}
}
