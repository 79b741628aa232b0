package journal

import (
	"sort"
	"time"
)

// DueKind says what an upcoming date is.
type DueKind string

// The kinds of upcoming dates.
const (
	DueReply      DueKind = "reply"       // a reply I owe France Travail
	DueNextAction DueKind = "next_action" // a next action I planned on an act
	DueRequest    DueKind = "request"     // an answer France Travail owes me
	DueCRPA       DueKind = "crpa"        // silence becomes an implicit refusal
	DueMeeting    DueKind = "meeting"     // an adviser meeting
	DueCADA       DueKind = "cada"        // the last day to refer a refusal to the CADA
	DueNotice     DueKind = "notice"      // the last day to answer or appeal a control or sanction notice
)

// DueItem is one upcoming date shown on the home screen.
type DueItem struct {
	Date    time.Time
	Kind    DueKind
	Title   string
	OwnerID string // the act, mail, request or notice it comes from
	Rule    string // how the date was computed, in plain words, when it is a legal deadline
	// Reference is the text setting a legal deadline's period (« article
	// 12, paragraphe 3, du RGPD »), kept apart from Rule so that screens
	// show it only in their « Références ».
	Reference string
}

// SortDueItems orders items by date, keeping the order of equal dates.
func SortDueItems(items []DueItem) {
	sort.SliceStable(items, func(i, j int) bool { return items[i].Date.Before(items[j].Date) })
}

// UpcomingDates returns the dates due from today on (and those overdue by at
// most `overdueDays`), soonest first: reply-by dates of mail awaiting a reply
// and next actions of acts.
func UpcomingDates(acts []Act, mails []Mail, today time.Time, overdueDays int) []DueItem {
	from := Day(today).AddDate(0, 0, -overdueDays)
	var out []DueItem
	for _, m := range mails {
		if m.AwaitsReply() && !m.ReplyBy.Before(from) {
			out = append(out, DueItem{Date: m.ReplyBy, Kind: DueReply, Title: m.Subject, OwnerID: m.ID})
		}
	}
	for _, a := range acts {
		if a.NextAction != "" && !a.NextActionOn.IsZero() && !a.NextActionOn.Before(from) {
			title := a.NextAction
			if a.Organisation != "" {
				title += " — " + a.Organisation
			}
			out = append(out, DueItem{Date: a.NextActionOn, Kind: DueNextAction, Title: title, OwnerID: a.ID})
		}
	}
	SortDueItems(out)
	return out
}
