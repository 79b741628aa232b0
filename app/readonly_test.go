package app

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

const cliChildEnv = "CARNET_CLI_CHILD_ARGS"

// TestCLIChild runs the command line given in CARNET_CLI_CHILD_ARGS
// (arguments separated by U+001F) and exits with its code; it is started by
// the tests that run Carnet as another user. It does nothing otherwise.
func TestCLIChild(t *testing.T) {
	args := os.Getenv(cliChildEnv)
	if args == "" {
		t.Skip("started only as a child")
	}
	os.Exit(Run(strings.Split(args, "\x1f"), os.Stdout, os.Stderr))
}

// asNobody returns a function running the command line as the user nobody
// (uid 65534) through setpriv, from a copy of the test binary it can run.
// It skips the test when not root or without setpriv: as root, file modes
// are not enforced, so a read-only test needs another user.
func asNobody(t *testing.T, base string) func(args ...string) (string, string, int) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("needs root to run Carnet as another user (run as a user who cannot write the folder instead)")
	}
	setpriv, err := exec.LookPath("setpriv")
	if err != nil {
		t.Skip("setpriv is missing: cannot run Carnet as an unprivileged user")
	}
	bin := filepath.Join(base, "carnet.test")
	src, err := os.Open(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := os.OpenFile(bin, os.O_CREATE|os.O_WRONLY, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	dst.Close()
	return func(args ...string) (string, string, int) {
		cmd := exec.Command(setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", bin, "-test.run=^TestCLIChild$")
		cmd.Env = append(os.Environ(), cliChildEnv+"="+strings.Join(args, "\x1f"), "LANG=fr_FR.UTF-8", "HOME="+base, "TMPDIR="+base)
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return out.String(), errOut.String(), code
	}
}

// chownAll gives dir and everything in it to nobody.
func chownAll(t *testing.T, dir string) {
	t.Helper()
	err := filepath.Walk(dir, func(p string, _ os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		return os.Lchown(p, 65534, 65534)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestARecordThatCannotBeWrittenIsStillReadAndNeverChanged(t *testing.T) {
	for _, c := range []struct {
		name       string
		dirMode    os.FileMode
		recordMode os.FileMode
	}{
		{"read-only folder", 0o500, 0o600},
		{"read-only file", 0o700, 0o400},
	} {
		t.Run(c.name, func(t *testing.T) {
			base, err := os.MkdirTemp("", "ro-test-")
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { os.Chmod(filepath.Join(base, "data"), 0o700); os.RemoveAll(base) })
			os.Chmod(base, 0o755)
			nobody := asNobody(t, base)
			data := filepath.Join(base, "data")
			mustRun(t, "--data", data, "demo", "--acts", "30")
			want := filepath.Join(base, "want.json")
			if _, errOut, code := runFixed("--data", data, "export", "--format", "json", "--out", want); code != 0 {
				t.Fatal(errOut)
			}
			os.Chmod(want, 0o644)
			outDir := filepath.Join(base, "out")
			os.Mkdir(outDir, 0o700)
			chownAll(t, data)
			chownAll(t, outDir)
			record := filepath.Join(data, "carnet.db")
			os.Chmod(record, c.recordMode)
			os.Chmod(data, c.dirMode)
			before := read(t, record)

			out, errOut, code := nobody("--data", data, "check")
			if code != 0 || strings.TrimSpace(out) != "ok" || !strings.Contains(errOut, "lecture seule") {
				t.Errorf("check: exit %d %q %q", code, out, errOut)
			}
			got := filepath.Join(outDir, "got.json")
			if _, errOut, code := nobody("--data", data, "export", "--format", "json", "--out", got); code != 0 {
				t.Errorf("export: exit %d %q", code, errOut)
			}
			if _, errOut, code := nobody("--data", data, "report", "proof", "--from", "2026-01-01", "--to", "2026-12-31", "--out", filepath.Join(outDir, "r.csv")); code != 0 {
				t.Errorf("report: exit %d %q", code, errOut)
			}
			if _, errOut, code := nobody("--data", data, "import", want); code != 1 || !strings.Contains(errOut, "ne peut pas écrire") || strings.Contains(errOut, "(8)") {
				t.Errorf("import: exit %d %q, want the read-only sentence", code, errOut)
			}
			if !bytes.Equal(before, read(t, record)) {
				t.Error("the record changed")
			}
			if b, err := os.ReadFile(got); err != nil || !sameExport(b, read(t, want)) {
				t.Errorf("the export read as another user differs from the record (%v)", err)
			}
		})
	}
}

// sameExport compares two JSON exports, ignoring the line that dates them.
func sameExport(a, b []byte) bool {
	strip := func(x []byte) string {
		var keep []string
		for _, l := range strings.Split(string(x), "\n") {
			if !strings.Contains(l, "exported_at") {
				keep = append(keep, l)
			}
		}
		return strings.Join(keep, "\n")
	}
	return strip(a) == strip(b)
}

func TestAFullDiskImportsNothingAndSaysSo(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to mount a small tmpfs as a full disk")
	}
	big := demoRecord(t, 400)
	file := filepath.Join(t.TempDir(), "big.json")
	mustRun(t, "--data", big, "export", "--format", "json", "--out", file)

	mnt := t.TempDir()
	if err := syscall.Mount("tmpfs", mnt, "tmpfs", 0, "size=2m"); err != nil {
		t.Skipf("cannot mount a tmpfs (%v): skipped", err)
	}
	t.Cleanup(func() { syscall.Unmount(mnt, 0) })
	data := filepath.Join(mnt, "data")
	mustRun(t, "--data", data, "demo", "--acts", "20")
	want := filepath.Join(t.TempDir(), "want.json")
	if _, errOut, code := runFixed("--data", data, "export", "--format", "json", "--out", want); code != 0 {
		t.Fatal(errOut)
	}
	_, errOut, code := run(t, "--data", data, "import", file)
	if code != 1 || !strings.Contains(errOut, "rien n’a été importé") {
		t.Errorf("import on a full disk: exit %d %q", code, errOut)
	}
	out, errOut, code := run(t, "--data", data, "check")
	if code != 0 || strings.TrimSpace(out) != "ok" {
		t.Errorf("check after: exit %d %q %q", code, out, errOut)
	}
	got := filepath.Join(t.TempDir(), "got.json")
	if _, errOut, code := runFixed("--data", data, "export", "--format", "json", "--out", got); code != 0 || !bytes.Equal(read(t, got), read(t, want)) {
		t.Errorf("the record changed or cannot be read after a full disk (exit %d %q)", code, errOut)
	}
}
