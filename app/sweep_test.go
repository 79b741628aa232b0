package app

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestSweepRemovesOldLeftoversOfKilledCarnetsOnly(t *testing.T) {
	data, tmp := t.TempDir(), t.TempDir()
	now := time.Now()
	old, recent := now.Add(-2*time.Hour), now.Add(-time.Minute)
	mk := func(path string, dir bool, at time.Time) {
		if dir {
			os.MkdirAll(filepath.Join(path, "inside"), 0o700)
			os.WriteFile(filepath.Join(path, "inside", "preuve.pdf"), []byte("x"), 0o600)
		} else {
			os.MkdirAll(filepath.Dir(path), 0o700)
			os.WriteFile(path, []byte("partial"), 0o600)
		}
		os.Chtimes(path, at, at)
	}
	gone := []string{
		filepath.Join(data, ".carnet-export-1234"),
		filepath.Join(data, ".carnet-new-99.db"),
		filepath.Join(data, "backups", ".carnet-backup-5"),
		filepath.Join(tmp, ".carnet-export-77"),
	}
	goneDirs := []string{filepath.Join(tmp, "carnet-123"), filepath.Join(tmp, "carnet-dossier-9"), filepath.Join(data, ".carnet-restore-1")}
	kept := []string{
		filepath.Join(data, "carnet.db"),
		filepath.Join(data, ".carnet-export-recent"),
		filepath.Join(tmp, "carnet-notes.txt"),
		filepath.Join(tmp, "other-123"),
	}
	keptOldDirs := []string{filepath.Join(tmp, "carnet-bench-20000-123"), filepath.Join(tmp, "carnet-photos")}
	for _, p := range keptOldDirs {
		mk(p, true, old)
	}
	keptDirs := []string{filepath.Join(tmp, "carnet-recent")}
	for _, p := range gone {
		mk(p, false, old)
	}
	for _, p := range goneDirs {
		mk(p, true, old)
	}
	for _, p := range kept {
		at := old
		if filepath.Base(p) == ".carnet-export-recent" {
			at = recent
		}
		mk(p, false, at)
	}
	for _, p := range keptDirs {
		mk(p, true, recent)
	}
	target := filepath.Join(t.TempDir(), "elsewhere")
	mk(target, true, old)
	link := filepath.Join(tmp, "carnet-link")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}

	n, err := sweepAt(data, tmp, now)
	if err != nil {
		t.Fatal(err)
	}
	if n != len(gone)+len(goneDirs) {
		t.Errorf("removed %d, want %d", n, len(gone)+len(goneDirs))
	}
	for _, p := range append(gone, goneDirs...) {
		if _, err := os.Lstat(p); err == nil {
			t.Errorf("%s is still there", p)
		}
	}
	for _, p := range append(append(append(kept, keptDirs...), keptOldDirs...), link, filepath.Join(target, "inside", "preuve.pdf")) {
		if _, err := os.Lstat(p); err != nil {
			t.Errorf("%s was removed", p)
		}
	}
}
