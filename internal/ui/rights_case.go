package ui

import (
	"strings"

	"github.com/carnet-app/carnet/internal/rights"
)

// caseSummary phrases, in the UI language, the facts rights.CaseOf decided
// for a request: where it stands, any extension, and the CADA window. The
// letters are phrased from the same facts.
func caseSummary(u *UI, c rights.Case) string {
	tr, lbl := u.tr, u.lbl
	var lines []string
	switch c.Situation {
	case rights.SituationNotSent:
		lines = append(lines, tr.T("case.not_sent"))
	case rights.SituationPending:
		lines = append(lines, tr.T("case.pending", lbl.longDate(c.Due.Due)))
	case rights.SituationNoAnswer:
		lines = append(lines, tr.T("case.no_answer", lbl.longDate(c.Due.Due)))
	case rights.SituationIncomplete:
		lines = append(lines, tr.T("case.incomplete."+string(c.Answer), lbl.longDate(c.Request.AnsweredOn)))
	case rights.SituationComplete:
		lines = append(lines, tr.T("case.complete", lbl.longDate(c.Request.AnsweredOn)))
	case rights.SituationRefused:
		lines = append(lines, tr.T("case.refused", lbl.longDate(c.Request.RefusedOn)))
	}
	switch c.Extension {
	case rights.TimingInTime:
		lines = append(lines, tr.T("case.extension_in_time", lbl.longDate(c.Request.ExtensionOn), lbl.longDate(c.Due.Due)))
	case rights.TimingLate:
		lines = append(lines, tr.T("case.extension_late", lbl.longDate(c.Request.ExtensionOn), lbl.longDate(c.OneMonth.Due)))
	}
	if n := len(c.Reminders); n > 0 {
		lines = append(lines, tr.T("case.reminders", lbl.longDate(c.Reminders[n-1].SentOn)))
	}
	if line := cadaSummary(u, c); line != "" {
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

// cadaSummary says whether the CADA can still be seized, and until when.
func cadaSummary(u *UI, c rights.Case) string {
	t := c.CRPA
	if t == nil || t.Refusal == rights.RefusalNone || len(t.Missing) == 0 {
		return ""
	}
	tr, lbl := u.tr, u.lbl
	switch {
	case t.WindowOpen:
		return tr.T("case.cada_open", lbl.longDate(t.Window.Due))
	case c.CADAGroundsLost():
		return tr.T("case.cada_lost", lbl.longDate(t.Window.Due))
	}
	return tr.T("case.cada_l112_6", lbl.longDate(t.Window.Due))
}
