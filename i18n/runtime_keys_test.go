package i18n

import (
	"strings"
	"testing"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
	"github.com/carnet-app/carnet/internal/store"
)

// TestEveryKeyBuiltAtRunTimeIsTranslated checks the keys the code builds
// from a domain value ("status."+s, "kind."+k…) for every value the domain
// can hold, in every language.
func TestEveryKeyBuiltAtRunTimeIsTranslated(t *testing.T) {
	var keys []string
	add := func(prefix string, values ...string) {
		for _, v := range values {
			keys = append(keys, prefix+v)
		}
	}
	for _, s := range journal.Statuses() {
		add("status.", string(s))
	}
	add("status.", "none")
	for _, c := range journal.Channels() {
		add("channel.", string(c))
	}
	for _, c := range journal.MailChannels() {
		add("mailchannel.", string(c))
	}
	for _, k := range journal.MailKinds() {
		add("mailkind.", string(k))
	}
	add("direction.", string(journal.DirectionReceived), string(journal.DirectionSent))
	for _, m := range journal.MeetingModes() {
		add("meetingmode.", string(m))
	}
	add("catalogue.", journal.Themes()...)
	for _, a := range journal.Catalogue() {
		if a.Code == "-" {
			add("catalogue.", a.Theme+".-")
		} else {
			add("catalogue.", a.Code)
		}
	}
	add("home.next_", string(journal.DueReply), string(journal.DueNextAction), string(journal.DueRequest),
		string(journal.DueCRPA), string(journal.DueMeeting), string(journal.DueCADA))
	add("due.", string(journal.DueReply), string(journal.DueNextAction), string(journal.DueRequest),
		string(journal.DueCRPA), string(journal.DueMeeting), string(journal.DueCADA))
	add("error.", journal.ProblemRequired, journal.ProblemInvalidDate, journal.ProblemInvalidTime, journal.ProblemDuration,
		journal.ProblemUnknownType, journal.ProblemUnknownValue, journal.ProblemTarget, journal.ProblemTooLarge,
		journal.ProblemTooLong, journal.ProblemDepartement, journal.ProblemEmail, journal.ProblemBirthDate,
		journal.ProblemBirthDateFuture, journal.ProblemBeforeSending, journal.ProblemYearRange, journal.ProblemDoneInFuture)
	add("error.before_sending.", "received_on", "answered_on", "extension_on", "refused_on")
	for _, k := range rights.Kinds() {
		add("kind.", string(k))
	}
	for _, s := range []rights.Status{rights.StatusDraft, rights.StatusAwaiting, rights.StatusWaiting, rights.StatusOverdue,
		rights.StatusComplete, rights.StatusIncomplete, rights.StatusRefused, rights.StatusEscalated, rights.StatusSent} {
		add("rstatus.", string(s))
	}
	for _, m := range rights.SendModes() {
		add("mode.", string(m))
	}
	for _, c := range rights.ClockKinds() {
		add("clock.", string(c))
	}
	add("recipient.", string(rights.RecipientDPO), string(rights.RecipientAgency), string(rights.RecipientCustom),
		string(rights.RecipientCNIL), string(rights.RecipientCADA))
	add("nature.", rights.DecisionNatures...)
	add("notice.", store.NoticeFolderTightened, store.NoticeDamaged, store.NoticeReadOnly)
	for _, lang := range Languages {
		msgs, err := Messages(lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range keys {
			if _, ok := msgs[k]; !ok {
				t.Errorf("%s: no message for the run-time key %q", lang, k)
			}
		}
	}
}

// TestCountsTakeTheLanguagesPluralForm checks « 1 démarche », « 2 démarches ».
func TestCountsTakeTheLanguagesPluralForm(t *testing.T) {
	tests := []struct {
		lang string
		n    int
		want string
	}{
		{"fr", 0, "0 démarche"},
		{"fr", 1, "1 démarche"},
		{"fr", 2, "2 démarches"},
		{"fr", 20000, "20\u00a0000 démarches"},
		{"en", 0, "0 acts"},
		{"en", 1, "1 act"},
		{"en", 2, "2 acts"},
	}
	for _, tt := range tests {
		if got := New(tt.lang).N("count.acts", tt.n); got != tt.want {
			t.Errorf("%s %d: %q, want %q", tt.lang, tt.n, got, tt.want)
		}
	}
	if got := New("fr").N("export.done", 1, "a.csv"); got != "1 démarche exportée dans a.csv." {
		t.Errorf("a count with another argument: %q", got)
	}
}

// TestFrenchUsesTypographicApostrophes: « d’emploi », never « d'emploi ».
func TestFrenchUsesTypographicApostrophes(t *testing.T) {
	fr, err := Messages("fr")
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range fr {
		if strings.Contains(v, "'") {
			t.Errorf("%s has a straight apostrophe: %q", k, v)
		}
	}
}
