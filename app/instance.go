package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/carnet-app/carnet/internal/carnet"
)

// lockName is the file in the data folder that a Carnet window holds
// locked while it runs; it holds the window's process ID.
const lockName = "carnet.lock"

// errFolderHeld is returned by claimFolder when another process holds the
// lock of the data folder.
var errFolderHeld = errors.New("the data folder is held by another Carnet window")

// ClaimFolder takes the data folder for this Carnet window: it locks
// carnet.lock there (released by the system if the process dies) and
// writes the process ID in it. It returns the function that releases it,
// or an error wrapping errFolderHeld with the holder's process ID when
// another window has the folder. Where locks are not supported, it claims
// nothing and succeeds. The window must call it before opening the record
// and tell the user the error (FolderInUse gives the sentence).
func ClaimFolder(dataDir string) (release func(), err error) {
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(filepath.Join(dataDir, lockName), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	held, err := tryLock(f)
	if err != nil || held {
		f.Close()
		if err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("%w (process %d)", errFolderHeld, folderHolder(dataDir))
	}
	if err := f.Truncate(0); err == nil {
		_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return func() {
		_ = f.Truncate(0)
		_ = unlock(f)
		f.Close()
	}, nil
}

// folderHolder returns the process ID written in the data folder's lock
// file, or 0.
func folderHolder(dataDir string) int {
	b, err := os.ReadFile(filepath.Join(dataDir, lockName))
	if err != nil {
		return 0
	}
	pid, _ := strconv.Atoi(strings.TrimSpace(string(b)))
	return pid
}

// FolderInUse turns an error of ClaimFolder into a sentence in the user's
// language (which window holds the folder and what to do), for the window
// to show; other errors go through carnet.Explain.
func (e *env) FolderInUse(err error) error {
	if errors.Is(err, errFolderHeld) {
		return carnet.Said(e.tr.T("fail.folder_in_use", strconv.Itoa(folderHolder(e.dataDir))))
	}
	return err
}
