package carnet

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// recordFile is the database file's name in the data folder (the store's
// FileName; the restore works on files, under the same name).
const recordFile = "carnet.db"

// RestoreRecord is a record opened by a restore: the one in the data
// folder, to copy it before it is replaced, and the restored file, to
// migrate and check it.
type RestoreRecord interface {
	Backuper
	// Check returns the problems check finds.
	Check(ctx context.Context) ([]string, error)
	Close() error
}

// OpenRecord opens (creating or migrating it) the record in a folder;
// app passes the store's.
type OpenRecord func(dir string) (RestoreRecord, error)

// RestoreInfo says what a restore did.
type RestoreInfo struct {
	Saved     string // copy of the record as it was before, "" when there was none
	OldSchema int    // schema version of the restored file before its migration
}

// Restore replaces the record in dataDir with the backup file (a plain
// database backup, or an age file decrypted with the passphrase asked
// for). Nothing is replaced until the backup has been read whole into the
// data folder, checked (integrity, schema, every rule of check), migrated
// when it comes from an older Carnet and checked again; the current record
// is then copied into the backup folder, and the restored file takes its
// place with one rename. The record must not be open, here or in another
// process. It returns a *BackupError the user can act on (wrong
// passphrase, damaged or foreign file, file of a newer Carnet, record in
// use), or the error that stopped it; in every case the current record is left as it was.
// open opens a folder's record; the restored file is checked, before it is
// opened, by a record opened on an empty folder.
func Restore(ctx context.Context, dataDir, file string, passphrase func() (string, error), now func() time.Time, open OpenRecord) (RestoreInfo, error) {
	if now == nil {
		now = time.Now
	}
	var info RestoreInfo
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return info, err
	}
	work, err := os.MkdirTemp(dataDir, ".carnet-restore-")
	if err != nil {
		return info, err
	}
	defer os.RemoveAll(work)
	candidate := filepath.Join(work, recordFile)
	if err := readBackup(ctx, file, candidate, passphrase); err != nil {
		return info, err
	}
	checker, err := open(filepath.Join(work, "empty"))
	if err != nil {
		return info, err
	}
	info.OldSchema, err = checkCandidate(ctx, checker, candidate)
	checker.Close()
	if err != nil {
		return info, err
	}
	s, err := open(work) // migrates an older schema
	if err != nil {
		return info, &BackupError{Key: "damaged", Path: file, Err: err}
	}
	problems, err := s.Check(ctx)
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err == nil && len(problems) > 0 {
		err = errors.New(strings.Join(problems, "; "))
	}
	if err != nil {
		return info, &BackupError{Key: "damaged", Path: file, Err: err}
	}
	if exists(candidate + "-wal") {
		return info, &BackupError{Key: "damaged", Path: file}
	}
	target := filepath.Join(dataDir, recordFile)
	if exists(target) {
		if info.Saved, err = saveCurrent(ctx, dataDir, now, open); err != nil {
			return info, err
		}
	}
	os.Remove(target + "-shm")
	if err := os.Rename(candidate, target); err != nil {
		return info, err
	}
	syncDir(dataDir)
	return info, nil
}

// readBackup copies the backup file, decrypted when it is an age file,
// into the new file dst (0600), synced.
func readBackup(ctx context.Context, file, dst string, passphrase func() (string, error)) error {
	src, err := os.Open(file)
	if err != nil {
		return err
	}
	defer src.Close()
	r, err := openBackup(src, passphrase)
	if err != nil {
		return err
	}
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	_, err = io.Copy(out, &ctxReader{ctx: ctx, r: r})
	if err == nil {
		err = out.Sync()
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return err
}

// checkCandidate verifies the restored file before it is opened for
// writing and returns its schema version.
func checkCandidate(ctx context.Context, b Backuper, path string) (int, error) {
	v, err := b.BackupSchema(path)
	var foreign notCarnet
	if errors.As(err, &foreign) {
		return 0, &BackupError{Key: "not_carnet", Err: err}
	}
	if err != nil {
		return 0, err
	}
	problems, err := b.VerifyBackup(ctx, path)
	var newer newerSchema
	switch {
	case errors.As(err, &newer):
		return v, &BackupError{Key: "newer", Err: err}
	case err != nil:
		return v, &BackupError{Key: "damaged", Err: err}
	case len(problems) > 0:
		return v, &BackupError{Key: "damaged", Err: errors.New(strings.Join(problems, "; "))}
	}
	return v, nil
}

// saveCurrent copies the record in dataDir into its backup folder before
// a restore replaces it, and returns the copy's path. It opens the record,
// which folds any write-ahead log into it, and refuses when another
// process still holds it.
func saveCurrent(ctx context.Context, dataDir string, now func() time.Time, open OpenRecord) (string, error) {
	dir := filepath.Join(dataDir, BackupFolder)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	path := filepath.Join(dir, "avant-restauration-"+now().UTC().Format("20060102-150405")+".db")
	for i := 1; exists(path); i++ {
		path = strings.TrimSuffix(path, ".db") + "-" + string(rune('a'+i%26)) + ".db"
	}
	target := filepath.Join(dataDir, recordFile)
	s, err := open(dataDir)
	if err == nil {
		err = s.BackupTo(ctx, path)
		if cerr := s.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		// A record that cannot be opened is kept byte for byte.
		os.Remove(path)
		if err := copyFile(target, path); err != nil {
			return "", err
		}
		if exists(target + "-wal") {
			if err := copyFile(target+"-wal", path+"-wal"); err != nil {
				return "", err
			}
		}
	}
	if exists(target + "-wal") {
		return path, &BackupError{Key: "in_use", Path: target}
	}
	return path, nil
}

// copyFile copies src into the new file dst (0600), synced.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	_, err = io.Copy(out, in)
	if err == nil {
		err = out.Sync()
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return err
}
