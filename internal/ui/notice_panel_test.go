package ui

import (
	"bytes"
	"context"
	"io"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/carnet-app/carnet/internal/defence"
	"github.com/carnet-app/carnet/internal/demo"
	"github.com/carnet-app/carnet/internal/store"
)

// TestFromTheDemoWarningToItsObservationsAndDossierInThreeSteps is
// acceptance 1 of issue 13: from a warning in the demo record, the
// observations letter and the dossier of the warning's period in three
// steps — open the mail, « Se défendre… », « Préparer la lettre et le
// dossier ».
func TestFromTheDemoWarningToItsObservationsAndDossierInThreeSteps(t *testing.T) {
	u, s := newTestUI(t)
	ctx := context.Background()
	warning := demoWarning(t, s)
	saved := map[string][]byte{}
	u.opts.SaveFile = func(name string, r io.Reader) (string, error) {
		b, err := io.ReadAll(r)
		saved[name] = b
		return name, err
	}
	u.changed(changedAll)

	u.Show(ScreenMail) // 1. the warning in Courriers
	u.mail.openForm(&warning.Mail)
	if u.mail.form == nil {
		t.Fatal("the warning did not open")
	}
	test.Tap(u.mail.form.defendButton) // 2. « Se défendre… »
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("« Se défendre… » opened nothing")
	}
	prepare := findButton(t, top, u.tr.T("notice.prepare"))
	// The window in its real mode: the dossier is built off the UI
	// goroutine, the button saying so meanwhile.
	loop := &uiLoop{queue: make(chan func(), 64)}
	u.opts.Synchronous, u.opts.Post = false, func(f func()) { loop.queue <- f }
	test.Tap(prepare) // 3. the letter and the dossier
	if prepare.Text != u.tr.T("notice.preparing") || !prepare.Disabled() {
		t.Errorf("while the letter is built the button reads %q (disabled %v)", prepare.Text, prepare.Disabled())
	}
	loop.settle(t, u)
	if prepare.Text != u.tr.T("notice.prepare") || prepare.Disabled() {
		t.Errorf("once the letter is built the button reads %q (disabled %v)", prepare.Text, prepare.Disabled())
	}

	letter := saved["observations-2026-11-26.pdf"]
	dossier := saved["dossier-"+warning.Notice.PeriodFrom.Format("2006-01-02")+"-"+warning.Notice.PeriodTo.Format("2006-01-02")+".pdf"]
	if !bytes.HasPrefix(letter, []byte("%PDF")) || !bytes.HasPrefix(dossier, []byte("%PDF")) {
		names := []string{}
		for k := range saved {
			names = append(names, k)
		}
		t.Fatalf("saved %v: want the observations letter and the dossier of the warning's period", names)
	}
	test.Tap(findButton(t, top, u.tr.T("notice.mark_sent")))
	r, err := s.Notice(ctx, warning.Notice.ID)
	if err != nil || len(r.Sent) != 1 || r.Sent[0].Letter != defence.LetterObservations || !bytes.Equal(r.Sent[0].PDF, letter) {
		t.Fatalf("after « Marquer comme envoyée »: %+v %v", r.Sent, err)
	}
}

// demoWarning stores the demo record with its notices and returns the
// warning.
func demoWarning(t *testing.T, s *store.Store) demo.Notice {
	t.Helper()
	ctx := context.Background()
	rec := demo.Generate(120, 3, testToday)
	if _, err := s.Import(ctx, &rec.Profile, rec.Acts, rec.Mails, rec.Requests, rec.Meetings); err != nil {
		t.Fatal(err)
	}
	var warning demo.Notice
	for _, n := range rec.Notices {
		if _, err := s.SaveNotice(ctx, n.Notice, n.Words); err != nil {
			t.Fatal(err)
		}
		if n.Notice.Kind == defence.KindWarning {
			warning = n
		}
	}
	return warning
}

// Preparing again drops the letter prepared before, so that « Marquer
// comme envoyée » can only record the letter being built; and a letter
// still being built when the panel closes is dropped, nothing offered to
// save.
func TestOnlyTheLetterBuiltLastCanBeMarkedSent(t *testing.T) {
	u, s := newTestUI(t)
	warning := demoWarning(t, s)
	saves := 0
	u.opts.SaveFile = func(name string, r io.Reader) (string, error) {
		saves++
		_, err := io.ReadAll(r)
		return name, err
	}
	loop := &uiLoop{queue: make(chan func(), 64)}
	u.opts.Synchronous, u.opts.Post = false, func(f func()) { loop.queue <- f }
	p := u.openNoticePanel(warning.Mail)
	test.Tap(p.prepare)
	loop.settle(t, u)
	if p.letter == nil || p.markSent.Disabled() || saves != 2 {
		t.Fatalf("after the first build: letter %v, « Marquer » disabled %v, %d saves", p.letter != nil, p.markSent.Disabled(), saves)
	}
	test.Tap(p.prepare)
	if p.letter != nil || !p.markSent.Disabled() {
		t.Errorf("while a letter is built again the one before can still be marked sent")
	}
	test.Tap(p.markSent) // disabled: nothing is recorded
	p.dialog.Hide()
	loop.settle(t, u)
	if saves != 2 || p.letter != nil {
		t.Errorf("a letter built after its panel closed was offered: %d saves, letter kept %v", saves, p.letter != nil)
	}
	r, err := s.Notice(context.Background(), warning.Notice.ID)
	if err != nil || len(r.Sent) != 0 {
		t.Errorf("letters recorded as sent: %+v %v", r.Sent, err)
	}
}

// Every answer and reason stored is shown and kept when the panel saves:
// none is dropped, no point answered is lost; a row added is kept, an
// empty one is not.
func TestThePanelKeepsEveryAnswerAndReason(t *testing.T) {
	u, s := newTestUI(t)
	ctx := context.Background()
	warning := demoWarning(t, s)
	words := defence.Words{
		Answers: []defence.Answer{
			{Point: "absence de démarches en octobre", Response: "j’ai candidaté chaque semaine"},
			{Response: "les preuves sont dans le dossier joint"},
		},
		Reasons: []defence.Reason{
			{Kind: defence.ReasonTransport, Text: "grève des transports le 12 octobre"},
			{Kind: defence.ReasonChildcare, Text: "enfant malade du 20 au 24 octobre"},
		},
	}
	if _, err := s.SaveNotice(ctx, warning.Notice, words); err != nil {
		t.Fatal(err)
	}
	u.opts.SaveFile = func(name string, r io.Reader) (string, error) {
		_, err := io.ReadAll(r)
		return name, err
	}
	p := u.openNoticePanel(warning.Mail)
	if len(p.words.answers) != 2 || len(p.words.reasons) != 2 || p.words.answers[0].point.Text != "absence de démarches en octobre" {
		t.Fatalf("the panel shows %d answers and %d reasons, first point %q", len(p.words.answers), len(p.words.reasons), p.words.answers[0].point.Text)
	}
	test.Tap(p.words.addAnswer)
	test.Type(p.words.answers[2].response, "j’étais en formation la semaine du 5")
	test.Tap(p.words.addReason) // left empty: not kept
	test.Tap(p.words.addAnswer)
	test.Type(p.words.answers[3].point, "retard à l’atelier") // a point not answered yet: kept
	test.Tap(p.prepare)
	r, err := s.Notice(ctx, warning.Notice.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := append(words.Answers, defence.Answer{Response: "j’étais en formation la semaine du 5"}, defence.Answer{Point: "retard à l’atelier"})
	if len(r.Words.Answers) != 4 || r.Words.Answers[0] != want[0] || r.Words.Answers[1] != want[1] || r.Words.Answers[2] != want[2] || r.Words.Answers[3] != want[3] {
		t.Errorf("answers stored: %+v\nwant %+v", r.Words.Answers, want)
	}
	if len(r.Words.Reasons) != 2 || r.Words.Reasons[0] != words.Reasons[0] || r.Words.Reasons[1] != words.Reasons[1] {
		t.Errorf("reasons stored: %+v\nwant %+v", r.Words.Reasons, words.Reasons)
	}
}
