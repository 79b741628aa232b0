package ui

// onDefendTapped saves the mail, then opens the notice it is marked as (a
// new one pre-filled from the mail) with the letter that comes next.
func (f *mailForm) onDefendTapped() {
	m, bad := f.read()
	if f.rejects(bad, m) {
		return
	}
	saved, err := f.ui.svc.SaveMail(f.ui.ctx, m, f.attachments.added, f.attachments.removed)
	if err != nil {
		f.ui.showError(err)
		return
	}
	f.done(nil)
	f.ui.openNoticePanel(saved)
}
