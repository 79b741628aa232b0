package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// backupFolderRow shows where the rolling backups go and lets the user
// pick another folder (a USB key…) or go back to the data folder's.
type backupFolderRow struct {
	ui      *UI
	content fyne.CanvasObject
	where   *widget.Label
	reset   *widget.Button
	// pick asks for a folder and calls back with its path; tests replace it.
	pick func(func(path string))
}

func newBackupFolderRow(u *UI, changed func()) *backupFolderRow {
	r := &backupFolderRow{ui: u, where: widget.NewLabel("")}
	r.where.Wrapping = fyne.TextWrapWord
	r.pick = func(done func(string)) {
		d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
			if err != nil {
				u.showError(err)
				return
			}
			if dir != nil {
				done(dir.Path())
			}
		}, u.win)
		u.showFileDialog(d)
	}
	choose := widget.NewButtonWithIcon(u.tr.T("backups.folder_choose"), theme.FolderOpenIcon(), func() {
		r.pick(func(path string) { r.set(path, changed) })
	})
	r.reset = widget.NewButton(u.tr.T("backups.folder_default_button"), func() { r.set("", changed) })
	r.content = container.NewVBox(r.where, newFlow(choose, r.reset))
	return r
}

// show writes where the backups go now.
func (r *backupFolderRow) show(dir string) {
	if dir == "" {
		r.where.SetText(r.ui.tr.T("backups.folder_default"))
		r.reset.Hide()
		return
	}
	r.where.SetText(r.ui.tr.T("backups.folder_chosen", dir))
	r.reset.Show()
}

// set saves the folder chosen ("" for the data folder's) in the profile.
func (r *backupFolderRow) set(dir string, changed func()) {
	u := r.ui
	p, err := u.svc.Profile(u.ctx)
	if err != nil {
		u.showError(err)
		return
	}
	p.BackupDir = dir
	// On a first run the window speaks the system's language, not yet
	// saved: keep the one on screen rather than the profile's default.
	p.Language = u.tr.Lang()
	if err := u.svc.SaveProfile(u.ctx, p); err != nil {
		u.showError(err)
		return
	}
	u.settings.profile.BackupDir = dir // the form saves the rest of the profile as it is
	r.show(dir)
	changed()
}
