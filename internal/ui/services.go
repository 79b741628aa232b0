package ui

import (
	"context"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// ActService reads and writes job-search acts.
type ActService interface {
	ListActs(ctx context.Context, f journal.ActFilter) ([]journal.Act, error)
	Act(ctx context.Context, id string) (journal.Act, error)
	SaveAct(ctx context.Context, a journal.Act, added []journal.Attachment, removed []string) (journal.Act, error)
	TrashAct(ctx context.Context, id string) error
	RestoreAct(ctx context.Context, id string) error
	PreviousApplications(ctx context.Context, organisation, exceptID string) ([]journal.Act, error)
	AttachmentData(ctx context.Context, id string) ([]byte, error)
}

// MailService reads and writes mail with France Travail.
type MailService interface {
	ListMails(ctx context.Context, f journal.MailFilter) ([]journal.Mail, error)
	Mail(ctx context.Context, id string) (journal.Mail, error)
	SaveMail(ctx context.Context, m journal.Mail, added []journal.Attachment, removed []string) (journal.Mail, error)
	TrashMail(ctx context.Context, id string) error
	RestoreMail(ctx context.Context, id string) error
}

// ProfileService reads and writes the user's profile and settings.
type ProfileService interface {
	Profile(ctx context.Context) (journal.Profile, error)
	SaveProfile(ctx context.Context, p journal.Profile) error
}

// RequestService reads and writes tracked requests to France Travail.
type RequestService interface {
	ListRequests(ctx context.Context) ([]rights.Request, error)
	Request(ctx context.Context, id string) (rights.Request, error)
	SaveRequest(ctx context.Context, r rights.Request) (rights.Request, error)
	MarkSent(ctx context.Context, r rights.Request, snap rights.Snapshot) (rights.Request, error)
	TrashRequest(ctx context.Context, id string) error
	RestoreRequest(ctx context.Context, id string) error
}

// MeetingService reads and writes adviser meetings.
type MeetingService interface {
	ListMeetings(ctx context.Context) ([]journal.Meeting, error)
	SaveMeeting(ctx context.Context, m journal.Meeting) (journal.Meeting, error)
	TrashMeeting(ctx context.Context, id string) error
	RestoreMeeting(ctx context.Context, id string) error
}

// ReportService reads what reports need.
type ReportService interface {
	ReportActs(ctx context.Context, from, to time.Time) ([]journal.Act, error)
}

// Services is everything the screens need from the record.
type Services interface {
	ActService
	MailService
	ProfileService
	RequestService
	MeetingService
	ReportService
}

// Options tunes the main window.
type Options struct {
	DataDir string           // shown in the settings screen
	Now     func() time.Time // the clock; time.Now when nil
	// OnLanguageChanged is called after the user picked another UI language.
	OnLanguageChanged func(lang string)
}
