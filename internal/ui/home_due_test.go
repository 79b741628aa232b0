package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/journal"
)

// buttons returns the buttons inside o.
func buttons(o fyne.CanvasObject) []*widget.Button {
	var out []*widget.Button
	switch w := o.(type) {
	case *widget.Button:
		out = append(out, w)
	case *fyne.Container:
		for _, c := range w.Objects {
			out = append(out, buttons(c)...)
		}
	}
	return out
}

// TestOverdueDatesComeFirstAndEveryDateOpensItsRecord: a reply owed since
// yesterday is in its own red block at the top, with a button that opens
// the mail; a date to come opens its act.
func TestOverdueDatesComeFirstAndEveryDateOpensItsRecord(t *testing.T) {
	u, st := newTestUI(t)
	ctx := context.Background()
	today := journal.Day(testToday)
	late, err := st.SaveMail(ctx, journal.Mail{Direction: journal.DirectionReceived, Date: today.AddDate(0, 0, -10),
		Channel: journal.MailChannels()[0], Kind: journal.KindControl, Subject: "Questionnaire de contrôle",
		ReplyBy: today.AddDate(0, 0, -1)}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	act, err := st.SaveAct(ctx, journal.Act{Date: today.AddDate(0, 0, -3), Minutes: 30, Theme: "P03", Code: "Q14",
		Organisation: "Keolis Lyon", Status: journal.StatusSent, NextAction: "Relancer", NextActionOn: today.AddDate(0, 0, 4)}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	u.changed(changedAll)
	if !u.home.overdue.Visible() || !strings.Contains(homeLines(u), "1 date en retard") ||
		!strings.Contains(strings.ReplaceAll(homeLines(u), "\u00a0", " "), "25/11/2026 — Répondre : Questionnaire de contrôle") {
		t.Fatalf("Accueil's overdue block:\n%s", homeLines(u))
	}
	next := buttons(u.home.overdue)
	if len(next) != 1 || next[0].Text != "Répondre au courrier" {
		t.Fatalf("overdue buttons: %d", len(next))
	}
	test.Tap(next[0])
	if u.tabs.SelectedIndex() != ScreenMail || u.mail.form == nil || u.mail.form.mail.ID != late.ID {
		t.Fatal("the overdue button did not open the mail")
	}
	u.mail.closeForm()
	u.Show(ScreenHome)
	open := buttons(u.home.upcoming)
	if len(open) != 1 {
		t.Fatalf("« À venir » has %d buttons", len(open))
	}
	test.Tap(open[0])
	if u.tabs.SelectedIndex() != ScreenJournal || u.journal.form == nil || u.journal.form.act.ID != act.ID {
		t.Fatal("the date to come did not open its act")
	}
}
