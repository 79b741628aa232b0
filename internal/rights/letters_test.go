package rights

import (
	"strings"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

var today = time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)

func testProfile() journal.Profile {
	p := journal.DefaultProfile()
	p.Name = "Camille Martin"
	p.Address = "12 rue des Lilas\n69003 Lyon"
	p.FranceTravailID = "1234567A"
	p.Departement = "69"
	return p
}

func sentAccess() Request {
	return Request{ID: "r1", Kind: KindAccess, Recipient: AddressDPO, Mode: ModeRegistered,
		SentOn: day("2026-09-01"), RegisteredNumber: "1A 234 567 8901 2", ReceivedOn: day("2026-09-03")}
}

func TestALetterWithARequiredFieldEmptyIsNotProduced(t *testing.T) {
	empty := journal.DefaultProfile()
	_, missing := BuildLetter(LetterInput{Profile: empty, Request: Request{Kind: KindAccess}, Today: today})
	for _, want := range []string{MissingName, MissingAddress, MissingFTID, MissingRecipient} {
		if !contains(missing, want) {
			t.Errorf("missing %v lacks %s", missing, want)
		}
	}
	_, missing = BuildLetter(LetterInput{Profile: testProfile(), Request: Request{Kind: KindExplanation, Recipient: AddressDPO}, Today: today})
	if !contains(missing, MissingDecisionDay) || !contains(missing, MissingNature) {
		t.Errorf("explanation missing %v", missing)
	}
	_, missing = BuildLetter(LetterInput{Profile: testProfile(), Request: Request{Kind: KindObjection, Recipient: AddressDPO}, Today: today})
	if !contains(missing, MissingStatement) {
		t.Errorf("objection missing %v", missing)
	}
	waiting := sentAccess()
	_, missing = BuildLetter(LetterInput{Profile: testProfile(), Request: Request{Kind: KindReminder}, Parent: &waiting, Today: day("2026-09-20")})
	if !contains(missing, MissingGrounds) {
		t.Errorf("a reminder before the due date: missing %v", missing)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestStatusFollowsTheClock(t *testing.T) {
	r := Request{Kind: KindAccess, Mode: ModeRegistered}
	if s := r.StatusOn(today, "75", false); s != StatusDraft {
		t.Fatalf("unsent: %s", s)
	}
	r.SentOn = day("2026-10-20")
	if s := r.StatusOn(today, "75", false); s != StatusAwaiting {
		t.Fatalf("sent, no receipt: %s", s)
	}
	r.ReceivedOn = day("2026-10-22")
	if s := r.StatusOn(day("2026-11-20"), "75", false); s != StatusWaiting {
		t.Fatalf("received: %s", s)
	}
	if s := r.StatusOn(day("2026-11-24"), "75", false); s != StatusOverdue {
		t.Fatalf("after 23 November: %s", s)
	}
	r.ExtensionOn = day("2026-11-10")
	if due, _ := r.Due("75"); !due.Due.Equal(day("2027-01-22")) {
		t.Fatalf("extended due %v", due.Due)
	}
	r.AnsweredOn = day("2026-12-01")
	r.Checklist = map[string]bool{}
	for _, it := range r.Asked() {
		r.Checklist[it.Key] = true
	}
	if s := r.StatusOn(today, "75", false); s != StatusComplete {
		t.Fatalf("all ticked: %s", s)
	}
	r.Checklist["h"] = false
	if s := r.StatusOn(today, "75", false); s != StatusIncomplete || len(r.Missing()) != 1 || r.Missing()[0].Key != "h" {
		t.Fatalf("one missing: %s %v", s, r.Missing())
	}
}

func TestEveryParagraphNoteIsATranslationKey(t *testing.T) {
	done := sentAccess()
	done.AnsweredOn = day("2026-10-01")
	inputs := []LetterInput{
		{Request: Request{Kind: KindAccess, Recipient: AddressDPO}},
		{Request: Request{Kind: KindExplanation, Recipient: AddressDPO, Decision: Decision{Date: day("2026-10-01"), Nature: "radiation", ScoreWeighed: true}}},
		{Request: Request{Kind: KindRectification, Recipient: AddressDPO, Corrections: []Correction{{Recorded: "a", Truth: "b"}}, Statement: "c"}},
		{Request: Request{Kind: KindObjection, Recipient: AddressDPO, Statement: "situation"}},
		{Request: Request{Kind: KindReminder}, Parent: &done},
		{Request: Request{Kind: KindCNIL}, Parent: &done},
		{Request: Request{Kind: KindCADA}, Parent: &done},
	}
	for _, in := range inputs {
		in.Profile, in.Today = testProfile(), today
		l, missing := BuildLetter(in)
		if len(missing) > 0 {
			t.Fatalf("%s: missing %v", in.Request.Kind, missing)
		}
		for _, b := range l.Body {
			if b.Note != "" && !strings.HasPrefix(b.Note, "letternote.") {
				t.Errorf("%s: note %q is not a translation key", in.Request.Kind, b.Note)
			}
		}
	}
}
