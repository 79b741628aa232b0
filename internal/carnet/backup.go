package carnet

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Rolling backups.
const (
	BackupFolder     = "backups"           // folder of the rolling backups, inside the data folder
	BackupKeepDaily  = 7                   // days whose newest backup is kept
	BackupKeepWeekly = 4                   // earlier weeks whose newest backup is kept
	AutoBackupAfter  = 24 * time.Hour      // age of the last backup that makes the start back up
	BackupWarnAfter  = 30 * 24 * time.Hour // age of the last backup that Accueil warns about
)

// backupLayout names the rolling backups: carnet-YYYYMMDD-HHMMSS.db (UTC).
const backupLayout = "carnet-20060102-150405"

// Backuper is the record as backups need it: a consistent copy, the
// database file's path, and the checks of a backup file. internal/store
// implements it.
type Backuper interface {
	// BackupTo writes a consistent copy of the record to the new file path.
	BackupTo(ctx context.Context, path string) error
	// Path returns the database file's path.
	Path() string
	// VerifyBackup checks a backup file without changing it and returns
	// its problems; an error that has a NewerSchema() or NotCarnetFile()
	// method says the file is from a newer Carnet or not Carnet's.
	VerifyBackup(ctx context.Context, path string) ([]string, error)
	// BackupSchema reads the schema version in a backup file's header.
	BackupSchema(path string) (int, error)
	// LatestSchema returns the schema version this Carnet writes.
	LatestSchema() int
}

// newerSchema and notCarnet recognise the errors of VerifyBackup without
// importing the store.
type (
	newerSchema interface{ NewerSchema() bool }
	notCarnet   interface{ NotCarnetFile() bool }
)

// BackupState says what is known of a backup file.
type BackupState string

// Backup states.
const (
	BackupOK      BackupState = "ok"      // a Carnet database this version can restore
	BackupNewer   BackupState = "newer"   // written by a newer Carnet
	BackupDamaged BackupState = "damaged" // not a Carnet database any more
)

// BackupInfo describes one backup file.
type BackupInfo struct {
	Path  string
	Time  time.Time // when it was made (UTC, from its name)
	Size  int64
	State BackupState
}

// BackupError is returned when a backup or a restore cannot go ahead for a
// reason the user can act on; Explain turns its Key into a sentence.
type BackupError struct {
	Key  string // i18n key under "backup."
	Path string // the file concerned, when there is one
	Err  error  // the cause, if any
}

func (e *BackupError) Error() string {
	msg := "backup: " + e.Key
	if e.Path != "" {
		msg += " (" + e.Path + ")"
	}
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return msg
}

func (e *BackupError) Unwrap() error { return e.Err }

// backuper returns the record as a Backuper, or an error when it cannot
// be backed up (a record that is not a file).
func (a *App) backuper() (Backuper, error) {
	b, ok := a.Record.(Backuper)
	if !ok {
		return nil, &BackupError{Key: "unsupported"}
	}
	return b, nil
}

// BackupDir returns the folder of the rolling backups: the one the user
// picked in Paramètres (a USB key…), or <data>/backups.
func (a *App) BackupDir() (string, error) {
	b, err := a.backuper()
	if err != nil {
		return "", err
	}
	return a.backupFolder(context.Background(), b)
}

// backupFolder is BackupDir for a record already known to make backups.
func (a *App) backupFolder(ctx context.Context, b Backuper) (string, error) {
	p, err := a.Profile(ctx)
	if err != nil {
		return "", err
	}
	if p.BackupDir == "" {
		return filepath.Join(filepath.Dir(b.Path()), BackupFolder), nil
	}
	// A folder the user picked is never created: an unplugged USB key must
	// not turn into a folder of the same name on this computer's disk.
	if info, err := os.Stat(p.BackupDir); err != nil || !info.IsDir() {
		return "", &BackupError{Key: "folder_missing"}
	}
	return p.BackupDir, nil
}

// Backup writes a rolling backup of the record into BackupDir (folder
// 0700, file 0600), verifies it (integrity and the SHA-256 of every
// proof) and only then removes the backups that the rotation no longer
// keeps (BackupKeepDaily days, BackupKeepWeekly earlier weeks). It returns
// the new backup, or an error, in which case no older backup was removed
// and no partial file is left.
func (a *App) Backup(ctx context.Context) (BackupInfo, error) {
	b, err := a.backuper()
	if err != nil {
		return BackupInfo{}, err
	}
	dir, err := a.backupFolder(ctx, b)
	if err != nil {
		return BackupInfo{}, err
	}
	tmp, err := a.verifiedCopy(ctx, b, dir)
	if err != nil {
		return BackupInfo{}, err
	}
	defer os.Remove(tmp)
	when := a.now().UTC().Truncate(time.Second)
	path := filepath.Join(dir, when.Format(backupLayout)+".db")
	for i := 2; exists(path); i++ {
		when = when.Add(time.Second)
		path = filepath.Join(dir, when.Format(backupLayout)+".db")
	}
	if err := os.Rename(tmp, path); err != nil {
		return BackupInfo{}, err
	}
	syncDir(dir)
	if err := rotateBackups(b, dir); err != nil {
		return BackupInfo{}, err
	}
	fi, err := os.Stat(path)
	if err != nil {
		return BackupInfo{}, err
	}
	return BackupInfo{Path: path, Time: when, Size: fi.Size(), State: BackupOK}, nil
}

// verifiedCopy writes a copy of the record to a hidden file in dir and
// verifies it; it returns the file's path, or an error after removing it.
func (a *App) verifiedCopy(ctx context.Context, b Backuper, dir string) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	sweepTemps(dir)
	f, err := os.CreateTemp(dir, ".carnet-backup-*")
	if err != nil {
		return "", err
	}
	tmp := f.Name()
	f.Close()
	if err := b.BackupTo(ctx, tmp); err != nil {
		os.Remove(tmp)
		return "", err
	}
	problems, err := b.VerifyBackup(ctx, tmp)
	if err == nil && len(problems) > 0 {
		err = &BackupError{Key: "not_verified", Err: errors.New(strings.Join(problems, "; "))}
	}
	if err != nil {
		os.Remove(tmp)
		return "", err
	}
	return tmp, nil
}

// sweepTemps removes the hidden partial copies a killed backup left in dir.
func sweepTemps(dir string) {
	old, _ := filepath.Glob(filepath.Join(dir, ".carnet-backup-*"))
	for _, p := range old {
		if fi, err := os.Stat(p); err == nil && time.Since(fi.ModTime()) > time.Hour {
			os.Remove(p)
		}
	}
}

// ListBackups returns the rolling backups, newest first, with their size
// and what their header says of them (BackupState). It returns an empty
// list when there is no backup folder yet.
func (a *App) ListBackups(ctx context.Context) ([]BackupInfo, error) {
	b, err := a.backuper()
	if err != nil {
		return nil, err
	}
	dir, err := a.backupFolder(ctx, b)
	var missing *BackupError
	if errors.As(err, &missing) && missing.Key == "folder_missing" {
		return nil, nil // the USB key is not plugged in: nothing to list
	}
	if err != nil {
		return nil, err
	}
	return listBackups(b, dir)
}

// LastBackup returns the newest rolling backup and true, or false when
// there is none.
func (a *App) LastBackup(ctx context.Context) (BackupInfo, bool, error) {
	list, err := a.ListBackups(ctx)
	if err != nil || len(list) == 0 {
		return BackupInfo{}, false, err
	}
	return list[0], true, nil
}

// AutoBackup makes a rolling backup when the newest one is older than
// AutoBackupAfter, or when there is none. It returns the backup and true
// when it made one.
func (a *App) AutoBackup(ctx context.Context) (BackupInfo, bool, error) {
	last, ok, err := a.LastBackup(ctx)
	if err != nil {
		return BackupInfo{}, false, err
	}
	if ok && a.now().Sub(last.Time) < AutoBackupAfter {
		return last, false, nil
	}
	info, err := a.Backup(ctx)
	return info, err == nil, err
}

// BackupIfChanged makes a rolling backup when the database file (or its
// write-ahead log) changed after the newest backup, or when there is none:
// the backup on quit. It returns the backup and true when it made one.
func (a *App) BackupIfChanged(ctx context.Context) (BackupInfo, bool, error) {
	b, err := a.backuper()
	if err != nil {
		return BackupInfo{}, false, err
	}
	last, ok, err := a.LastBackup(ctx)
	if err != nil {
		return BackupInfo{}, false, err
	}
	if ok && !modifiedAfter(last.Time, b.Path(), b.Path()+"-wal") {
		return last, false, nil
	}
	info, err := a.Backup(ctx)
	return info, err == nil, err
}

// modifiedAfter reports whether one of the files was modified after t
// (backup names keep whole seconds, so a change in the same second counts).
func modifiedAfter(t time.Time, paths ...string) bool {
	for _, p := range paths {
		if fi, err := os.Stat(p); err == nil && fi.ModTime().After(t) {
			return true
		}
	}
	return false
}

func listBackups(b Backuper, dir string) ([]BackupInfo, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []BackupInfo
	for _, e := range entries {
		when, ok := backupTime(e.Name())
		if !ok || e.IsDir() {
			continue
		}
		info := BackupInfo{Path: filepath.Join(dir, e.Name()), Time: when, State: BackupOK}
		if fi, err := e.Info(); err == nil {
			info.Size = fi.Size()
		}
		v, err := b.BackupSchema(info.Path)
		switch {
		case err != nil:
			info.State = BackupDamaged
		case v > b.LatestSchema():
			info.State = BackupNewer
		}
		out = append(out, info)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Time.After(out[j].Time) })
	return out, nil
}

// backupTime reads the time in a rolling backup's name.
func backupTime(name string) (time.Time, bool) {
	base, ok := strings.CutSuffix(name, ".db")
	if !ok {
		return time.Time{}, false
	}
	t, err := time.Parse(backupLayout, base)
	return t, err == nil
}

// rotateBackups removes the rolling backups in dir that keptBackups does
// not keep.
func rotateBackups(b Backuper, dir string) error {
	list, err := listBackups(b, dir)
	if err != nil {
		return err
	}
	keep := keptBackups(list, BackupKeepDaily, BackupKeepWeekly)
	for _, old := range list {
		if !keep[old.Path] {
			if err := os.Remove(old.Path); err != nil && !errors.Is(err, os.ErrNotExist) {
				return err
			}
		}
	}
	syncDir(dir)
	return nil
}

// keptBackups returns the paths the rotation keeps from list (newest
// first): the newest backup of each of the last daily days that have one,
// and the newest of each of the weekly calendar weeks (Monday first) with
// a backup before the oldest of those days.
func keptBackups(list []BackupInfo, daily, weekly int) map[string]bool {
	keep := map[string]bool{}
	var days []string
	var oldestDay string
	for _, b := range list {
		d := b.Time.Format("2006-01-02")
		if len(days) > 0 && days[len(days)-1] == d {
			continue
		}
		if len(days) == daily {
			break
		}
		days = append(days, d)
		keep[b.Path] = true
		oldestDay = d
	}
	var weeks []string
	for _, b := range list {
		if b.Time.Format("2006-01-02") >= oldestDay {
			continue
		}
		y, w := b.Time.ISOWeek()
		k := fmt.Sprintf("%d-%02d", y, w)
		if len(weeks) > 0 && weeks[len(weeks)-1] == k {
			continue
		}
		if len(weeks) == weekly {
			break
		}
		weeks = append(weeks, k)
		keep[b.Path] = true
	}
	return keep
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// syncDir flushes a folder's entries (renames, removals) to the disk; a
// failure is ignored as some systems cannot sync folders.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}
