package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/carnet-app/carnet/i18n"
)

func TestBackupThenRestoreIntoAnEmptyFolderGivesTheSameExport(t *testing.T) {
	tmp := t.TempDir()
	src, dst := filepath.Join(tmp, "src"), filepath.Join(tmp, "dst")
	mustRun(t, "--data", src, "demo", "--acts", "200", "--seed", "9")
	pass := filepath.Join(tmp, "pass.txt")
	os.WriteFile(pass, []byte("une phrase assez longue\n"), 0o600)
	wrong := filepath.Join(tmp, "wrong.txt")
	os.WriteFile(wrong, []byte("une autre phrase\n"), 0o600)
	age := filepath.Join(tmp, "carnet.age")
	mustRun(t, "--data", src, "backup", "--out", age, "--passphrase-file", pass)
	if fi, err := os.Stat(age); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("encrypted copy: %v %v", fi, err)
	}
	if bytes.Contains(read(t, age), []byte("SQLite")) {
		t.Fatal("the encrypted copy shows SQLite bytes")
	}

	_, errOut, code := run(t, "--data", dst, "restore", age, "--passphrase-file", wrong)
	want := i18n.New("fr").T("backup.wrong_passphrase")
	if code != 1 || !strings.Contains(errOut, want) {
		t.Fatalf("wrong passphrase: exit %d, %q; want the sentence %q", code, errOut, want)
	}
	if _, err := os.Stat(filepath.Join(dst, "carnet.db")); err == nil {
		t.Fatal("a refused restore created a record")
	}
	_, errOut, code = run(t, "--data", dst, "restore", age) // no terminal in tests
	if code != 1 || !strings.Contains(errOut, "--passphrase-file") {
		t.Fatalf("no passphrase and no terminal: exit %d, %q", code, errOut)
	}

	mustRun(t, "--data", dst, "restore", age, "--passphrase-file", pass)
	first, second := filepath.Join(tmp, "1.json"), filepath.Join(tmp, "2.json")
	mustRun(t, "--data", src, "export", "--format", "json", "--out", first)
	mustRun(t, "--data", dst, "export", "--format", "json", "--out", second)
	if a, b := read(t, first), read(t, second); !bytes.Equal(a, b) {
		t.Fatalf("backup → restore changed the export (%d vs %d bytes)", len(a), len(b))
	}
	if out := mustRun(t, "--data", dst, "check"); out != "ok\n" {
		t.Fatalf("check after restore: %q", out)
	}

	// A plain rolling backup restores too, and the record it replaces is kept.
	out := mustRun(t, "--data", src, "backup")
	plain := strings.TrimSpace(out[strings.LastIndex(out, " ")+1:])
	if _, err := os.Stat(plain); err != nil {
		t.Fatalf("backup printed %q: %v", out, err)
	}
	out = mustRun(t, "--data", dst, "restore", plain)
	if !strings.Contains(out, "avant-restauration") {
		t.Errorf("restore over a record did not say where the old one is: %q", out)
	}
}
