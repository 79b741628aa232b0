package exchange

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/defence"
	"github.com/carnet-app/carnet/internal/journal"
)

func noticeBundle(t *testing.T) Bundle {
	t.Helper()
	b := sampleBundle(t)
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	b.Mails = []journal.Mail{{ID: "mail1", Direction: journal.DirectionReceived, Date: day("2026-11-20"), Channel: journal.MailPersonalSpace,
		Kind: journal.KindWarning, Subject: "Avertissement", CreatedAt: now, UpdatedAt: now}}
	b.Notices = []defence.Record{{Notice: defence.Notice{ID: "n1", MailID: "mail1", Kind: defence.KindWarning, Date: day("2026-11-20"),
		Reference: "AV-1", Failure: defence.Failure{Kind: defence.FailureSearch, Text: "recherche insuffisante"},
		PeriodFrom: day("2026-09-01"), PeriodTo: day("2026-09-30"), Deadline: defence.Period{N: 10, Unit: defence.UnitCalendarDays},
		Addressee: []string{"France Travail", "10 rue Garibaldi", "69003 Lyon"}},
		Words: defence.Words{Answers: []defence.Answer{{Response: "j’ai postulé"}}, AskHearing: true},
		Sent: []defence.SentLetter{{ID: "l1", NoticeID: "n1", Letter: defence.LetterObservations, SentOn: day("2026-11-24"),
			PDF: []byte("%PDF observations"), Text: "Madame, Monsieur,", CreatedAt: now}},
		CreatedAt: now, UpdatedAt: now}}
	return b
}

func TestJSONRoundTripKeepsNoticesAndTheirLettersAsSent(t *testing.T) {
	var first bytes.Buffer
	in := noticeBundle(t)
	if err := WriteJSON(&first, in); err != nil {
		t.Fatal(err)
	}
	b, err := ReadJSON(first.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Notices) != 1 || !reflect.DeepEqual(b.Notices[0], in.Notices[0]) {
		t.Fatalf("notice read back:\n%+v\nwant\n%+v", b.Notices, in.Notices)
	}
	var second bytes.Buffer
	if err := WriteJSON(&second, b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Error("write → read → write changed the bytes")
	}
}

func TestAFileWithoutNoticesSaysNothingOfThem(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, sampleBundle(t)); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), `"notices"`) {
		t.Error("an export without notices names them: older files would not round-trip")
	}
}

func TestAnInvalidNoticeIsRefusedWithItsLine(t *testing.T) {
	b := noticeBundle(t)
	b.Notices[0].Notice.Failure.Text = "" // a warning states a failure
	var buf bytes.Buffer
	if err := WriteJSON(&buf, b); err != nil {
		t.Fatal(err)
	}
	_, err := ReadJSON(buf.Bytes())
	var in *InputError
	if !errors.As(err, &in) || in.Line == 0 {
		t.Fatalf("an invalid notice: %v", err)
	}
}

func TestNoticesOfMailsKeepsOnlyThoseWhoseMailIsExported(t *testing.T) {
	b := noticeBundle(t)
	free := b.Notices[0]
	free.Notice.ID, free.Notice.MailID = "n2", ""
	list := append(b.Notices, free)
	if got := NoticesOfMails(list, nil); len(got) != 1 || got[0].Notice.ID != "n2" {
		t.Errorf("without the mail: %+v", got)
	}
	if got := NoticesOfMails(list, b.Mails); len(got) != 2 {
		t.Errorf("with the mail: %d notices", len(got))
	}
}
