package journal

import "time"

// ActFilter narrows the list of acts. Zero fields do not filter.
type ActFilter struct {
	From   time.Time // first day included
	To     time.Time // last day included
	Theme  string
	Status Status
	Query  string // full-text search, accent- and case-insensitive
}

// MailFilter narrows the list of mail. Zero fields do not filter.
type MailFilter struct {
	From  time.Time
	To    time.Time
	Kind  MailKind
	Query string
	// AwaitingReply keeps only the mail that Mail.AwaitsReply: received,
	// with a reply-by date, and no reply linked yet.
	AwaitingReply bool
}
