package exchange

import (
	"sort"

	"github.com/carnet-app/carnet/internal/defence"
	"github.com/carnet-app/carnet/internal/journal"
)

// noticeJSON is a notice of control or sanction (issue 13) with the
// user's words for its letters and the letters as sent.
type noticeJSON struct {
	ID              string             `json:"id"`
	MailID          string             `json:"mail_id"`
	Kind            string             `json:"kind"`
	Date            string             `json:"date"`
	SeenOn          string             `json:"seen_on"`
	Reference       string             `json:"reference"`
	FailureKind     string             `json:"failure_kind"`
	Failure         string             `json:"failure"`
	PeriodFrom      string             `json:"period_from"`
	PeriodTo        string             `json:"period_to"`
	DeadlineN       int                `json:"deadline_n"`
	DeadlineUnit    string             `json:"deadline_unit"`
	Addressee       []string           `json:"addressee"`
	Routes          string             `json:"routes"`
	SanctionMeasure string             `json:"sanction_measure"`
	SanctionRate    int                `json:"sanction_rate"`
	SanctionMonths  int                `json:"sanction_months"`
	SanctionStart   string             `json:"sanction_start"`
	AmountCents     int64              `json:"amount_cents"`
	Answers         []defence.Answer   `json:"answers"`
	Reasons         []defence.Reason   `json:"reasons"`
	AskHearing      bool               `json:"ask_hearing"`
	Contest         string             `json:"contest"`
	Grounds         string             `json:"grounds"`
	CreatedAt       string             `json:"created_at"`
	UpdatedAt       string             `json:"updated_at"`
	DeletedAt       string             `json:"deleted_at"`
	Letters         []noticeLetterJSON `json:"letters"`
}

// noticeLetterJSON is a defence letter as sent, bytes included.
type noticeLetterJSON struct {
	ID         string `json:"id"`
	Letter     string `json:"letter"`
	SentOn     string `json:"sent_on"`
	ReceivedOn string `json:"received_on"`
	CreatedAt  string `json:"created_at"`
	Text       string `json:"text"`
	PDF        []byte `json:"pdf"`
}

// sortNotices orders notices by date, creation and ID, so the same record
// gives the same file.
func sortNotices(b *Bundle) {
	sort.SliceStable(b.Notices, func(i, j int) bool {
		x, y := b.Notices[i], b.Notices[j]
		if !x.Notice.Date.Equal(y.Notice.Date) {
			return x.Notice.Date.Before(y.Notice.Date)
		}
		if !x.CreatedAt.Equal(y.CreatedAt) {
			return x.CreatedAt.Before(y.CreatedAt)
		}
		return x.Notice.ID < y.Notice.ID
	})
}

func noticesToJSON(list []defence.Record) []noticeJSON {
	var out []noticeJSON
	for _, r := range list {
		n, w := r.Notice, r.Words
		j := noticeJSON{ID: n.ID, MailID: n.MailID, Kind: string(n.Kind), Date: date(n.Date), SeenOn: date(n.SeenOn),
			Reference: n.Reference, FailureKind: string(n.Failure.Kind), Failure: n.Failure.Text,
			PeriodFrom: date(n.PeriodFrom), PeriodTo: date(n.PeriodTo), DeadlineN: n.Deadline.N, DeadlineUnit: string(n.Deadline.Unit),
			Addressee: append([]string{}, n.Addressee...), Routes: string(n.RoutesStated), SanctionMeasure: string(n.Sanction.Measure),
			SanctionRate: n.Sanction.Rate, SanctionMonths: n.Sanction.Months, SanctionStart: date(n.Sanction.Start),
			AmountCents: n.AmountCents, Answers: append([]defence.Answer{}, w.Answers...), Reasons: append([]defence.Reason{}, w.Reasons...),
			AskHearing: w.AskHearing, Contest: w.Contest, Grounds: w.Grounds,
			CreatedAt: stamp(r.CreatedAt), UpdatedAt: stamp(r.UpdatedAt), DeletedAt: stamp(r.DeletedAt), Letters: []noticeLetterJSON{}}
		for _, l := range r.Sent {
			pdf := l.PDF
			if pdf == nil {
				pdf = []byte{}
			}
			j.Letters = append(j.Letters, noticeLetterJSON{ID: l.ID, Letter: string(l.Letter), SentOn: date(l.SentOn),
				ReceivedOn: date(l.ReceivedOn), CreatedAt: stamp(l.CreatedAt), Text: l.Text, PDF: pdf})
		}
		out = append(out, j)
	}
	return out
}

func (r *jsonReader) readNotice(line int) error {
	var in noticeJSON
	if err := r.decode(&in); err != nil {
		return err
	}
	f := fields{line: line}
	rec := defence.Record{Notice: defence.Notice{ID: in.ID, MailID: in.MailID, Kind: defence.Kind(in.Kind),
		Date: f.date("date", in.Date, true), SeenOn: f.date("seen_on", in.SeenOn, false), Reference: in.Reference,
		Failure:    defence.Failure{Kind: defence.FailureKind(in.FailureKind), Text: in.Failure},
		PeriodFrom: f.date("period_from", in.PeriodFrom, false), PeriodTo: f.date("period_to", in.PeriodTo, false),
		Deadline:  defence.Period{N: in.DeadlineN, Unit: defence.Unit(in.DeadlineUnit)},
		Addressee: in.Addressee, RoutesStated: defence.Routes(in.Routes),
		Sanction: defence.Sanction{Measure: defence.Measure(in.SanctionMeasure), Rate: in.SanctionRate, Months: in.SanctionMonths,
			Start: f.date("sanction_start", in.SanctionStart, false)},
		AmountCents: in.AmountCents},
		Words:     defence.Words{Answers: in.Answers, Reasons: in.Reasons, AskHearing: in.AskHearing, Contest: in.Contest, Grounds: in.Grounds},
		CreatedAt: f.stamp("created_at", in.CreatedAt, true), UpdatedAt: f.stamp("updated_at", in.UpdatedAt, true),
		DeletedAt: f.stamp("deleted_at", in.DeletedAt, false)}
	if len(rec.Notice.Addressee) == 0 {
		rec.Notice.Addressee = nil
	}
	if len(rec.Words.Answers) == 0 {
		rec.Words.Answers = nil
	}
	if len(rec.Words.Reasons) == 0 {
		rec.Words.Reasons = nil
	}
	for _, l := range in.Letters {
		pdf := l.PDF
		if pdf == nil {
			pdf = []byte{}
		}
		rec.Sent = append(rec.Sent, defence.SentLetter{ID: l.ID, NoticeID: in.ID, Letter: defence.LetterKind(l.Letter),
			SentOn: f.date("sent_on", l.SentOn, true), ReceivedOn: f.date("received_on", l.ReceivedOn, false),
			CreatedAt: f.stamp("created_at", l.CreatedAt, true), Text: l.Text, PDF: pdf})
	}
	if err := r.finishIn(line, "n:", in.ID, f, rec, map[string]string{"id": in.ID, "kind": in.Kind, "reference": in.Reference}); err != nil {
		return err
	}
	return r.each(Item{Line: line, Notice: &rec})
}

// NoticesOfMails keeps the notices that mark one of mails or no mail, so
// an export of a period never names a mail it leaves out.
func NoticesOfMails(list []defence.Record, mails []journal.Mail) []defence.Record {
	ids := map[string]bool{}
	for _, m := range mails {
		ids[m.ID] = true
	}
	var out []defence.Record
	for _, r := range list {
		if r.Notice.MailID == "" || ids[r.Notice.MailID] {
			out = append(out, r)
		}
	}
	return out
}
