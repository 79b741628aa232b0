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
// process; open opens a folder's record. It returns a *BackupError the
// user can act on (wrong passphrase, damaged or foreign file, file of a
// newer Carnet, record in use), or the error that stopped it; in every
// case the current record is left as it was.
func Restore(ctx context.Context, dataDir, file string, passphrase func() (string, error), now func() time.Time, open OpenRecord) (RestoreInfo, error) {
	work, candidate, info, err := prepareRestore(ctx, dataDir, file, passphrase, open)
	if work != "" {
		defer os.RemoveAll(work)
	}
	if err != nil {
		return info, err
	}
	info.Saved, err = replaceRecord(ctx, dataDir, candidate, now, open)
	return info, err
}

// PendingRestore is the name, in the data folder, of a restored record
// checked by StageRestore and waiting for the next start.
const PendingRestore = "carnet-restore-pending.db"

// StageRestore reads and checks the backup file as Restore does, while the
// record is open (the window), and leaves the result in the data folder
// as PendingRestore; FinishPendingRestore puts it in place at the next
// start. It returns the errors of Restore; the record is not touched.
func StageRestore(ctx context.Context, dataDir, file string, passphrase func() (string, error), open OpenRecord) (RestoreInfo, error) {
	work, candidate, info, err := prepareRestore(ctx, dataDir, file, passphrase, open)
	if work != "" {
		defer os.RemoveAll(work)
	}
	if err != nil {
		return info, err
	}
	if err := os.Rename(candidate, filepath.Join(dataDir, PendingRestore)); err != nil {
		return info, err
	}
	syncDir(dataDir)
	return info, nil
}

// FinishPendingRestore replaces the record in dataDir with the restore
// StageRestore left there, if any, keeping a copy of the current record;
// it runs before the record is opened. It returns what it did and true, or
// false when nothing was pending; on error the pending restore stays for
// the next start and the record is left as it was.
func FinishPendingRestore(ctx context.Context, dataDir string, now func() time.Time, open OpenRecord) (RestoreInfo, bool, error) {
	pending := filepath.Join(dataDir, PendingRestore)
	if !exists(pending) {
		return RestoreInfo{}, false, nil
	}
	saved, err := replaceRecord(ctx, dataDir, pending, now, open)
	return RestoreInfo{Saved: saved}, err == nil, err
}

// IsEncryptedBackup reports whether the file at path is an age file (its
// restore needs the passphrase). It returns false when it cannot read it.
func IsEncryptedBackup(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, len(ageMagic))
	_, err = io.ReadFull(f, head)
	return err == nil && string(head) == string(ageMagic)
}

// prepareRestore reads the backup file into a new work folder of dataDir,
// checks it, migrates it and checks it again. It returns the work folder
// (for the caller to remove, even on error) and the checked file in it.
func prepareRestore(ctx context.Context, dataDir, file string, passphrase func() (string, error), open OpenRecord) (string, string, RestoreInfo, error) {
	var info RestoreInfo
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return "", "", info, err
	}
	work, err := os.MkdirTemp(dataDir, ".carnet-restore-")
	if err != nil {
		return "", "", info, err
	}
	candidate := filepath.Join(work, recordFile)
	if err := readBackup(ctx, file, candidate, passphrase); err != nil {
		return work, "", info, err
	}
	checker, err := open(filepath.Join(work, "empty"))
	if err != nil {
		return work, "", info, err
	}
	info.OldSchema, err = checkCandidate(ctx, checker, candidate)
	defer checker.Close()
	if err != nil {
		return work, "", info, err
	}
	latest := checker.LatestSchema()
	s, err := open(work) // migrates an older schema
	if err != nil {
		return work, "", info, &BackupError{Key: "damaged", Path: file, Err: err}
	}
	var problems []string
	if info.OldSchema < latest { // a file at the latest schema was checked whole already
		problems, err = s.Check(ctx)
	}
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err == nil && len(problems) > 0 {
		err = errors.New(strings.Join(problems, "; "))
	}
	if err == nil && exists(candidate+"-wal") {
		err = errors.New("the restored file kept a write-ahead log")
	}
	if err != nil {
		return work, "", info, &BackupError{Key: "damaged", Path: file, Err: err}
	}
	return work, candidate, info, nil
}

// replaceRecord keeps a copy of the record in dataDir, if there is one,
// then puts the checked file candidate in its place with one rename. It
// returns the copy's path ("" when there was no record).
func replaceRecord(ctx context.Context, dataDir, candidate string, now func() time.Time, open OpenRecord) (string, error) {
	if now == nil {
		now = time.Now
	}
	target := filepath.Join(dataDir, recordFile)
	saved := ""
	if exists(target) {
		var err error
		if saved, err = saveCurrent(ctx, dataDir, now, open); err != nil {
			return saved, err
		}
	}
	os.Remove(target + "-shm")
	if err := os.Rename(candidate, target); err != nil {
		return saved, err
	}
	syncDir(dataDir)
	return saved, nil
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
