package app

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// runFixed runs the command line with a fixed clock, so that two exports
// of the same record give the same bytes.
func runFixed(args ...string) (string, string, int) {
	var out, errOut bytes.Buffer
	now := func() time.Time { return time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC) }
	code := runAt(args, &out, &errOut, now)
	return out.String(), errOut.String(), code
}

// flipCount is how many damaged copies TestCheckCatchesEveryDamageThatChangesTheExport
// makes: 40 by default, 10 with -short, 400 with TORTURE=1.
func flipCount() int {
	switch {
	case os.Getenv("TORTURE") != "":
		return 400
	case testing.Short():
		return 10
	}
	return 40
}

// TestCheckCatchesEveryDamageThatChangesTheExport overwrites a random run
// of 16 bytes in a fresh copy of a 400-act demo record, again and again
// with a fixed seed. Whenever the JSON export of the copy differs from the
// original's (or fails), check must fail on the copy. The original stays
// byte-identical.
func TestCheckCatchesEveryDamageThatChangesTheExport(t *testing.T) {
	t.Setenv("LANG", "fr_FR.UTF-8")
	tmp := t.TempDir()
	orig := filepath.Join(tmp, "orig")
	if _, errOut, code := runFixed("--data", orig, "demo", "--acts", "400"); code != 0 {
		t.Fatal(errOut)
	}
	origJSON := filepath.Join(tmp, "orig.json")
	if _, errOut, code := runFixed("--data", orig, "export", "--format", "json", "--out", origJSON); code != 0 {
		t.Fatal(errOut)
	}
	want := read(t, origJSON)
	db := read(t, filepath.Join(orig, "carnet.db"))
	sum := sha256.Sum256(db)
	rng := rand.New(rand.NewPCG(9, 40))
	n := flipCount()
	changed, caught, flagged := 0, 0, 0
	for i := 0; i < n; i++ {
		dir := filepath.Join(tmp, fmt.Sprintf("copy%03d", i))
		if err := os.Mkdir(dir, 0o700); err != nil {
			t.Fatal(err)
		}
		damaged := append([]byte(nil), db...)
		at := rng.IntN(len(damaged) - 16)
		for j := 0; j < 16; j++ {
			damaged[at+j] = byte(rng.Uint32())
		}
		if err := os.WriteFile(filepath.Join(dir, "carnet.db"), damaged, 0o600); err != nil {
			t.Fatal(err)
		}
		checkOut, checkErr, checkCode := runFixed("--data", dir, "check")
		out := filepath.Join(tmp, fmt.Sprintf("copy%03d.json", i))
		_, exportErr, exportCode := runFixed("--data", dir, "export", "--format", "json", "--out", out)
		differs := exportCode != 0
		if !differs {
			got, err := os.ReadFile(out)
			differs = err != nil || !bytes.Equal(got, want)
		}
		if checkCode != 0 {
			flagged++
		}
		if !differs {
			continue
		}
		changed++
		if checkCode != 0 {
			caught++
			continue
		}
		t.Errorf("flip %d at byte %d (page %d) changed the export (exit %d: %s) but check said %q %s",
			i, at, at/4096+1, exportCode, strings.TrimSpace(exportErr), strings.TrimSpace(checkOut), checkErr)
	}
	t.Logf("%d flips of 16 bytes: %d changed the export, check caught %d of them; check failed on %d copies in all", n, changed, caught, flagged)
	if sha256.Sum256(read(t, filepath.Join(orig, "carnet.db"))) != sum {
		t.Error("the original record changed")
	}
}
