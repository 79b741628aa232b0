package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/store"
)

// The UI tests drive the real widgets against a real SQLite file. Only the
// tests import the store: the ui package itself never does.

var testToday = time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)

func newTestUI(t *testing.T) (*UI, *store.Store) {
	t.Helper()
	test.NewTempApp(t)
	s, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1100, 760))
	clock := func() time.Time { return testToday }
	u := New(w, carnet.New(s, clock), "fr", Options{Now: clock, Synchronous: true})
	return u, s
}

// visibleRows returns the text of every row of the Journal list as drawn.
func visibleRows(s *journalScreen) []string {
	var out []string
	for i := 0; i < s.list.Length(); i++ {
		obj := s.list.CreateItem()
		s.list.UpdateItem(i, obj)
		r := rowLabels(obj)
		out = append(out, strings.Join([]string{r.date.Text, r.title.Text, r.status.Text, r.duration.Text}, " | "))
	}
	return out
}

// fillAct types a valid act into an open form.
func fillAct(f *actForm, organisation string) {
	f.date.SetText("")
	test.Type(f.date, "24/11/2026")
	f.duration.SetText("")
	test.Type(f.duration, "1h30")
	f.theme.SetSelectedIndex(2) // P03
	f.actType.SetSelected(f.ui.lbl.actType(journal.ActType{Theme: "P03", Code: "Q14"}))
	test.Type(f.label, "Candidature comptable")
	test.Type(f.organisation, organisation)
}

func TestAddingAnActShowsItInTheJournalAndInThisWeeksHours(t *testing.T) {
	u, _ := newTestUI(t)
	if got := u.home.week.Text; !strings.HasPrefix(got, "0 min") {
		t.Fatalf("empty record shows %q", got)
	}
	test.Tap(u.home.newActButton)
	if u.journal.form == nil || u.tabs.SelectedIndex() != ScreenJournal {
		t.Fatal("« Nouvelle démarche » did not open the form on the Journal")
	}
	fillAct(u.journal.form, "Société Générale")
	test.Tap(u.journal.form.save)

	if u.journal.form != nil {
		t.Fatal("the form stayed open after a valid save")
	}
	rows := visibleRows(u.journal)
	if len(rows) != 1 || !strings.Contains(rows[0], "24/11/2026 | Candidature comptable — Société Générale | Envoyée | 1 h 30") {
		t.Fatalf("journal rows: %q", rows)
	}
	if got := u.home.week.Text; !strings.HasPrefix(got, "1 h 30 d’activité sur un objectif de 15 h (1 démarche)") {
		t.Fatalf("home shows %q", got)
	}
	if got := u.journal.count.Text; !strings.HasPrefix(got, "1 démarche, 1 h 30 au total") {
		t.Errorf("count shows %q", got)
	}
}

func TestEnterSavesAndEscapeCancels(t *testing.T) {
	u, st := newTestUI(t)
	u.newAct()
	fillAct(u.journal.form, "Acme")
	u.journal.form.label.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if u.journal.form != nil {
		t.Fatal("Escape did not close the form")
	}
	if acts, _ := st.ListActs(context.Background(), journal.ActFilter{}); len(acts) != 0 {
		t.Fatal("Escape saved the act")
	}
	u.newAct()
	fillAct(u.journal.form, "Acme")
	u.journal.form.organisation.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if acts, _ := st.ListActs(context.Background(), journal.ActFilter{}); len(acts) != 1 {
		t.Fatalf("Enter saved %d acts, want 1", len(acts))
	}
}

func TestAnInvalidFormShowsTheReasonAndWritesNothing(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(f *actForm)
		field string
		want  string
	}{
		{"a date that does not exist", func(f *actForm) { f.date.SetText("31/02/2026") }, "date", "Date invalide"},
		{"a negative duration", func(f *actForm) { f.duration.SetText("-30") }, "minutes", "entre 0 et 24 heures"},
		{"a duration over 24 hours", func(f *actForm) { f.duration.SetText("25h") }, "minutes", "entre 0 et 24 heures"},
		{"no act type", func(f *actForm) { f.actType.ClearSelected() }, "type", "obligatoire"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, st := newTestUI(t)
			u.newAct()
			f := u.journal.form
			fillAct(f, "Acme")
			tt.edit(f)
			test.Tap(f.save)
			if u.journal.form == nil {
				t.Fatal("the form closed on invalid input")
			}
			shown := f.errors[tt.field]
			if !shown.Visible() || !strings.Contains(shown.Text, tt.want) {
				t.Fatalf("error under %s: visible=%v %q, want %q", tt.field, shown.Visible(), shown.Text, tt.want)
			}
			if acts, _ := st.ListActs(context.Background(), journal.ActFilter{}); len(acts) != 0 {
				t.Fatalf("%d acts written", len(acts))
			}
		})
	}
}

func TestSearchIgnoresAccentsAndCase(t *testing.T) {
	u, st := newTestUI(t)
	ctx := context.Background()
	for _, org := range []string{"Société Générale", "Boulangerie Dupont"} {
		a := journal.Act{Date: testToday, Minutes: 30, Theme: "P03", Code: "Q15", Organisation: org}
		if _, err := st.SaveAct(ctx, a, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	u.changed(changedAll)
	test.Type(u.journal.search, "societe generale")
	rows := visibleRows(u.journal)
	if len(rows) != 1 || !strings.Contains(rows[0], "Société Générale") {
		t.Fatalf("search found %q", rows)
	}
	u.journal.search.SetText("")
	if n := len(visibleRows(u.journal)); n != 2 {
		t.Fatalf("clearing the search shows %d rows, want 2", n)
	}
}

func TestDeleteThenUndoRestoresTheActWithItsAttachments(t *testing.T) {
	u, st := newTestUI(t)
	u.newAct()
	f := u.journal.form
	fillAct(f, "Acme")
	f.attachments.addFrom("lettre.pdf", strings.NewReader("%PDF-1.4 lettre de motivation"))
	test.Tap(f.save)
	rows := u.journal.rows
	if len(rows) != 1 || len(rows[0].AttachmentIDs) != 1 {
		t.Fatalf("saved rows %+v", rows)
	}
	u.journal.list.Select(0)
	u.journal.form.deleteNow()
	if n := len(visibleRows(u.journal)); n != 0 {
		t.Fatalf("%d rows after delete", n)
	}
	if !u.journal.undo.content.Visible() || !strings.Contains(u.journal.undo.message.Text, "Démarche supprimée") {
		t.Fatal("no undo offered after delete")
	}
	test.Tap(u.journal.undo.button)
	rows = u.journal.rows
	if len(rows) != 1 || len(rows[0].AttachmentIDs) != 1 {
		t.Fatalf("after undo: %+v", rows)
	}
	data, err := st.AttachmentData(context.Background(), rows[0].AttachmentIDs[0])
	if err != nil || string(data) != "%PDF-1.4 lettre de motivation" {
		t.Fatalf("attachment after undo: %q %v", data, err)
	}
}

func TestAnAttachmentOverTheLimitIsRefused(t *testing.T) {
	u, _ := newTestUI(t)
	u.newAct()
	f := u.journal.form
	f.attachments.addFrom("film.mp4", strings.NewReader(strings.Repeat("x", journal.MaxAttachmentSize+1)))
	if len(f.attachments.added) != 0 || !strings.Contains(f.attachments.errLine.Text, "limite est de 25 Mo") {
		t.Fatalf("added %d, message %q", len(f.attachments.added), f.attachments.errLine.Text)
	}
}

func TestDuplicateApplicationWarning(t *testing.T) {
	u, st := newTestUI(t)
	a := journal.Act{Date: testToday.AddDate(0, 0, -10), Minutes: 30, Theme: "P03", Code: "Q14",
		Organisation: "Société Générale", Status: journal.StatusSent}
	if _, err := st.SaveAct(context.Background(), a, nil, nil); err != nil {
		t.Fatal(err)
	}
	u.newAct()
	f := u.journal.form
	test.Type(f.organisation, "societe generale")
	if !f.duplicate.Visible() || !strings.Contains(f.duplicate.Text, "déjà candidaté chez Société Générale le 16 novembre 2026") {
		t.Fatalf("warning: visible=%v %q", f.duplicate.Visible(), f.duplicate.Text)
	}
}

func TestMailWithReplyByDateAppearsOnHome(t *testing.T) {
	u, st := newTestUI(t)
	u.Show(ScreenMail)
	test.Tap(u.mail.addButton)
	f := u.mail.form
	f.kind.SetSelected(u.lbl.mailKind(journal.KindControl))
	test.Type(f.subject, "Questionnaire de contrôle")
	test.Type(f.replyBy, "04/12/2026")
	test.Tap(f.save)
	mails, _ := st.ListMails(context.Background(), journal.MailFilter{})
	if len(mails) != 1 || !mails[0].ReplyBy.Equal(time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("mails %+v", mails)
	}
	if !strings.Contains(homeLines(u), "04/12/2026 — Répondre") {
		t.Fatalf("the reply-by date is not on Accueil:\n%s", homeLines(u))
	}
}

func TestSettingsRefuseATargetOver35HoursAndSwitchLanguage(t *testing.T) {
	u, st := newTestUI(t)
	u.Show(ScreenSettings)
	s := u.settings
	s.target.SetText("40")
	test.Tap(s.saveButton)
	if e := s.errors["target"]; !e.Visible() || !strings.Contains(e.Text, "entre 0 et 35") {
		t.Fatalf("target error %q", e.Text)
	}
	if p, _ := st.Profile(context.Background()); p.TargetMinutes != journal.DefaultTargetMinutes {
		t.Fatalf("invalid target written: %d", p.TargetMinutes)
	}
	s.target.SetText("0")
	test.Type(s.name, "Camille Martin")
	s.language.SetSelected("English")
	test.Tap(s.saveButton)
	p, _ := st.Profile(context.Background())
	if p.TargetMinutes != 0 || p.Name != "Camille Martin" || p.Language != "en" {
		t.Fatalf("profile %+v", p)
	}
	if got := u.tabs.Label(ScreenSettings); got != "Settings" {
		t.Fatalf("tab after switching to English: %q", got)
	}
	if got := u.home.week.Text; !strings.Contains(got, "no weekly target") {
		t.Fatalf("home with a zero target: %q", got)
	}
}

func TestShortcutsSwitchScreensAndOpenTheForm(t *testing.T) {
	u, _ := newTestUI(t)
	press := func(k fyne.KeyName) {
		u.win.Canvas().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault})
	}
	for _, tt := range []struct {
		key  fyne.KeyName
		want int
	}{{fyne.Key2, ScreenJournal}, {fyne.Key3, ScreenMail}, {fyne.Key4, ScreenRights}, {fyne.Key5, ScreenMeetings},
		{fyne.Key6, ScreenReports}, {fyne.Key7, ScreenSettings}, {fyne.Key1, ScreenHome}} {
		press(tt.key)
		if got := u.tabs.SelectedIndex(); got != tt.want {
			t.Fatalf("Ctrl+%s shows screen %d, want %d", tt.key, got, tt.want)
		}
	}
	press(fyne.KeyN)
	if u.tabs.SelectedIndex() != ScreenJournal || u.journal.form == nil {
		t.Fatal("Ctrl+N did not open a new act form")
	}
	press(fyne.KeyF)
	if u.journal.form != nil || u.win.Canvas().Focused() != u.journal.search {
		t.Fatal("Ctrl+F did not focus the search")
	}
}

func TestAStatusChangeKeepsTheDayItHappened(t *testing.T) {
	u, st := newTestUI(t)
	u.newAct()
	fillAct(u.journal.form, "Acme")
	test.Tap(u.journal.form.save)
	u.journal.list.Select(0)
	f := u.journal.form
	f.status.SetSelected(u.lbl.status(journal.StatusRejected))
	test.Type(f.statusSince, "25/11/2026")
	test.Tap(f.save)
	a, err := st.Act(context.Background(), u.journal.rows[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.History) != 2 || a.History[1].Status != journal.StatusRejected || !a.History[1].Date.Equal(time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("history %+v", a.History)
	}
	u.journal.list.Select(0)
	f = u.journal.form
	f.status.SetSelected(u.lbl.status(journal.StatusHired))
	test.Type(f.statusSince, "01/01/2020")
	test.Tap(f.save)
	if e := f.errors["status_since"]; u.journal.form == nil || !e.Visible() {
		t.Fatal("a status change dated before the act was accepted")
	}
}
