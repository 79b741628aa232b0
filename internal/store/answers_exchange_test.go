package store

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/answerfind"
	"github.com/carnet-app/carnet/internal/exchange"
	"github.com/carnet-app/carnet/internal/journal"
)

// exportAnswers writes the record's requests, answer files and facts as a
// Carnet JSON file.
func exportAnswers(t *testing.T, s *Store) []byte {
	t.Helper()
	ctx := context.Background()
	var b exchange.Bundle
	var err error
	if b.Requests, err = s.FullRequests(ctx); err != nil {
		t.Fatal(err)
	}
	if b.AnswerFiles, err = s.FullAnswerFiles(ctx); err != nil {
		t.Fatal(err)
	}
	if b.Facts, err = s.ConfirmedFacts(ctx); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := exchange.WriteJSON(&buf, b); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func importJSON(s *Store, data []byte) error {
	_, err := s.ImportEach(context.Background(), func(put func(ImportItem) error) error {
		return exchange.DecodeJSON(bytes.NewReader(data), func(it exchange.Item) error { return put(ImportItem(it)) })
	})
	return err
}

func TestAnswersExportImportExportIsByteIdentical(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	r := sentRequest(t, s)
	if _, err := s.AttachAnswerFiles(ctx, r.ID, []journal.Attachment{answerFile(t, "reponse.pdf", "%PDF réponse"), answerFile(t, "b.csv", "a;b")}); err != nil {
		t.Fatal(err)
	}
	for i, v := range []string{"Guidé", "Renforcé"} {
		if _, err := s.ConfirmFact(ctx, answerfind.ConfirmedFact{RequestID: r.ID, Fact: answerfind.Fact{Name: "Modalité", Value: v,
			ValidOn: day("2026-03-12").AddDate(0, 7*i, 0), File: "reponse.pdf", Page: i + 1},
			ConfirmedAt: time.Date(2026, 4, 2+i, 9, 0, 0, 0, time.UTC)}); err != nil {
			t.Fatal(err)
		}
	}
	first := exportAnswers(t, s)
	other := openTemp(t)
	if err := importJSON(other, first); err != nil {
		t.Fatal(err)
	}
	if second := exportAnswers(t, other); !bytes.Equal(first, second) {
		t.Fatalf("export → import → export changed the file:\n%s\n---\n%s", first, second)
	}
	// Importing the same file again adds nothing.
	if err := importJSON(other, first); err != nil {
		t.Fatal(err)
	}
	if facts, _ := other.ConfirmedFacts(ctx); len(facts) != 2 {
		t.Errorf("re-import gave %d facts", len(facts))
	}
	if problems, err := other.Check(ctx); err != nil || len(problems) != 0 {
		t.Fatalf("check after import: %v %v", problems, err)
	}
}

func TestImportRefusesAFactOfAMissingRequestAndWritesNothing(t *testing.T) {
	s := openTemp(t)
	r := sentRequest(t, s)
	if _, err := s.ConfirmFact(context.Background(), answerfind.ConfirmedFact{RequestID: r.ID, Fact: answerfind.Fact{Name: "Score", Value: "0,42"}}); err != nil {
		t.Fatal(err)
	}
	data := exportAnswers(t, s)
	// The fact now points at a request the file and the record lack.
	bad := strings.Replace(string(data), `"request_id": "`+r.ID+`"`, `"request_id": "ailleurs"`, 1)
	other := openTemp(t)
	err := importJSON(other, []byte(bad))
	var ie *ImportError
	if !errors.As(err, &ie) || ie.Reason != ImportMissingRequest || ie.Kind != "fact" {
		t.Fatalf("got %v, want a missing request", err)
	}
	if list, _ := other.FullRequests(context.Background()); len(list) != 0 {
		t.Errorf("a refused import wrote %d requests", len(list))
	}
}
