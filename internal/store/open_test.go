package store

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

func TestOpenKeepsTheDatabaseInsideFoldersWithURICharacters(t *testing.T) {
	for _, name := range []string{"a#b", "a?b", "a%20b", "été 2026", "a&b=c;d"} {
		t.Run(name, func(t *testing.T) {
			parent := t.TempDir()
			dir := filepath.Join(parent, name)
			s, err := Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			saved, err := s.SaveAct(ctx, sampleAct("Société Générale"), nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			var file string
			if err := s.db.QueryRow("SELECT file FROM pragma_database_list WHERE name = 'main'").Scan(&file); err != nil {
				t.Fatal(err)
			}
			if want := filepath.Join(dir, FileName); file != want {
				t.Errorf("SQLite opened %q, want %q", file, want)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}

			info, err := os.Stat(filepath.Join(dir, FileName))
			if err != nil {
				t.Fatal(err)
			}
			if info.Mode().Perm() != 0o600 || info.Size() == 0 {
				t.Errorf("%s: mode %v size %d, want 0600 and data", FileName, info.Mode().Perm(), info.Size())
			}
			entries, err := os.ReadDir(parent)
			if err != nil {
				t.Fatal(err)
			}
			if len(entries) != 1 || entries[0].Name() != name {
				var names []string
				for _, e := range entries {
					names = append(names, e.Name())
				}
				t.Errorf("parent folder holds %q, want only %q", names, name)
			}

			s, err = Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			got, err := s.Act(ctx, saved.ID)
			if err != nil || got.Organisation != "Société Générale" {
				t.Fatalf("after reopening: %+v, %v", got, err)
			}
		})
	}
}
