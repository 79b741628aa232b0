package carnet

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/carnet-app/carnet/i18n"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/store"
)

// Fast tests: files are encrypted at a low scrypt cost, and a restore
// refuses anything much costlier (the fuzzer would otherwise ask for GiBs).
func init() { scryptWorkFactor, scryptMaxWorkFactor = 10, 12 }

func TestRotationKeepsSevenDaysAndFourEarlierWeeks(t *testing.T) {
	a, _ := demoApp(t, 5)
	clock := today.AddDate(0, 0, -60)
	a.now = func() time.Time { return clock }
	for i := 0; i < 60; i++ {
		for _, h := range []int{9, 18} { // two backups a day: only the day's newest stays
			clock = today.AddDate(0, 0, i-59).Truncate(24 * time.Hour).Add(time.Duration(h) * time.Hour)
			if _, err := a.Backup(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
	}
	list, err := a.ListBackups(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range list {
		got = append(got, b.Time.Format("2006-01-02 15h"))
		if b.State != BackupOK || b.Size == 0 {
			t.Errorf("backup %s: state %s, size %d", b.Path, b.State, b.Size)
		}
	}
	want := []string{
		"2026-11-26 18h", "2026-11-25 18h", "2026-11-24 18h", "2026-11-23 18h",
		"2026-11-22 18h", "2026-11-21 18h", "2026-11-20 18h", // 7 days
		// then the newest of each of 4 weeks before the 20th: the rest of
		// the week of the 16th, then three whole weeks ending on Sunday
		"2026-11-19 18h", "2026-11-15 18h", "2026-11-08 18h", "2026-11-01 18h",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("kept\n%v\nwant\n%v", got, want)
	}
}

func TestBackupThatFailsItsCheckRotatesNothingOut(t *testing.T) {
	a, s := demoApp(t, 5)
	first, err := a.Backup(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// A later backup of a record whose proof no longer matches its checksum.
	db, err := sql.Open("sqlite", s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	res, err := db.Exec("UPDATE attachments SET sha256 = 'x' WHERE rowid = (SELECT min(rowid) FROM attachments)")
	if n, _ := res.RowsAffected(); err != nil || n != 1 {
		t.Fatalf("damaging a proof: %v, %d rows", err, n)
	}
	a.now = func() time.Time { return today.AddDate(0, 0, 30) }
	_, err = a.Backup(context.Background())
	var be *BackupError
	if !errors.As(err, &be) || be.Key != "not_verified" {
		t.Fatalf("Backup = %v, want a not_verified BackupError", err)
	}
	list, _ := a.ListBackups(context.Background())
	if len(list) != 1 || list[0].Path != first.Path {
		t.Errorf("backups after a failed one: %+v, want only %s", list, first.Path)
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(first.Path), ".carnet-*"))
	if len(left) != 0 {
		t.Errorf("partial files left: %v", left)
	}
}

func TestAutoBackupOnlyWhenTheLastIsADayOld(t *testing.T) {
	a, _ := demoApp(t, 3)
	ctx := context.Background()
	if _, made, err := a.AutoBackup(ctx); err != nil || !made {
		t.Fatalf("first AutoBackup made=%v err=%v, want a backup", made, err)
	}
	a.now = func() time.Time { return today.Add(23 * time.Hour) }
	if _, made, _ := a.AutoBackup(ctx); made {
		t.Error("AutoBackup made a backup 23 h after the last")
	}
	a.now = func() time.Time { return today.Add(25 * time.Hour) }
	if _, made, _ := a.AutoBackup(ctx); !made {
		t.Error("AutoBackup made no backup 25 h after the last")
	}
}

// recordOf returns every act and mail of the record in dir.
func recordOf(t *testing.T, dir string) []any {
	t.Helper()
	s, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	acts, err := s.FullActs(ctx, time.Time{}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	mails, err := s.FullMails(ctx, time.Time{}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	p, _ := s.Profile(ctx)
	return []any{acts, mails, p}
}

func encryptedBackup(t *testing.T, a *App, pass string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "carnet.age")
	err := WriteFileAtomic(out, func(w io.Writer) error {
		return a.WriteEncryptedBackup(context.Background(), w, pass)
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// openStore opens a folder's record as app does for a restore.
func openStore(dir string) (RestoreRecord, error) { return store.Open(dir) }

func passphrase(p string) func() (string, error) { return func() (string, error) { return p, nil } }

func TestEncryptedBackupRestoresIntoAnEmptyFolder(t *testing.T) {
	a, s := demoApp(t, 40)
	out := encryptedBackup(t, a, "correct horse battery")
	data, _ := os.ReadFile(out)
	if !bytes.HasPrefix(data, ageMagic) || bytes.Contains(data, []byte("SQLite format 3")) {
		t.Fatal("the encrypted backup is not an age file")
	}
	want := recordOf(t, filepath.Dir(s.Path()))
	dir := filepath.Join(t.TempDir(), "neuf")
	info, err := Restore(context.Background(), dir, out, passphrase("correct horse battery"), nil, openStore)
	if err != nil {
		t.Fatal(err)
	}
	if info.Saved != "" {
		t.Errorf("an empty folder had a record to save: %s", info.Saved)
	}
	if got := recordOf(t, dir); !reflect.DeepEqual(got, want) {
		t.Error("the restored record differs from the backed-up one")
	}
	if fi, _ := os.Stat(filepath.Join(dir, store.FileName)); fi.Mode().Perm() != 0o600 {
		t.Errorf("restored file mode %v", fi.Mode().Perm())
	}
}

func TestRestoreRefusesAndChangesNothing(t *testing.T) {
	a, s := demoApp(t, 10)
	good := encryptedBackup(t, a, "correct horse battery")
	plain, err := a.Backup(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(plain.Path)
	enc, _ := os.ReadFile(good)
	tmp := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(tmp, name)
		os.WriteFile(p, b, 0o600)
		return p
	}
	newer := append([]byte(nil), raw...)
	newer[63] = byte(store.LatestSchemaVersion() + 1)
	flipped := append([]byte(nil), enc...)
	flipped[len(flipped)-40] ^= 1
	tr := i18n.New("fr")
	cases := []struct {
		name, file string
		pass       func() (string, error)
		key        string
	}{
		{"wrong passphrase", good, passphrase("wrong horse battery"), "wrong_passphrase"},
		{"encrypted without passphrase", good, nil, "need_passphrase"},
		{"truncated age file", write("cut.age", enc[:len(enc)/2]), passphrase("correct horse battery"), "damaged"},
		{"altered age file", write("flip.age", flipped), passphrase("correct horse battery"), "damaged"},
		{"newer schema", write("newer.db", newer), nil, "newer"},
		{"not a database", write("notes.txt", []byte("bonjour")), nil, "not_carnet"},
		{"truncated database", write("cut.db", raw[:len(raw)/2]), nil, "damaged"},
	}
	dir := filepath.Dir(s.Path())
	s.Close()
	before, _ := os.ReadFile(filepath.Join(dir, store.FileName))
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Restore(context.Background(), dir, c.file, c.pass, nil, openStore)
			var be *BackupError
			if !errors.As(err, &be) || be.Key != c.key {
				t.Fatalf("Restore = %v, want BackupError %s", err, c.key)
			}
			if msg := Explain(tr, err); msg != tr.T("backup."+c.key) {
				t.Errorf("sentence %q", msg)
			}
			after, _ := os.ReadFile(filepath.Join(dir, store.FileName))
			if !bytes.Equal(before, after) {
				t.Error("the record changed")
			}
			if left, _ := filepath.Glob(filepath.Join(dir, ".carnet-*")); len(left) != 0 {
				t.Errorf("left behind: %v", left)
			}
		})
	}
}

func TestRestoreReplacesTheRecordAndKeepsACopyOfIt(t *testing.T) {
	ctx := context.Background()
	_, s := demoApp(t, 10)
	dir := filepath.Dir(s.Path())
	wantOld := recordOf(t, dir)
	other, os2 := demoApp(t, 25)
	otherCopy, err := other.Backup(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := recordOf(t, filepath.Dir(os2.Path()))
	s.Close()
	info, err := Restore(ctx, dir, otherCopy.Path, nil, nil, openStore)
	if err != nil {
		t.Fatal(err)
	}
	if got := recordOf(t, dir); !reflect.DeepEqual(got, want) {
		t.Error("the record is not the restored one")
	}
	saved := t.TempDir()
	b, _ := os.ReadFile(info.Saved)
	os.WriteFile(filepath.Join(saved, store.FileName), b, 0o600)
	if got := recordOf(t, saved); !reflect.DeepEqual(got, wantOld) {
		t.Error("the copy of the record before the restore differs from it")
	}
}

func TestHomeWarnsWhenThereHasBeenNoBackupForThirtyDays(t *testing.T) {
	a, _ := demoApp(t, 3)
	ctx := context.Background()
	tr := i18n.New("fr")
	cases := []struct {
		name    string
		backup  bool
		later   time.Duration
		overdue bool
	}{
		{"never backed up", false, 0, true},
		{"backed up today", true, time.Hour, false},
		{"29 days later", false, 29 * 24 * time.Hour, false},
		{"30 days later", false, 30 * 24 * time.Hour, true},
	}
	for _, c := range cases {
		if c.backup {
			if _, err := a.Backup(ctx); err != nil {
				t.Fatal(err)
			}
		}
		a.now = func() time.Time { return today.Add(c.later) }
		h, err := a.Home(ctx, tr)
		if err != nil {
			t.Fatal(err)
		}
		if h.BackupOverdue != c.overdue {
			t.Errorf("%s: BackupOverdue = %v (last %v)", c.name, h.BackupOverdue, h.LastBackup)
		}
		a.now = func() time.Time { return today }
	}
}

func TestBackupOnQuitOnlyAfterChanges(t *testing.T) {
	a, s := demoApp(t, 3)
	ctx := context.Background()
	if _, made, err := a.BackupIfChanged(ctx); err != nil || !made {
		t.Fatalf("no backup yet: made=%v err=%v, want one", made, err)
	}
	a.now = func() time.Time { return today.Add(time.Hour) }
	for _, p := range []string{s.Path(), s.Path() + "-wal"} {
		os.Chtimes(p, today.Add(-time.Hour), today.Add(-time.Hour))
	}
	if _, made, _ := a.BackupIfChanged(ctx); made {
		t.Error("a backup was made without any change")
	}
	act, err := s.ListActs(ctx, journal.ActFilter{})
	if err != nil || len(act) == 0 {
		t.Fatal(err)
	}
	act[0].Notes = "changé"
	if _, err := s.SaveAct(ctx, act[0], nil, nil); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{s.Path(), s.Path() + "-wal"} { // the real clock is far from today
		if fi, err := os.Stat(p); err == nil && fi.ModTime().After(today.Add(time.Minute)) {
			os.Chtimes(p, today.Add(30*time.Minute), today.Add(30*time.Minute))
		}
	}
	if _, made, err := a.BackupIfChanged(ctx); err != nil || !made {
		t.Errorf("after a change: made=%v err=%v, want a backup", made, err)
	}
}

func TestStagedRestoreWaitsForTheNextStart(t *testing.T) {
	ctx := context.Background()
	_, s := demoApp(t, 10)
	other, os2 := demoApp(t, 25)
	copyOf, err := other.Backup(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := recordOf(t, filepath.Dir(os2.Path()))
	dir := filepath.Dir(s.Path())
	before, _ := os.ReadFile(s.Path())
	if _, err := StageRestore(ctx, dir, copyOf.Path, nil, openStore); err != nil {
		t.Fatal(err)
	}
	if after, _ := os.ReadFile(s.Path()); !bytes.Equal(before, after) {
		t.Fatal("staging a restore changed the open record")
	}
	s.Close()
	info, done, err := FinishPendingRestore(ctx, dir, nil, openStore)
	if err != nil || !done || info.Saved == "" {
		t.Fatalf("FinishPendingRestore = %+v, %v, %v", info, done, err)
	}
	if got := recordOf(t, dir); !reflect.DeepEqual(got, want) {
		t.Error("the record is not the restored one")
	}
	if _, done, _ := FinishPendingRestore(ctx, dir, nil, openStore); done {
		t.Error("a second start restored again")
	}
}

// TestBackupsGoToTheFolderTheUserPicked: a USB key, say; when it is not
// plugged in, the backup says so, nothing is created in its place, and the
// list is simply empty.
func TestBackupsGoToTheFolderTheUserPicked(t *testing.T) {
	a, s := demoApp(t, 5)
	ctx := context.Background()
	key := filepath.Join(t.TempDir(), "CLE-USB")
	if err := os.Mkdir(key, 0o700); err != nil {
		t.Fatal(err)
	}
	p, err := s.Profile(ctx)
	if err != nil {
		t.Fatal(err)
	}
	p.BackupDir = key
	if err := s.SaveProfile(ctx, p); err != nil {
		t.Fatal(err)
	}
	info, err := a.Backup(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(info.Path) != key {
		t.Fatalf("the backup went to %s, not to the chosen folder %s", info.Path, key)
	}
	if list, err := a.ListBackups(ctx); err != nil || len(list) != 1 {
		t.Fatalf("backups listed from the chosen folder: %v, %v", list, err)
	}
	if err := os.RemoveAll(key); err != nil { // the key is unplugged
		t.Fatal(err)
	}
	_, err = a.Backup(ctx)
	var be *BackupError
	if !errors.As(err, &be) || be.Key != "folder_missing" {
		t.Fatalf("Backup with the key unplugged = %v", err)
	}
	if _, err := os.Stat(key); !os.IsNotExist(err) {
		t.Fatal("the missing folder was created on this disk")
	}
	if list, err := a.ListBackups(ctx); err != nil || len(list) != 0 {
		t.Fatalf("list with the key unplugged: %v, %v", list, err)
	}
	if h, err := a.Home(ctx, i18n.New("fr")); err != nil || !h.BackupOverdue {
		t.Fatalf("Accueil with the key unplugged: %v (overdue %v)", err, h.BackupOverdue)
	}
}
