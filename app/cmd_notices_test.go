package app

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/defence"
	"github.com/carnet-app/carnet/internal/demo"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/store"
)

// TestObservationsLetterWithDossierFromTheDemoWarning is acceptance 2 of
// issue 13: `carnet letter observations --notice ID --with-dossier` writes
// both PDFs; the letter quotes the failure, the period and the totals,
// and lists the dossier as an attachment.
func TestObservationsLetterWithDossierFromTheDemoWarning(t *testing.T) {
	dir, outDir := t.TempDir(), t.TempDir()
	mustRun(t, "--data", dir, "demo", "--acts", "300")
	var warning defence.Notice
	for _, line := range strings.Split(strings.TrimSpace(mustRun(t, "--data", dir, "notices")), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			t.Fatalf("notices line %q", line)
		}
		if f[1] == string(defence.KindWarning) {
			warning.ID = f[0]
		}
	}
	s, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.Notice(context.Background(), warning.ID)
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	warning = r.Notice
	letter := filepath.Join(outDir, "observations.pdf")
	mustRun(t, "--data", dir, "letter", "observations", "--notice", warning.ID, "--with-dossier", "--out", letter)
	dossier := filepath.Join(outDir, "dossier-"+warning.PeriodFrom.Format("2006-01-02")+"-"+warning.PeriodTo.Format("2006-01-02")+".pdf")
	if _, err := os.Stat(dossier); err != nil {
		t.Fatalf("no dossier next to the letter: %v", err)
	}
	// The acts the dossier counts, from the demo's own data: in the
	// period, not deleted, not personal, not planned after today.
	today := journal.Day(time.Now())
	want := 0
	for _, a := range demo.Generate(300, 1, today).Acts {
		if a.DeletedAt.IsZero() && !a.Date.Before(warning.PeriodFrom) && !a.Date.After(warning.PeriodTo) &&
			a.Theme != "P07" && !a.Private && !a.Date.After(today) {
			want++
		}
	}
	text := strings.Join(strings.Fields(pdfToText(t, letter)), " ")
	period := "du " + journal.FormatLongDate(warning.PeriodFrom) + " au " + journal.FormatLongDate(warning.PeriodTo)
	for _, s := range []string{warning.Failure.Text, period, "j’ai accompli " + strconv.Itoa(want) + " démarches",
		"Pièces jointes", "dossier de mes démarches " + period + " (" + strconv.Itoa(want) + " démarches"} {
		if !strings.Contains(text, strings.Join(strings.Fields(s), " ")) {
			t.Errorf("the letter lacks %q:\n%s", s, text)
		}
	}
	if d := pdfToText(t, dossier); !strings.Contains(strings.Join(strings.Fields(d), " "), "Démarches accomplies "+period) {
		t.Errorf("the dossier is not of the notice's period:\n%.600s", d)
	}
}
