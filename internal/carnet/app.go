package carnet

import (
	"context"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// ActRecord reads and writes job-search acts.
type ActRecord interface {
	ListActs(ctx context.Context, f journal.ActFilter) ([]journal.Act, error)
	ActsPage(ctx context.Context, f journal.ActFilter, after *journal.Act, limit int) ([]journal.Act, error)
	ActTotals(ctx context.Context, f journal.ActFilter) (journal.Totals, error)
	DayTotals(ctx context.Context, from, to time.Time) ([]journal.DayTotal, error)
	NextActions(ctx context.Context, from time.Time) ([]journal.Act, error)
	Act(ctx context.Context, id string) (journal.Act, error)
	SaveAct(ctx context.Context, a journal.Act, added []journal.Attachment, removed []string) (journal.Act, error)
	TrashAct(ctx context.Context, id string) error
	RestoreAct(ctx context.Context, id string) error
	PreviousApplications(ctx context.Context, organisation, exceptID string) ([]journal.Act, error)
	AttachmentData(ctx context.Context, id string) ([]byte, error)
	ReportActs(ctx context.Context, from, to time.Time) ([]journal.Act, error)
}

// MailRecord reads and writes mail with France Travail.
type MailRecord interface {
	ListMails(ctx context.Context, f journal.MailFilter) ([]journal.Mail, error)
	Mail(ctx context.Context, id string) (journal.Mail, error)
	SaveMail(ctx context.Context, m journal.Mail, added []journal.Attachment, removed []string) (journal.Mail, error)
	TrashMail(ctx context.Context, id string) error
	RestoreMail(ctx context.Context, id string) error
}

// ProfileRecord reads and writes the user's profile and settings.
type ProfileRecord interface {
	Profile(ctx context.Context) (journal.Profile, error)
	SaveProfile(ctx context.Context, p journal.Profile) error
}

// RequestRecord reads and writes tracked requests to France Travail.
type RequestRecord interface {
	ListRequests(ctx context.Context) ([]rights.Request, error)
	Request(ctx context.Context, id string) (rights.Request, error)
	SaveRequest(ctx context.Context, r rights.Request) (rights.Request, error)
	MarkSent(ctx context.Context, r rights.Request, snap rights.Snapshot) (rights.Request, error)
	TrashRequest(ctx context.Context, id string) error
	RestoreRequest(ctx context.Context, id string) error
}

// MeetingRecord reads and writes adviser meetings. Saving a meeting turns
// its dated agreed actions into planned acts (journal.PlanAgreedActions),
// in the same transaction.
type MeetingRecord interface {
	ListMeetings(ctx context.Context) ([]journal.Meeting, error)
	SaveMeeting(ctx context.Context, m journal.Meeting) (journal.Meeting, error)
	TrashMeeting(ctx context.Context, id string) error
	RestoreMeeting(ctx context.Context, id string) error
}

// TrashRecord lists what was deleted and can still be restored.
type TrashRecord interface {
	ListTrash(ctx context.Context) ([]journal.TrashItem, error)
}

// Record is the user's record as the use cases need it. internal/store
// implements it; app passes the concrete store to New.
type Record interface {
	ActRecord
	MailRecord
	ProfileRecord
	RequestRecord
	MeetingRecord
	TrashRecord
}

// App runs Carnet's use cases on one record. The plain reads and writes of
// the record are promoted from it; the use cases are App's own methods.
// It is safe for concurrent use when the record is.
type App struct {
	Record
	now func() time.Time
}

// New returns the application layer over rec. now is the clock (time.Now
// when nil); the use cases date their documents with it.
func New(rec Record, now func() time.Time) *App {
	if now == nil {
		now = time.Now
	}
	return &App{Record: rec, now: now}
}

// Now returns the application's current time.
func (a *App) Now() time.Time { return a.now() }
