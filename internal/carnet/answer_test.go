package carnet

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/png"
	"strings"
	"testing"
	"time"

	"github.com/carnet-app/carnet/i18n"
	"github.com/carnet-app/carnet/internal/answerfind"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
	"github.com/carnet-app/carnet/internal/store"
)

// answerApp returns the application layer over an empty temp store and a
// sent access request.
func answerApp(t *testing.T) (*App, *store.Store, rights.Request) {
	t.Helper()
	s, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	a := New(s, func() time.Time { return today })
	ctx := context.Background()
	r, err := s.SaveRequest(ctx, rights.Request{Kind: rights.KindAccess, Mode: rights.ModeRegistered, SentOn: today.AddDate(0, -1, 0)})
	if err != nil {
		t.Fatal(err)
	}
	r, err = s.MarkSent(ctx, r.WithAskedKeys(), rights.Snapshot{PDF: []byte("%PDF lettre"), Text: "Madame, Monsieur,"})
	if err != nil {
		t.Fatal(err)
	}
	return a, s, r
}

func smallPNG(t *testing.T) []byte {
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, 4, 4))); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const answerText = "Madame,\nLes finalités du traitement sont votre accompagnement et le versement de vos allocations.\n" +
	"Vos données sont conservées pendant deux ans.\nModalité d’accompagnement : Renforcé\n"

func TestAttachAnswerStoresReadsAndTicksNothing(t *testing.T) {
	a, s, r := answerApp(t)
	ctx := context.Background()
	var calls, last int
	got, err := a.AttachAnswer(ctx, r.ID, []AnswerInput{
		{Name: "reponse.txt", Data: []byte(answerText)},
		{Name: "indicateurs.csv", Data: []byte("Indicateur;Valeur;Valable au\nScore d'employabilité;0,42;12/03/2026\n")},
		{Name: "scan.png", Data: smallPNG(t)},
	}, func(done, total int) {
		calls++
		if done < last || done > total {
			t.Errorf("progress went %d → %d of %d", last, done, total)
		}
		last = done
	})
	if err != nil {
		t.Fatal(err)
	}
	if calls == 0 || last != 3 {
		t.Errorf("progress called %d times, ending at %d pages", calls, last)
	}
	if len(got.Files) != 3 || got.Files[0].MimeType != "text/plain" || got.Files[2].MimeType != "image/png" {
		t.Fatalf("files %+v", got.Files)
	}
	found := map[string]bool{}
	for _, it := range got.Items {
		found[it.Item.Key] = it.Found()
		if it.Ticked {
			t.Errorf("item %s ticked without the user", it.Item.Key)
		}
	}
	if len(got.Items) != len(r.Asked()) || !found["a"] || !found["d"] || !found["scores"] || found["c"] || found["r4"] {
		t.Errorf("findings %v", found)
	}
	var facts []string
	for _, f := range got.Facts {
		facts = append(facts, f.Name+"="+f.Value+"@"+f.File)
	}
	if want := "Modalité d’accompagnement=Renforcé@reponse.txt Score d’employabilité=0,42@indicateurs.csv"; strings.Join(facts, " ") != want {
		t.Errorf("facts %q, want %q", strings.Join(facts, " "), want)
	}
	if len(got.Unread) != 1 || got.Unread[0] != (UnreadPage{File: "scan.png", Page: 1}) {
		t.Errorf("unread %+v", got.Unread)
	}
	again, err := a.ReadAnswer(ctx, r.ID, nil)
	if err != nil || len(again.Items) != len(got.Items) || len(again.Facts) != 2 || len(again.Files) != 3 {
		t.Fatalf("read again: %+v %v", again, err)
	}
	if stored, _ := s.Request(ctx, r.ID); len(stored.Checklist) != 0 {
		t.Errorf("attaching ticked the checklist: %v", stored.Checklist)
	}
}

func TestAttachAnswerRefusesAFileAndStoresNone(t *testing.T) {
	a, s, r := answerApp(t)
	tr := i18n.New("fr")
	good := AnswerInput{Name: "reponse.txt", Data: []byte(answerText)}
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	cases := []struct {
		name     string
		ctx      context.Context
		files    []AnswerInput
		sentence string
	}{
		{"a Word document", context.Background(), []AnswerInput{good, {Name: "lettre.docx", Data: []byte("PK\x03\x04word")}},
			"Le fichier « lettre.docx » n’a pas été ajouté : Carnet ne sait pas lire ce type de fichier"},
		{"a damaged PDF", context.Background(), []AnswerInput{good, {Name: "r.pdf", Data: []byte("%PDF-1.4 rien")}},
			"Le fichier « r.pdf » n’a pas été ajouté : il est endommagé"},
		{"a file over 25 MiB", context.Background(), []AnswerInput{good, {Name: "gros.txt", Data: make([]byte, journal.MaxAttachmentSize+1)}},
			"Le fichier « gros.txt » n’a pas été ajouté : il dépasse 25 Mo"},
		{"cancelled", cancelled, []AnswerInput{good}, "Annulé"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := a.AttachAnswer(c.ctx, r.ID, c.files, nil)
			if err == nil {
				t.Fatal("accepted")
			}
			if got := Explain(tr, err); !strings.HasPrefix(got, c.sentence) {
				t.Errorf("sentence %q, want it to start with %q", got, c.sentence)
			}
			if files, _ := s.AnswerFiles(context.Background(), r.ID, false); len(files) != 0 {
				t.Errorf("%d files stored", len(files))
			}
		})
	}
	if _, err := a.AttachAnswer(context.Background(), "inconnue", []AnswerInput{good}, nil); !errors.Is(err, journal.ErrNotFound) {
		t.Errorf("unknown request: %v", err)
	}
}

func TestFactsKeepHistoryAndDescribeTheChange(t *testing.T) {
	a, _, r := answerApp(t)
	ctx := context.Background()
	if _, err := a.ConfirmFact(ctx, r.ID, answerfind.Fact{Name: "Modalité d’accompagnement", Value: " Guidé ", ValidOn: time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	if _, err := a.ConfirmFact(ctx, r.ID, answerfind.Fact{Name: "Modalité d’accompagnement", Value: "Renforcé", ValidOn: time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	hs, err := a.Facts(ctx)
	if err != nil || len(hs) != 1 || len(hs[0].Entries) != 2 {
		t.Fatalf("facts %+v %v", hs, err)
	}
	ch := hs[0].Changes()
	if len(ch) != 1 {
		t.Fatalf("changes %+v", ch)
	}
	for lang, want := range map[string]string{
		"fr": "Modalité d’accompagnement : Guidé (mars 2026) → Renforcé (octobre 2026)",
		"en": "Modalité d’accompagnement: Guidé (March 2026) → Renforcé (October 2026)",
	} {
		if got := DescribeChange(i18n.New(lang), ch[0]); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
	var v *journal.ValidationError
	if _, err := a.ConfirmFact(ctx, r.ID, answerfind.Fact{Name: "Score", Value: "  "}); !errors.As(err, &v) {
		t.Errorf("an empty value: %v", err)
	}
}

func TestConfirmItemTicksOnlyWhatTheUserConfirms(t *testing.T) {
	a, _, r := answerApp(t)
	ctx := context.Background()
	got, err := a.ConfirmItem(ctx, r.ID, "d", true)
	if err != nil || !got.Checklist["d"] || len(got.Checklist) != 1 {
		t.Fatalf("tick d: %v %v", got.Checklist, err)
	}
	reading, err := a.ReadAnswer(ctx, r.ID, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range reading.Items {
		if it.Ticked != (it.Item.Key == "d") {
			t.Errorf("item %s ticked %v", it.Item.Key, it.Ticked)
		}
	}
	missing := len(got.Missing())
	if got, err = a.ConfirmItem(ctx, r.ID, "d", false); err != nil || got.Checklist["d"] || len(got.Missing()) != missing+1 {
		t.Errorf("untick d: %v %v", got.Checklist, err)
	}
	var v *journal.ValidationError
	if _, err := a.ConfirmItem(ctx, r.ID, "rectified", true); !errors.As(err, &v) {
		t.Errorf("an item the access letter did not ask: %v", err)
	}
}
