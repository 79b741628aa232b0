package app

import (
	"errors"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/carnet-app/carnet/i18n"
	"github.com/carnet-app/carnet/internal/carnet"
)

func TestASecondWindowIsToldTheFolderIsInUseByWhichProcess(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("no flock here: the folder is not claimed")
	}
	dir := t.TempDir()
	release, err := ClaimFolder(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = ClaimFolder(dir)
	if !errors.Is(err, errFolderHeld) {
		t.Fatalf("second claim: %v, want the folder held", err)
	}
	e := &env{dataDir: dir, tr: i18n.New("fr")}
	msg := carnet.Explain(e.tr, e.FolderInUse(err))
	if !strings.Contains(msg, "déjà ouvert par une autre fenêtre") || !strings.Contains(msg, strconv.Itoa(os.Getpid())) {
		t.Errorf("sentence %q, want the folder in use and process %d", msg, os.Getpid())
	}
	release()
	again, err := ClaimFolder(dir)
	if err != nil {
		t.Fatalf("claim after release: %v", err)
	}
	again()
}
