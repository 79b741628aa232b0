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
