package app

import (
	"os"
	"path/filepath"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/store"
)

// openStore opens the record in the data folder; when mustExist is set, a
// folder without a database is refused instead of being created.
func (e *env) openStore(mustExist bool) (*store.Store, error) {
	if mustExist {
		if _, err := os.Stat(filepath.Join(e.dataDir, store.FileName)); err != nil {
			return nil, carnet.Said(e.tr.T("cli.no_record", e.dataDir))
		}
	}
	return store.Open(e.dataDir)
}

// openApp opens the record like openStore and returns the application
// layer over it, with the command line's clock, and the store to close.
func (e *env) openApp(mustExist bool) (*carnet.App, *store.Store, error) {
	s, err := e.openStore(mustExist)
	if err != nil {
		return nil, nil, err
	}
	return carnet.New(s, e.now), s, nil
}
