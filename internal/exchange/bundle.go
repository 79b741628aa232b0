package exchange

import (
	"sort"

	"github.com/carnet-app/carnet/internal/answerfind"
	"github.com/carnet-app/carnet/internal/defence"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// Bundle is the whole record, or the part of it chosen for an export.
type Bundle struct {
	Profile  *journal.Profile // nil when the file has none
	Acts     []journal.Act    // with history and attachment bodies
	Mails    []journal.Mail   // with attachment bodies
	Requests []rights.Request // with the letters as sent
	Meetings []journal.Meeting
	// AnswerFiles are the files of France Travail's answers, with bytes.
	AnswerFiles []answerfind.AnswerFile
	// Facts are the facts the user confirmed from the answers.
	Facts []answerfind.ConfirmedFact
	// Notices are the notices of control or sanction, with the user's
	// words and the letters as sent, bytes included.
	Notices []defence.Record
}

// sortBundle orders acts and mail by date then ID, history and attachments
// by their own dates then ID, so that the same record always gives the same
// file.
func sortBundle(b *Bundle) {
	sort.SliceStable(b.Acts, func(i, j int) bool {
		x, y := b.Acts[i], b.Acts[j]
		if !x.Date.Equal(y.Date) {
			return x.Date.Before(y.Date)
		}
		return x.ID < y.ID
	})
	sort.SliceStable(b.Mails, func(i, j int) bool {
		x, y := b.Mails[i], b.Mails[j]
		if !x.Date.Equal(y.Date) {
			return x.Date.Before(y.Date)
		}
		return x.ID < y.ID
	})
	for i := range b.Acts {
		h := b.Acts[i].History
		sort.SliceStable(h, func(p, q int) bool {
			if !h[p].Date.Equal(h[q].Date) {
				return h[p].Date.Before(h[q].Date)
			}
			if !h[p].CreatedAt.Equal(h[q].CreatedAt) {
				return h[p].CreatedAt.Before(h[q].CreatedAt)
			}
			return h[p].ID < h[q].ID
		})
		sortAttachments(b.Acts[i].Attachments)
	}
	for i := range b.Mails {
		sortAttachments(b.Mails[i].Attachments)
	}
	sort.SliceStable(b.Requests, func(i, j int) bool { return b.Requests[i].ID < b.Requests[j].ID })
	sort.SliceStable(b.Meetings, func(i, j int) bool { return b.Meetings[i].ID < b.Meetings[j].ID })
	sortAnswers(b)
	sortNotices(b)
}

func sortAttachments(a []journal.Attachment) {
	sort.SliceStable(a, func(i, j int) bool {
		if !a[i].CreatedAt.Equal(a[j].CreatedAt) {
			return a[i].CreatedAt.Before(a[j].CreatedAt)
		}
		return a[i].ID < a[j].ID
	})
}
