package ui

import (
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

// The methods below run what a button of the window runs, for scripts
// (captures) and for the tests that compare the window's files with the
// command line's. The files go to Options.SaveFile.

// MakeDossier types the period into « Rapports » and runs its button for
// format (carnet.FormatPDF…), as a user would. The file is built in the
// background; WaitLoaded does not wait for it, Options.SaveFile receives it.
func (u *UI) MakeDossier(from, to time.Time, format string) {
	u.Show(ScreenReports)
	r := u.reports
	r.preset.SetSelectedIndex(3)
	r.from.SetText(journal.FormatShortDate(from))
	r.to.SetText(journal.FormatShortDate(to))
	r.onMakeTapped(format)
}

// MakeNextMeetingBrief opens the next meeting and runs its brief button.
func (u *UI) MakeNextMeetingBrief() {
	u.OpenNextMeeting()
	if u.meetings.form != nil {
		u.meetings.form.onBriefTapped()
	}
}

// SaveDraftLetter opens the draft letter with the given request ID at its
// preview and runs « Enregistrer le PDF ».
func (u *UI) SaveDraftLetter(id string) {
	u.Show(ScreenRights)
	u.rights.openDetail(id)
	if w := u.rights.wizard; w != nil {
		w.showStep(3)
		if len(w.letter.PDF) > 0 {
			w.onSavePDFTapped()
		}
	}
}
