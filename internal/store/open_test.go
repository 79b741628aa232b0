package store

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/carnet-app/carnet/internal/journal"
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

func TestOpenMovesInTheDatabaseEarlierVersionsWroteBesideTheFolder(t *testing.T) {
	for _, name := range []string{"a#b", "a?b"} {
		t.Run(name, func(t *testing.T) {
			parent := plainTempDir(t)
			// What earlier versions left: the data in <parent>/a, an empty
			// carnet.db in the folder.
			src := filepath.Join(t.TempDir(), "src")
			s, err := Open(src)
			if err != nil {
				t.Fatal(err)
			}
			saved, err := s.SaveAct(context.Background(), sampleAct("Société Générale"), nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
			if err := os.Rename(filepath.Join(src, FileName), filepath.Join(parent, "a")); err != nil {
				t.Fatal(err)
			}
			dir := filepath.Join(parent, name)
			if err := os.Mkdir(dir, 0o700); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, FileName), nil, 0o600); err != nil {
				t.Fatal(err)
			}

			s, err = Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if got, err := s.Act(context.Background(), saved.ID); err != nil || got.Organisation != "Société Générale" {
				t.Fatalf("act after opening: %+v, %v", got, err)
			}
			entries, _ := os.ReadDir(parent)
			if len(entries) != 1 || entries[0].Name() != name {
				t.Errorf("parent folder still holds %d entries", len(entries))
			}
			if info, err := os.Stat(s.Path()); err != nil || info.Mode().Perm() != 0o600 {
				t.Errorf("moved database: %v, %v", info, err)
			}
		})
	}
}

func TestOpenLeavesOtherFilesBesideTheFolderAlone(t *testing.T) {
	tests := []struct {
		name  string
		other []byte // the file at <parent>/a
		data  bool   // whether the folder's carnet.db holds data already
	}{
		{"a file that is not a database", []byte("mes notes personnelles"), false},
		{"a Carnet database when the folder has its own", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parent := plainTempDir(t)
			dir := filepath.Join(parent, "a#b")
			if tt.data {
				s, err := Open(dir)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := s.SaveAct(context.Background(), sampleAct("Dans le dossier"), nil, nil); err != nil {
					t.Fatal(err)
				}
				s.Close()
				other, err := Open(filepath.Join(parent, "other"))
				if err != nil {
					t.Fatal(err)
				}
				other.Close()
				tt.other, _ = os.ReadFile(filepath.Join(parent, "other", FileName))
			}
			if err := os.WriteFile(filepath.Join(parent, "a"), tt.other, 0o644); err != nil {
				t.Fatal(err)
			}
			s, err := Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if got, err := os.ReadFile(filepath.Join(parent, "a")); err != nil || string(got) != string(tt.other) {
				t.Fatalf("the file beside the folder was changed or moved: %v", err)
			}
			acts, _ := s.ListActs(context.Background(), journal.ActFilter{})
			if tt.data != (len(acts) == 1) {
				t.Fatalf("%d acts in the folder", len(acts))
			}
		})
	}
}

// plainTempDir returns a temporary folder whose path holds no '#' or '?'
// (t.TempDir names it after the test).
func plainTempDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "carnet-store-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}
