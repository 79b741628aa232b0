package app

import (
	"bytes"
	"database/sql"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	_ "modernc.org/sqlite"
)

// demoRecord makes a demo record of n acts in a new folder and returns it.
func demoRecord(t *testing.T, n int) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "data")
	mustRun(t, "--data", dir, "demo", "--acts", strconv.Itoa(n))
	return dir
}

func TestCommandsRefuseAFileThatIsNotACarnetRecordAndLeaveItAlone(t *testing.T) {
	for name, content := range map[string][]byte{"empty": nil, "text": []byte("bonjour"), "foreign": nil} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "carnet.db")
			os.WriteFile(path, content, 0o600)
			if name == "foreign" {
				db, err := sql.Open("sqlite", "file:"+url.PathEscape(path))
				if err != nil {
					t.Fatal(err)
				}
				if _, err := db.Exec("CREATE TABLE recettes (nom TEXT)"); err != nil {
					t.Fatal(err)
				}
				db.Close()
			}
			before := read(t, path)
			for _, args := range [][]string{{"check"}, {"export", "--format", "json", "--out", filepath.Join(dir, "x.json")}, {"demo"}} {
				_, errOut, code := run(t, append([]string{"--data", dir}, args...)...)
				if code != 1 || !strings.Contains(errOut, "n’est pas un carnet") {
					t.Errorf("%s: exit %d, %q", args[0], code, errOut)
				}
			}
			if !bytes.Equal(before, read(t, path)) {
				t.Error("the file was changed")
			}
		})
	}
}

func TestADamagedRecordIsReadAndNeverWrittenByTheCommands(t *testing.T) {
	src := demoRecord(t, 60)
	exported := filepath.Join(t.TempDir(), "src.json")
	mustRun(t, "--data", src, "export", "--format", "json", "--out", exported)
	dir := demoRecord(t, 60)
	path := filepath.Join(dir, "carnet.db")
	damagePage(t, path, "acts_order")
	before := read(t, path)

	out, errOut, code := run(t, "--data", dir, "check")
	if code != 1 || !strings.Contains(out, "acts_order") || !strings.Contains(errOut, "endommagé") {
		t.Errorf("check: exit %d\n%s\n%s", code, out, errOut)
	}
	_, errOut, code = run(t, "--data", dir, "export", "--format", "json", "--out", filepath.Join(t.TempDir(), "x.json"))
	if code != 0 || !strings.Contains(errOut, "lecture seule") {
		t.Errorf("export of a damaged record: exit %d, %q (want it done, with the notice)", code, errOut)
	}
	_, errOut, code = run(t, "--data", dir, "import", exported)
	if code != 1 || !strings.Contains(errOut, "restaurez la dernière sauvegarde") {
		t.Errorf("import into a damaged record: exit %d, %q", code, errOut)
	}
	if !bytes.Equal(before, read(t, path)) {
		t.Error("the damaged file was changed")
	}
}

// damagePage checkpoints the record at path and overwrites the start of
// the root page of the named index or table with garbage.
func damagePage(t *testing.T, path, name string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+url.PathEscape(path))
	if err != nil {
		t.Fatal(err)
	}
	var root, size int
	if err := db.QueryRow("SELECT rootpage FROM sqlite_schema WHERE name = ?", name).Scan(&root); err != nil {
		t.Fatal(err)
	}
	db.QueryRow("PRAGMA page_size").Scan(&size)
	if _, err := db.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(bytes.Repeat([]byte{0xA5}, 64), int64((root-1)*size)); err != nil {
		t.Fatal(err)
	}
}
