package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestTheBackupFolderCanBeAUSBKey: Paramètres → Sauvegardes picks a folder,
// saves it in the profile, and can go back to the data folder; saving the
// rest of the settings keeps the choice.
func TestTheBackupFolderCanBeAUSBKey(t *testing.T) {
	u, st := newTestUI(t)
	key := t.TempDir()
	u.Show(ScreenSettings)
	row := u.settings.backups.folder
	if !strings.Contains(row.where.Text, "dossier « backups »") || row.reset.Visible() {
		t.Fatalf("default folder shown as %q", row.where.Text)
	}
	row.pick = func(done func(string)) { done(key) }
	choose := buttons(row.content)[0]
	test.Tap(choose)
	if p, _ := st.Profile(context.Background()); p.BackupDir != key {
		t.Fatalf("the profile keeps %q", p.BackupDir)
	}
	if !strings.Contains(row.where.Text, key) || !row.reset.Visible() {
		t.Fatalf("chosen folder shown as %q", row.where.Text)
	}
	test.Tap(u.settings.saveButton) // the rest of the settings, saved again
	if p, _ := st.Profile(context.Background()); p.BackupDir != key {
		t.Fatalf("saving the settings dropped the folder: %q", p.BackupDir)
	}
	test.Tap(row.reset)
	if p, _ := st.Profile(context.Background()); p.BackupDir != "" {
		t.Fatalf("back to the data folder: %q", p.BackupDir)
	}
}

// TestChoosingABackupFolderKeepsTheLanguageOnScreen: on a first run the
// window speaks the system's language (English here) while the empty
// profile says French; choosing a backup folder must not switch the next
// start to French.
func TestChoosingABackupFolderKeepsTheLanguageOnScreen(t *testing.T) {
	u, st := newTestUI(t)
	u.setLanguage("en")
	u.Show(ScreenSettings)
	row := u.settings.backups.folder
	row.pick = func(done func(string)) { done(t.TempDir()) }
	test.Tap(buttons(row.content)[0])
	if p, _ := st.Profile(context.Background()); p.Language != "en" {
		t.Fatalf("the profile now says %q", p.Language)
	}
}
