package app

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/store"
	"github.com/carnet-app/carnet/internal/ui"
)

// TestWindowAndCommandLineWriteTheSameBytes runs the dossier (PDF and
// ZIP), the meeting brief and a letter through the command line and
// through the window's buttons, on the same record at the same time, and
// compares the files byte for byte.
func TestWindowAndCommandLineWriteTheSameBytes(t *testing.T) {
	t.Setenv("LANG", "fr_FR.UTF-8")
	now := time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	cli := func(args ...string) {
		t.Helper()
		var out, errOut bytes.Buffer
		if code := runAt(append([]string{"--data", data}, args...), &out, &errOut, clock); code != 0 {
			t.Fatalf("carnet %v: exit %d\n%s", args, code, errOut.String())
		}
	}
	cli("demo", "--acts", "300", "--seed", "5")
	from, to := now.AddDate(0, -3, 0), now
	cli("report", "proof", "--from", from.Format("2006-01-02"), "--to", to.Format("2006-01-02"), "--out", filepath.Join(dir, "cli-dossier.pdf"))
	cli("report", "proof", "--from", from.Format("2006-01-02"), "--to", to.Format("2006-01-02"), "--out", filepath.Join(dir, "cli-dossier.zip"))
	cli("report", "meeting", "--out", filepath.Join(dir, "cli-brief.pdf"))

	s, err := store.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a := carnet.New(s, clock)
	requests, err := s.ListRequests(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	draft := ""
	for _, r := range requests {
		if !r.Sent() && !r.Kind.FollowUp() {
			draft = r.ID
			cli("letter", string(r.Kind), "--request", r.ID, "--out", filepath.Join(dir, "cli-letter.pdf"))
			break
		}
	}
	if draft == "" {
		t.Fatal("the demo has no draft letter")
	}

	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1100, 760))
	// The test's goroutine plays the UI goroutine: the work the window's
	// loaders post comes back here and runs in turn with the test's taps.
	posted := make(chan func(), 64)
	var saved [][]byte
	u := ui.New(w, a, "fr", ui.Options{Now: clock, Synchronous: true,
		Post: func(f func()) { posted <- f },
		SaveFile: func(name string, r io.Reader) (string, error) {
			b, err := io.ReadAll(r)
			saved = append(saved, b)
			return name, err
		}})
	next := func(what string) []byte {
		t.Helper()
		deadline := time.After(60 * time.Second)
		for len(saved) == 0 {
			select {
			case f := <-posted:
				f()
			case <-deadline:
				t.Fatalf("the window did not save the %s", what)
			}
		}
		b := saved[0]
		saved = saved[1:]
		return b
	}
	u.MakeDossier(from, to, carnet.FormatPDF)
	same(t, "dossier PDF", filepath.Join(dir, "cli-dossier.pdf"), next("dossier PDF"))
	u.MakeDossier(from, to, carnet.FormatZIP)
	same(t, "dossier ZIP", filepath.Join(dir, "cli-dossier.zip"), next("dossier ZIP"))
	u.MakeNextMeetingBrief()
	same(t, "brief", filepath.Join(dir, "cli-brief.pdf"), next("brief"))
	u.SaveDraftLetter(draft)
	same(t, "letter", filepath.Join(dir, "cli-letter.pdf"), next("letter"))
}

// same fails unless the file at path holds exactly got.
func same(t *testing.T, what, path string, got []byte) {
	t.Helper()
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(want) == 0 || !bytes.Equal(want, got) {
		t.Errorf("%s: the window wrote %d bytes, the command line %d, and they differ", what, len(got), len(want))
	}
}
