package app

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
)

// resolveDataDir picks the data folder: the --data flag, else CARNET_DATA,
// else the OS user data folder (~/.local/share/carnet on Linux). It returns
// an error only when no home folder can be found.
func resolveDataDir(flagValue string) (string, error) {
	if flagValue != "" {
		return filepath.Abs(flagValue)
	}
	if v := os.Getenv("CARNET_DATA"); v != "" {
		return filepath.Abs(v)
	}
	switch runtime.GOOS {
	case "windows", "darwin":
		dir, err := os.UserConfigDir()
		if err != nil {
			return "", err
		}
		return filepath.Join(dir, "Carnet"), nil
	}
	if v := os.Getenv("XDG_DATA_HOME"); v != "" {
		return filepath.Join(v, "carnet"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		return "", errors.New("no home folder")
	}
	return filepath.Join(home, ".local", "share", "carnet"), nil
}
