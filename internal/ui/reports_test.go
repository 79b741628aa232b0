package ui

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/carnet-app/carnet/internal/journal"
)

func TestAnsweringAControlBuildsTheDossierOfItsPeriod(t *testing.T) {
	u, st := newTestUI(t)
	saveTestProfile(t, st)
	ctx := context.Background()
	for _, d := range []time.Time{testToday.AddDate(0, -2, 0), testToday.AddDate(0, -1, 0), testToday.AddDate(0, -5, 0)} {
		if _, err := st.SaveAct(ctx, journal.Act{Date: d, Minutes: 90, Theme: "P03", Code: "Q14", Organisation: "Acme " + d.Format("01")}, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	u.changed(changedAll)
	u.Show(ScreenMail)
	test.Tap(u.mail.addButton)
	f := u.mail.form
	f.kind.SetSelected(u.lbl.mailKind(journal.KindControl))
	test.Type(f.subject, "Contrôle de la recherche d’emploi")
	test.Type(f.replyBy, "06/12/2026")
	test.Type(f.periodFrom, "01/09/2026")
	test.Type(f.periodTo, "25/11/2026")
	test.Tap(f.controlButton)

	r := u.reports
	if u.tabs.SelectedIndex() != ScreenReports || r.from.Text != "01/09/2026" || r.to.Text != "25/11/2026" {
		t.Fatalf("Rapports shows %q–%q on tab %d", r.from.Text, r.to.Text, u.tabs.SelectedIndex())
	}
	if !r.control.Visible() || !strings.Contains(r.control.Text, "6 décembre 2026") {
		t.Fatalf("control banner %q", r.control.Text)
	}
	if !strings.HasPrefix(r.summary.Text, "2 démarches, 3 h d’activité") {
		t.Fatalf("summary %q", r.summary.Text)
	}
	got := make(chan []byte, 1)
	r.saveFile = func(name, path string) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Error(err)
		}
		got <- data
	}
	test.Tap(r.buttons[0])
	var data []byte
	select {
	case data = <-got:
	case <-time.After(20 * time.Second):
		t.Fatal("the dossier was not built")
	}
	path := filepath.Join(t.TempDir(), "d.pdf")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := string(out)
	for _, want := range []string{"Dossier de recherche d’emploi", "Camille Martin", "Acme 09", "Acme 10"} {
		if !strings.Contains(text, want) {
			t.Errorf("dossier lacks %q", want)
		}
	}
	if strings.Contains(text, "Acme 06") {
		t.Error("an act outside the period is in the dossier")
	}
}

func TestAReportWithWrongDatesSaysSo(t *testing.T) {
	u, _ := newTestUI(t)
	u.Show(ScreenReports)
	r := u.reports
	r.preset.SetSelectedIndex(3)
	r.from.SetText("31/11/2026")
	if !r.errs.Visible() || r.summary.Text != "" {
		t.Fatalf("error %q, summary %q", r.errs.Text, r.summary.Text)
	}
	r.from.SetText("01/12/2026")
	r.to.SetText("01/11/2026")
	if !strings.Contains(r.errs.Text, "avant") {
		t.Fatalf("error %q", r.errs.Text)
	}
}

func TestAMeetingsAgreedActionBecomesAPlannedActAndTheBriefFits(t *testing.T) {
	u, st := newTestUI(t)
	saveTestProfile(t, st)
	u.changed(changedAll)
	u.Show(ScreenMeetings)
	test.Tap(u.meetings.newButton)
	f := u.meetings.form
	f.date.SetText("")
	test.Type(f.date, "03/12/2026")
	test.Type(f.startTime, "10:30")
	test.Type(f.agreed[0].text, "Atelier CV à l’agence")
	test.Type(f.agreed[0].date, "10/12/2026")
	var data []byte
	f.saveBrief = func(name string, d []byte) { data = d }
	test.Tap(f.briefButton)
	if data == nil {
		t.Fatal("no brief")
	}
	path := filepath.Join(t.TempDir(), "b.pdf")
	_ = os.WriteFile(path, data, 0o600)
	info, _ := exec.Command("pdfinfo", path).Output()
	if !regexp.MustCompile(`Pages:\s+1\n`).Match(info) {
		t.Fatalf("the brief is not one page:\n%s", info)
	}
	out, _ := exec.Command("pdftotext", path, "-").Output()
	if !strings.Contains(string(out), "Entretien du 3 décembre 2026 à 10 h 30") || !strings.Contains(string(out), "Mes questions") {
		t.Fatalf("brief text:\n%s", out)
	}
	test.Tap(f.save)
	acts, _ := st.ListActs(context.Background(), journal.ActFilter{})
	if len(acts) != 1 || acts[0].Label != "Atelier CV à l’agence" || !acts[0].Date.Equal(time.Date(2026, 12, 10, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("planned acts %+v", acts)
	}
	if home := homeLines(u); !strings.Contains(home, "03/12/2026 — Rendez-vous") {
		t.Fatalf("Accueil lacks the meeting:\n%s", home)
	}
	// Saving again does not plan the same action twice.
	u.meetings.openForm(&u.meetings.rows[0])
	test.Tap(u.meetings.form.save)
	if acts, _ := st.ListActs(context.Background(), journal.ActFilter{}); len(acts) != 1 {
		t.Fatalf("%d planned acts after a second save", len(acts))
	}
}
