package ui

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/store"
)

// rowTexts returns the texts of the labels in a section's list.
func rowTexts(box *fyne.Container) []string {
	var out []string
	for _, o := range box.Objects {
		if l, ok := o.(*widget.Label); ok {
			out = append(out, l.Text)
		}
	}
	return out
}

func TestSettingsBackupsListWhatIsMadeAndSaveAnEncryptedCopy(t *testing.T) {
	test.NewTempApp(t)
	s, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1100, 760))
	clock := func() time.Time { return testToday }
	var saved bytes.Buffer
	savedName := ""
	u := New(w, carnet.New(s, clock), "fr", Options{Now: clock, Synchronous: true,
		SaveFile: func(name string, r io.Reader) (string, error) {
			savedName = name
			_, err := io.Copy(&saved, r)
			return name, err
		}})
	u.Show(ScreenSettings)
	b := u.settings.backups
	if b.last.Text != "Aucune sauvegarde pour l’instant." || len(b.rows.Objects) != 0 {
		t.Fatalf("before any backup: %q, %d rows", b.last.Text, len(b.rows.Objects))
	}
	test.Tap(b.backupButton)
	if !strings.HasPrefix(b.last.Text, "Dernière sauvegarde : ") {
		t.Errorf("last backup: %q", b.last.Text)
	}
	rows := rowTexts(b.rows)
	if len(rows) != 1 || !strings.HasSuffix(rows[0], "— bonne") || !strings.Contains(rows[0], " Ko") {
		t.Errorf("rows after one backup: %q", rows)
	}
	if !strings.Contains(b.status.Text, "écrite et vérifiée") || b.backupButton.Disabled() {
		t.Errorf("status %q, button disabled %v", b.status.Text, b.backupButton.Disabled())
	}

	b.encrypt("court")
	if b.backupButton.Disabled() || saved.Len() != 0 {
		t.Fatal("a refused passphrase left the buttons disabled or saved a file")
	}
	b.encrypt("une phrase assez longue")
	if !strings.HasSuffix(savedName, ".age") || !bytes.HasPrefix(saved.Bytes(), []byte("age-encryption.org/v1\n")) {
		t.Fatalf("saved %q (%d bytes), want an age file", savedName, saved.Len())
	}
	if !strings.Contains(b.status.Text, savedName) {
		t.Errorf("status after the encrypted copy: %q", b.status.Text)
	}
}

func TestHomeWarnsUntilTheRecordIsBackedUp(t *testing.T) {
	u, _ := newTestUI(t)
	u.Show(ScreenHome)
	if !u.home.backup.Visible() || !strings.Contains(u.home.backup.Text, "Aucune sauvegarde") {
		t.Fatalf("warning before any backup: visible=%v %q", u.home.backup.Visible(), u.home.backup.Text)
	}
	u.Show(ScreenSettings)
	test.Tap(u.settings.backups.backupButton)
	u.home.refresh()
	if u.home.backup.Visible() {
		t.Errorf("warning still shown after a backup: %q", u.home.backup.Text)
	}
}

func TestSettingsRestoreChecksTheFileAndLeavesItForTheNextStart(t *testing.T) {
	test.NewTempApp(t)
	dir := t.TempDir()
	s, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	w := test.NewTempWindow(t, nil)
	clock := func() time.Time { return testToday }
	open := func(d string) (carnet.RestoreRecord, error) { return store.Open(d) }
	u := New(w, carnet.New(s, clock), "fr", Options{Now: clock, Synchronous: true,
		StageRestore: func(ctx context.Context, file, pass string) error {
			_, err := carnet.StageRestore(ctx, dir, file, func() (string, error) { return pass, nil }, open)
			return err
		}})
	u.Show(ScreenSettings)
	b := u.settings.backups
	test.Tap(b.backupButton)
	list, err := carnet.New(s, clock).ListBackups(context.Background())
	if err != nil || len(list) != 1 {
		t.Fatalf("backups: %v %v", list, err)
	}
	notes := filepath.Join(t.TempDir(), "notes.db")
	os.WriteFile(notes, []byte("pas une sauvegarde"), 0o600)
	b.restore(notes, "")
	if _, err := os.Stat(filepath.Join(dir, carnet.PendingRestore)); err == nil || b.restoreButton.Disabled() {
		t.Fatal("a file that is not a backup was staged, or the buttons stay disabled")
	}
	b.restore(list[0].Path, "")
	if _, err := os.Stat(filepath.Join(dir, carnet.PendingRestore)); err != nil {
		t.Fatalf("no pending restore after « Restaurer… »: %v", err)
	}
	if !strings.Contains(b.status.Text, "rouvrez Carnet") {
		t.Errorf("status %q", b.status.Text)
	}
}

// TestABackupMadeAtStartClearsTheWarning: the automatic backup runs
// outside the window; BackedUp then drops Accueil's warning.
func TestABackupMadeAtStartClearsTheWarning(t *testing.T) {
	u, st := newTestUI(t)
	if !u.home.backup.Visible() {
		t.Fatal("no warning before any backup")
	}
	if _, _, err := carnet.New(st, u.opts.Now).AutoBackup(context.Background()); err != nil {
		t.Fatal(err)
	}
	u.BackedUp()
	if u.home.backup.Visible() {
		t.Errorf("warning still shown after the automatic backup: %q", u.home.backup.Text)
	}
}
