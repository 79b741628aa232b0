package carnet

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/carnet-app/carnet/i18n"
	"github.com/carnet-app/carnet/internal/defence"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/store"
)

func noticeDay(s string) time.Time {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return d
}

// noticeApp returns the application layer over a temp store with a
// profile, four acts (three in September 2026, one in October) and a
// warning about September.
func noticeApp(t *testing.T) (*App, defence.Record) {
	t.Helper()
	s, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	a := New(s, func() time.Time { return today })
	ctx := context.Background()
	p := journal.DefaultProfile()
	p.Name, p.Address, p.FranceTravailID, p.Departement = "Camille Martin", "12 rue des Lilas\n69003 Lyon", "1234567A", "69"
	if err := s.SaveProfile(ctx, p); err != nil {
		t.Fatal(err)
	}
	for _, act := range []journal.Act{
		{Date: noticeDay("2026-09-02"), Minutes: 60, Theme: "P03", Code: "Q14", Label: "Candidature vendeur", Organisation: "Boulangerie", Status: journal.StatusSent},
		{Date: noticeDay("2026-09-10"), Minutes: 30, Theme: "P03", Code: "Q15", Label: "Candidature spontanée", Organisation: "Garage", Status: journal.StatusSent},
		{Date: noticeDay("2026-09-15"), Minutes: 90, Theme: "P04", Code: "Q18", Label: "Entretien", Organisation: "Hôtel du Parc"},
		{Date: noticeDay("2026-10-02"), Minutes: 60, Theme: "P03", Code: "Q14", Label: "Candidature d’octobre", Organisation: "Supermarché", Status: journal.StatusSent},
	} {
		if _, err := s.SaveAct(ctx, act, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	r, err := a.SaveNotice(ctx, defence.Notice{Kind: defence.KindWarning, Date: noticeDay("2026-11-20"), Reference: "AV-118",
		Failure:    defence.Failure{Kind: defence.FailureSearch, Text: "recherche d’emploi insuffisante"},
		PeriodFrom: noticeDay("2026-09-01"), PeriodTo: noticeDay("2026-09-30"), Deadline: defence.Period{N: 10},
		Addressee: []string{"France Travail Lyon Part-Dieu", "10 rue Garibaldi", "69003 Lyon"}},
		defence.Words{Answers: []defence.Answer{{Response: "j’ai répondu à toutes les offres proposées"}}})
	if err != nil {
		t.Fatal(err)
	}
	return a, r
}

func TestObservationsLetterAttachesTheDossierOfTheNoticesPeriod(t *testing.T) {
	a, r := noticeApp(t)
	ctx := context.Background()
	got, err := a.DefenceLetter(ctx, r.Notice.ID, defence.LetterObservations, DefenceInput{})
	if err != nil {
		t.Fatal(err)
	}
	if got.Dossier == nil || !got.Dossier.From.Equal(noticeDay("2026-09-01")) || !got.Dossier.To.Equal(noticeDay("2026-09-30")) {
		t.Fatalf("dossier of the wrong period: %+v", got.Dossier)
	}
	// Three acts in September, 3 h in all, two applications: counted here
	// from the acts saved above.
	for _, want := range []string{"recherche d’emploi insuffisante", "1er septembre 2026", "30 septembre 2026",
		"j’ai accompli 3 démarches", "2 candidatures", "dossier de mes démarches", "répondu à toutes les offres proposées"} {
		if !strings.Contains(got.Text, want) {
			t.Errorf("letter lacks %q:\n%s", want, got.Text)
		}
	}
	if strings.Contains(got.Text, "octobre 2026, j") || len(got.Dossier.Acts) != 3 {
		t.Errorf("the October act counts in a September dossier: %d acts", len(got.Dossier.Acts))
	}
	if !strings.HasPrefix(string(got.PDF), "%PDF") || !strings.HasPrefix(string(got.DossierPDF), "%PDF") {
		t.Error("letter or dossier not rendered as PDF")
	}
}

func TestNoticeLetterSentOnceMovesTheNoticeOn(t *testing.T) {
	a, r := noticeApp(t)
	ctx := context.Background()
	items, err := a.Notices(ctx)
	if err != nil || len(items) != 1 || items[0].Status != NoticeOpen || items[0].Next.Letter != defence.LetterObservations ||
		!items[0].Deadline.Due.Equal(noticeDay("2026-11-30")) {
		t.Fatalf("notices before sending: %+v %v", items, err)
	}
	l, err := a.DefenceLetter(ctx, r.Notice.ID, defence.LetterObservations, DefenceInput{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.MarkNoticeLetterSent(ctx, r.Notice.ID, defence.LetterObservations, l.Letter, today); err != nil {
		t.Fatal(err)
	}
	_, err = a.MarkNoticeLetterSent(ctx, r.Notice.ID, defence.LetterObservations, l.Letter, today)
	if !errors.Is(err, ErrNoticeLetterSent) || !strings.Contains(Explain(i18n.New("fr"), err), "déjà") {
		t.Errorf("the same letter sent twice: %v (%s)", err, Explain(i18n.New("fr"), err))
	}
	it, err := a.NoticeByID(ctx, r.Notice.ID)
	if err != nil || len(it.Sent) != 1 || it.Sent[0].Text != l.Text || it.Next.Letter != defence.LetterAppeal {
		t.Fatalf("after sending: %+v %v", it, err)
	}
}

func TestDefenceLetterSaysWhatIsMissing(t *testing.T) {
	a, r := noticeApp(t)
	_, err := a.DefenceLetter(context.Background(), r.Notice.ID, defence.LetterRemobilisation, DefenceInput{})
	var m *MissingError
	if !errors.As(err, &m) || m.Keys[0] != defence.MissingLetterKind {
		t.Fatalf("a remobilisation letter for a warning: %v", err)
	}
	for _, lang := range []string{"fr", "en"} {
		if msg := Explain(i18n.New(lang), err); strings.Contains(msg, "missing.") {
			t.Errorf("%s: untranslated %q", lang, msg)
		}
	}
}

func TestHomeShowsANoticesDeadlineUntilItsLetterIsSent(t *testing.T) {
	a, r := noticeApp(t)
	ctx := context.Background()
	tr := i18n.New("fr")
	h, err := a.Home(ctx, tr)
	if err != nil {
		t.Fatal(err)
	}
	var found []journal.DueItem
	for _, it := range h.Upcoming {
		if it.Kind == journal.DueNotice {
			found = append(found, it)
		}
	}
	if len(found) != 1 || !found[0].Date.Equal(noticeDay("2026-11-30")) || found[0].OwnerID != r.Notice.ID ||
		!strings.Contains(found[0].Rule, "au plus tard le lundi 30 novembre 2026") || !strings.Contains(found[0].Title, "AV-118") {
		t.Fatalf("notice dates on Accueil: %+v", found)
	}
	l, err := a.DefenceLetter(ctx, r.Notice.ID, defence.LetterObservations, DefenceInput{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.MarkNoticeLetterSent(ctx, r.Notice.ID, defence.LetterObservations, l.Letter, today); err != nil {
		t.Fatal(err)
	}
	if h, err = a.Home(ctx, tr); err != nil {
		t.Fatal(err)
	}
	for _, it := range h.Upcoming {
		if it.Kind == journal.DueNotice {
			t.Errorf("the deadline stays after the observations were sent: %+v", it)
		}
	}
}
