package ui

import (
	"bytes"
	"io"
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
