package app

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// proofFolder matches the names os.MkdirTemp gives the folders where the
// window opens proofs ("carnet-" and digits, internal/ui/attachments.go)
// and dossiers ("carnet-dossier-" and digits, reports_screen.go), and
// nothing else a user or another program may call carnet-something.
var proofFolder = regexp.MustCompile(`^carnet-(dossier-)?[0-9]+$`)

// sweepAge is how old a leftover must be before Sweep removes it, so that
// the files of a Carnet still running are left alone.
const sweepAge = time.Hour

// Sweep removes, at start, what Carnet processes that were killed left
// behind, when it is older than an hour: hidden partial files and folders
// (".carnet-*": exports, backups, restores and new records being written)
// in the data folder, its backups folder and os.TempDir(), and the folders
// of opened proofs and dossiers ("carnet-NNN", "carnet-dossier-NNN") in
// os.TempDir(). Symbolic
// links are never followed or removed. It returns how many entries it
// removed and the first error met (it goes on after an error). It must be
// called once at start, before the record is opened.
func Sweep(dataDir string) (removed int, err error) {
	return sweepAt(dataDir, os.TempDir(), time.Now())
}

// sweepAt is Sweep with the temporary folder and the clock given (tests).
func sweepAt(dataDir, tempDir string, now time.Time) (int, error) {
	removed := 0
	var first error
	sweep := func(dir string, match func(name string, isDir bool) bool) {
		entries, err := os.ReadDir(dir)
		if err != nil {
			if !errors.Is(err, os.ErrNotExist) && first == nil {
				first = err
			}
			return
		}
		for _, e := range entries {
			info, err := e.Info()
			if err != nil || info.Mode()&os.ModeSymlink != 0 || !match(e.Name(), e.IsDir()) {
				continue
			}
			if now.Sub(info.ModTime()) < sweepAge {
				continue
			}
			if err := os.RemoveAll(filepath.Join(dir, e.Name())); err != nil {
				if first == nil {
					first = err
				}
				continue
			}
			removed++
		}
	}
	hidden := func(name string, _ bool) bool { return strings.HasPrefix(name, ".carnet-") }
	sweep(dataDir, hidden)
	sweep(filepath.Join(dataDir, "backups"), hidden)
	sweep(tempDir, func(name string, isDir bool) bool {
		return hidden(name, isDir) || isDir && proofFolder.MatchString(name)
	})
	return removed, first
}
