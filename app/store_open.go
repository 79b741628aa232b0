package app

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/carnet-app/carnet/internal/store"
)

// openStore opens the record in the data folder; when mustExist is set, a
// folder without a database is refused instead of being created.
func (e *env) openStore(mustExist bool) (*store.Store, error) {
	if mustExist {
		if _, err := os.Stat(filepath.Join(e.dataDir, store.FileName)); err != nil {
			return nil, fmt.Errorf("%s", e.tr.T("cli.no_record", e.dataDir))
		}
	}
	return store.Open(e.dataDir)
}
