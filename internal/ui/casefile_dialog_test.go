package ui

import (
	"context"
	"encoding/json"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/rights"
)

// TestCaseFileDialogShowsTheExactContentThenSavesIt opens « Fiche de cas
// anonymisée » on a sent request, reads what it shows, ticks the values
// and saves the PDF and the JSON.
func TestCaseFileDialogShowsTheExactContentThenSavesIt(t *testing.T) {
	u, st := newTestUI(t)
	saveTestProfile(t, st)
	ctx := context.Background()
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	r := rights.Request{ID: "acc", Kind: rights.KindAccess, Mode: rights.ModeEmail, SentOn: day(3, 17), AnsweredOn: day(4, 27),
		Checklist: map[string]bool{"a": true}}
	if _, err := st.MarkSent(ctx, r.WithAskedKeys(), rights.Snapshot{PDF: []byte("%PDF-"), Text: "Camille Martin"}); err != nil {
		t.Fatal(err)
	}
	saved := map[string][]byte{}
	u.opts.SaveFile = func(name string, r io.Reader) (string, error) {
		b, err := io.ReadAll(r)
		saved[name] = b
		return name, err
	}
	before := u.win.Canvas().Overlays().Top()
	d := u.openCaseFile("acc")
	top := u.win.Canvas().Overlays().Top()
	if top == nil || top == before {
		t.Fatal("the dialog was not shown")
	}
	shown := strings.Join(labelsIn(top), "\n")
	for _, want := range []string{"Fiche de cas anonymisée", "Auvergne-Rhône-Alpes", "Envoi : mars 2026",
		"Réponse : avril 2026, 41 jours après la réception", "Obtenus (1) : a) les finalités", "noms seulement",
		"Carnet ne l’envoie à personne", `"version": 1`} {
		if !strings.Contains(strings.ReplaceAll(shown, "\u00a0", " "), want) {
			t.Errorf("the dialog does not show %q:\n%s", want, shown)
		}
	}
	for _, secret := range []string{"Camille", "Martin", "Lilas", "1234567A", "17/03", "69003"} {
		if strings.Contains(shown, secret) {
			t.Errorf("the dialog shows %q", secret)
		}
	}
	d.values.SetChecked(true)
	if strings.Contains(d.text.Text, "noms seulement") || !strings.Contains(d.json.Text, `"values_included": true`) {
		t.Errorf("ticking the values did not rebuild the case file:\n%s", d.text.Text)
	}
	d.savePDF.OnTapped()
	d.saveJSON.OnTapped()
	if !strings.HasPrefix(string(saved["fiche-de-cas.pdf"]), "%PDF-") {
		t.Error("« Enregistrer en PDF… » saved no PDF")
	}
	var c map[string]any
	if err := json.Unmarshal(saved["fiche-de-cas.json"], &c); err != nil || c["values_included"] != true || string(saved["fiche-de-cas.json"]) != d.json.Text {
		t.Errorf("the JSON saved is not the one shown (%v):\n%s", err, saved["fiche-de-cas.json"])
	}
}

func TestCaseFileDialogRefusesADraftInASentence(t *testing.T) {
	u, st := newTestUI(t)
	if _, err := st.SaveRequest(context.Background(), rights.Request{ID: "draft", Kind: rights.KindObjection}); err != nil {
		t.Fatal(err)
	}
	u.showCaseFile("draft")
	shown := strings.Join(labelsIn(u.win.Canvas().Overlays().Top()), "\n")
	if !strings.Contains(shown, "pas encore été envoyée") {
		t.Errorf("a draft's case file shows:\n%s", shown)
	}
}
