package journal

import "time"

// TrashKind says what a trashed item is.
type TrashKind string

// The kinds of items the trash holds.
const (
	TrashAct     TrashKind = "act"
	TrashMail    TrashKind = "mail"
	TrashRequest TrashKind = "request"
	TrashMeeting TrashKind = "meeting"
)

// TrashItem is one deleted item, restorable until the trash is emptied.
type TrashItem struct {
	Kind      TrashKind
	ID        string
	Date      time.Time // the act's, mail's or meeting's date; the request's creation
	Title     string    // act label (may be empty), mail subject, request kind, adviser
	Detail    string    // the act's organisation
	Theme     string    // the act's theme and code, to name an act without a label
	Code      string
	DeletedAt time.Time
}
