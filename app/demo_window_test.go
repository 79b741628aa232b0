package app

import (
	"context"
	"crypto/sha256"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/carnet-app/carnet/i18n"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/store"
)

// folderDigest returns the name, size and content digest of every file in
// dir and below: any write changes it.
func folderDigest(t *testing.T, dir string) map[string][32]byte {
	t.Helper()
	out := map[string][32]byte{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		h := sha256.New()
		if _, err := io.Copy(h, f); err != nil {
			return err
		}
		var sum [32]byte
		copy(sum[:], h.Sum(nil))
		out[path] = sum
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestTheDemonstrationOpensBesideTheRecordAndLeavesItUntouched(t *testing.T) {
	now := time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)
	data := filepath.Join(t.TempDir(), "carnet")
	real, err := store.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	p := journal.DefaultProfile()
	p.Name = "Camille Martin"
	if err := real.SaveProfile(context.Background(), p); err != nil {
		t.Fatal(err)
	}
	real.Close()
	before := folderDigest(t, data)

	e := &env{dataDir: data, stdout: io.Discard, stderr: io.Discard, tr: i18n.New("fr"), now: func() time.Time { return now }}
	d := &demoWindow{e: e, app: test.NewTempApp(t), lang: func() string { return "fr" }, synchronous: true}
	if err := d.open(); err != nil {
		t.Fatal(err)
	}
	if d.win == nil || !strings.Contains(d.win.Title(), "données de démonstration") {
		t.Fatalf("demonstration window titled %q", d.win.Title())
	}
	w := d.win
	if err := d.open(); err != nil || d.win != w {
		t.Fatalf("a second click opened another window (%v)", err)
	}
	w.Close()
	if d.win != nil {
		t.Fatal("closing the window did not close its record")
	}

	demoDir := demoFolder(data)
	if demoDir == data || strings.HasPrefix(demoDir, data+string(filepath.Separator)) {
		t.Fatalf("demonstration folder %q is the record's folder or inside it", demoDir)
	}
	if after := folderDigest(t, data); len(after) != len(before) {
		t.Fatalf("the record's folder changed: %d files before, %d after", len(before), len(after))
	} else {
		for path, sum := range before {
			if after[path] != sum {
				t.Errorf("%s was written", path)
			}
		}
	}
	s, err := store.Open(demoDir)
	if err != nil {
		t.Fatal(err)
	}
	acts, err := s.ListActs(context.Background(), journal.ActFilter{})
	s.Close()
	if err != nil || len(acts) != demoActs {
		t.Fatalf("the demonstration holds %d acts (%v), want %d", len(acts), err, demoActs)
	}

	// Opened again later, the same folder is shown as it is, not filled twice.
	if err := d.open(); err != nil {
		t.Fatal(err)
	}
	d.shut()
	s, err = store.Open(demoDir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if acts, _ := s.ListActs(context.Background(), journal.ActFilter{}); len(acts) != demoActs {
		t.Fatalf("opened again, the demonstration holds %d acts", len(acts))
	}
}

func TestADemonstrationFolderInUseIsToldAndNothingOpens(t *testing.T) {
	data := filepath.Join(t.TempDir(), "carnet")
	release, err := ClaimFolder(demoFolder(data))
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	e := &env{dataDir: data, stdout: io.Discard, stderr: io.Discard, tr: i18n.New("fr"), now: time.Now}
	d := &demoWindow{e: e, app: test.NewTempApp(t), lang: func() string { return "fr" }, synchronous: true}
	err = d.open()
	if err == nil || !strings.Contains(e.explain(err), "déjà ouvert") {
		t.Fatalf("a folder in use gives %v", err)
	}
	if d.win != nil || d.opening {
		t.Fatal("a window opened on a folder in use")
	}
	if _, err := os.Stat(data); !os.IsNotExist(err) {
		t.Fatalf("the record's folder was created: %v", err)
	}
}

func TestTheFirstRunGuideOpensByItselfOnce(t *testing.T) {
	dir := t.TempDir()
	if guideShown(dir) {
		t.Fatal("a new folder says the guide was shown")
	}
	if err := rememberGuideShown(dir, time.Now()); err != nil {
		t.Fatal(err)
	}
	if !guideShown(dir) {
		t.Fatal("the guide would open again")
	}
	if info, err := os.Stat(filepath.Join(dir, guideMark)); err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("mark file %v %v", info, err)
	}
}

func TestTheDemonstrationFolderIsBesideTheDataFolder(t *testing.T) {
	for _, tt := range []struct{ data, want string }{
		{"/home/camille/.local/share/carnet", "/home/camille/.local/share/carnet-demo"},
		{"/home/camille/.local/share/carnet/", "/home/camille/.local/share/carnet-demo"},
		{"/mnt/clé #1/données", "/mnt/clé #1/données-demo"},
	} {
		if got := demoFolder(filepath.FromSlash(tt.data)); got != filepath.FromSlash(tt.want) {
			t.Errorf("demoFolder(%q) = %q, want %q", tt.data, got, tt.want)
		}
	}
}
