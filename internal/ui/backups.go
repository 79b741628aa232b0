package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/carnet"
)

// backupsSection is Paramètres → « Sauvegardes »: when the last backup was
// made, the rolling backups with their date, size and state, « Sauvegarder
// maintenant » and « Sauvegarde chiffrée… ». Every backup runs in the
// background.
type backupsSection struct {
	ui      *UI
	content fyne.CanvasObject
	last    *widget.Label
	rows    *fyne.Container
	status  *widget.Label

	folder                                       *backupFolderRow
	backupButton, encryptedButton, restoreButton *widget.Button
	loading, working                             loadSlot
	lines                                        labelPool
}

func newBackupsSection(u *UI) *backupsSection {
	s := &backupsSection{ui: u}
	s.buildUI()
	return s
}

func (s *backupsSection) buildUI() {
	tr := s.ui.tr
	s.last = widget.NewLabel("")
	s.rows = container.NewVBox()
	s.status = widget.NewLabel("")
	s.status.Wrapping = fyne.TextWrapWord
	s.backupButton = widget.NewButtonWithIcon(tr.T("backups.now"), theme.DocumentSaveIcon(), s.onBackupTapped)
	s.encryptedButton = widget.NewButtonWithIcon(tr.T("backups.encrypted"), theme.VisibilityOffIcon(), s.onEncryptedTapped)
	s.restoreButton = widget.NewButtonWithIcon(tr.T("backups.restore"), theme.HistoryIcon(), s.onRestoreTapped)
	if s.ui.opts.StageRestore == nil {
		s.restoreButton.Hide()
	}
	s.folder = newBackupFolderRow(s.ui, func() { s.refresh(); s.ui.home.refresh() })
	help := widget.NewLabel(tr.T("backups.help"))
	help.Wrapping = fyne.TextWrapWord
	s.content = container.NewVBox(
		widget.NewSeparator(),
		widget.NewLabelWithStyle(tr.T("backups.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		help, s.folder.content, s.last, s.rows,
		newFlow(s.backupButton, s.encryptedButton, s.restoreButton),
		s.status,
	)
}

// ShowBackups shows Paramètres scrolled down to « Sauvegardes ».
func (u *UI) ShowBackups() {
	u.Show(ScreenSettings)
	u.settings.scroll.ScrollToBottom()
}

// refresh reads the list of backups in the background.
func (s *backupsSection) refresh() {
	if s.ui.settings != nil {
		s.folder.show(s.ui.settings.profile.BackupDir)
	}
	load(s.ui, &s.loading, s.ui.svc.ListBackups, s.show)
}

// show draws the list of backups, newest first.
func (s *backupsSection) show(list []carnet.BackupInfo) {
	tr := s.ui.tr
	if len(list) == 0 {
		s.last.SetText(tr.T("backups.none"))
	} else {
		s.last.SetText(tr.T("backups.last", formatStamp(list[0].Time)))
	}
	lines := s.lines.start()
	for _, b := range list {
		importance := widget.MediumImportance
		if b.State != carnet.BackupOK {
			importance = widget.DangerImportance
		}
		lines.add(fmt.Sprintf("%s — %s — %s", formatStamp(b.Time), formatSize(b.Size), tr.T("backups.state."+string(b.State))), importance)
	}
	lines.show(s.rows)
}

// formatStamp writes a backup's time in the local zone, as 28/11/2026 06:12.
func formatStamp(t time.Time) string { return t.Local().Format("02/01/2006 15:04") }

// formatSize writes a file size for a person: 512 o, 84 Ko, 12,5 Mo.
func formatSize(n int64) string {
	switch {
	case n < 1<<10:
		return fmt.Sprintf("%d o", n)
	case n < 1<<20:
		return fmt.Sprintf("%d Ko", n>>10)
	}
	return strings.Replace(fmt.Sprintf("%.1f Mo", float64(n)/(1<<20)), ".", ",", 1)
}

func (s *backupsSection) onBackupTapped() {
	s.busy(true, s.ui.tr.T("backups.working"))
	load(s.ui, &s.working, func(ctx context.Context) (outcome[carnet.BackupInfo], error) {
		b, err := s.ui.svc.Backup(ctx)
		return outcome[carnet.BackupInfo]{b, err}, nil
	}, func(o outcome[carnet.BackupInfo]) {
		s.refresh()
		if o.err != nil {
			s.busy(false, "")
			s.ui.showError(o.err)
			return
		}
		s.busy(false, s.ui.tr.T("backups.done", formatStamp(o.value.Time)))
	})
}

// busy disables the buttons while a backup runs and says what happens.
func (s *backupsSection) busy(on bool, status string) {
	for _, b := range []*widget.Button{s.backupButton, s.encryptedButton, s.restoreButton} {
		if on {
			b.Disable()
		} else {
			b.Enable()
		}
	}
	s.status.SetText(status)
}

// onEncryptedTapped asks for the passphrase twice, writes the encrypted
// copy in the background into the backup folder, then offers to save it
// where the user wants (a USB key, a shared cloud folder).
func (s *backupsSection) onEncryptedTapped() {
	tr := s.ui.tr
	pass, again := widget.NewPasswordEntry(), widget.NewPasswordEntry()
	items := []*widget.FormItem{
		widget.NewFormItem(tr.T("backups.passphrase"), pass),
		widget.NewFormItem(tr.T("backups.passphrase_again"), again),
		widget.NewFormItem("", widget.NewLabel(tr.T("backups.passphrase_help"))),
	}
	dialog.ShowForm(tr.T("backups.encrypted"), tr.T("backups.encrypt"), tr.T("action.cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		if pass.Text != again.Text {
			s.ui.showError(&carnet.BackupError{Key: "mismatch"})
			return
		}
		s.encrypt(pass.Text)
	}, s.ui.win)
}

// encrypt writes the encrypted copy off the UI goroutine, then hands it
// to the save dialog.
func (s *backupsSection) encrypt(passphrase string) {
	s.busy(true, s.ui.tr.T("backups.encrypting"))
	load(s.ui, &s.working, func(ctx context.Context) (outcome[string], error) {
		path, err := s.ui.svc.EncryptedBackupFile(ctx, passphrase)
		return outcome[string]{path, err}, nil
	}, func(o outcome[string]) {
		s.busy(false, "")
		if o.err != nil {
			s.ui.showError(o.err)
			return
		}
		path := o.value
		name := "carnet-" + s.ui.today().Format("2006-01-02") + ".age"
		s.ui.saveFileAs(name, path, func(saved string) {
			os.Remove(path)
			s.status.SetText(s.ui.tr.T("backups.encrypted_done", filepath.Base(saved)))
		})
	})
}

// outcome carries a use case's error to the window, so that the section
// re-enables its buttons before telling it.
type outcome[T any] struct {
	value T
	err   error
}

// onRestoreTapped asks for the backup file, then its passphrase when it is
// encrypted, then a confirmation.
func (s *backupsSection) onRestoreTapped() {
	d := dialog.NewFileOpen(func(f fyne.URIReadCloser, err error) {
		if err != nil {
			s.ui.showError(err)
			return
		}
		if f == nil {
			return
		}
		path := f.URI().Path()
		f.Close()
		s.askRestore(path)
	}, s.ui.win)
	s.ui.showFileDialog(d)
}

// askRestore asks for the passphrase of an encrypted file, then confirms.
func (s *backupsSection) askRestore(path string) {
	tr := s.ui.tr
	confirm := func(passphrase string) {
		dialog.ShowConfirm(tr.T("backups.restore"), tr.T("backups.restore_confirm", filepath.Base(path)), func(ok bool) {
			if ok {
				s.restore(path, passphrase)
			}
		}, s.ui.win)
	}
	if !carnet.IsEncryptedBackup(path) {
		confirm("")
		return
	}
	pass := widget.NewPasswordEntry()
	items := []*widget.FormItem{widget.NewFormItem(tr.T("backups.passphrase"), pass)}
	dialog.ShowForm(tr.T("backups.restore"), tr.T("backups.restore_go"), tr.T("action.cancel"), items, func(ok bool) {
		if ok {
			confirm(pass.Text)
		}
	}, s.ui.win)
}

// restore reads and checks the file in the background; the record is
// replaced when Carnet starts next.
func (s *backupsSection) restore(path, passphrase string) {
	s.busy(true, s.ui.tr.T("backups.restoring"))
	load(s.ui, &s.working, func(ctx context.Context) (outcome[string], error) {
		return outcome[string]{path, s.ui.opts.StageRestore(ctx, path, passphrase)}, nil
	}, func(o outcome[string]) {
		if o.err != nil {
			s.busy(false, "")
			s.ui.showError(o.err)
			return
		}
		s.busy(false, s.ui.tr.T("backups.restore_ready", filepath.Base(o.value)))
	})
}
