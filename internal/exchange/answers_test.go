package exchange

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/answerfind"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// answerBundle is sampleBundle with a request, two answer files and the
// history of a confirmed fact.
func answerBundle(t *testing.T) Bundle {
	t.Helper()
	b := sampleBundle(t)
	b.Requests = []rights.Request{{ID: "req1", Kind: rights.KindAccess, Mode: rights.ModeRegistered,
		SentOn: now.Truncate(24 * time.Hour), CreatedAt: now, UpdatedAt: now}}
	for i, name := range []string{"reponse.pdf", "indicateurs.csv"} {
		a, err := journal.NewAttachment(name, "application/octet-stream", []byte("contenu "+name), now.Add(time.Duration(i)*time.Minute))
		if err != nil {
			t.Fatal(err)
		}
		a.ID = "file" + name
		b.AnswerFiles = append(b.AnswerFiles, answerfind.AnswerFile{Attachment: a, RequestID: "req1"})
	}
	b.Facts = []answerfind.ConfirmedFact{
		{ID: "fact2", RequestID: "req1", Fact: answerfind.Fact{Name: "Modalité d’accompagnement", Value: "Renforcé",
			ValidOn: time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC), File: "reponse.pdf", Page: 2}, ConfirmedAt: now.Add(time.Hour)},
		{ID: "fact1", RequestID: "req1", Fact: answerfind.Fact{Name: "Modalité d’accompagnement", Value: "Guidé"}, ConfirmedAt: now},
	}
	return b
}

func TestJSONRoundTripKeepsAnswersAndFacts(t *testing.T) {
	var first bytes.Buffer
	if err := WriteJSON(&first, answerBundle(t)); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"answer_files": [`, `"request_id": "req1"`, `"name": "indicateurs.csv"`, `"facts": [`, `"value": "Renforcé"`, `"valid_on": "2026-10-01"`, `"page": 2`} {
		if !strings.Contains(first.String(), want) {
			t.Errorf("export lacks %s", want)
		}
	}
	b, err := ReadJSON(first.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(b.AnswerFiles) != 2 || string(b.AnswerFiles[1].Data) != "contenu indicateurs.csv" || len(b.Facts) != 2 || b.Facts[0].ID != "fact1" {
		t.Fatalf("read back %+v", b)
	}
	var second bytes.Buffer
	if err := WriteJSON(&second, b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Fatalf("round trip changed the file:\n%s\n---\n%s", first.String(), second.String())
	}
}

func TestFilesWithoutAnswersAreWrittenAsBefore(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, sampleBundle(t)); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "answer_files") || strings.Contains(buf.String(), `"facts"`) {
		t.Errorf("a record without answers gained keys an older Carnet refuses:\n%s", buf.String())
	}
}

func TestReadJSONRefusesBadAnswersAndFacts(t *testing.T) {
	var good bytes.Buffer
	if err := WriteJSON(&good, answerBundle(t)); err != nil {
		t.Fatal(err)
	}
	text := good.String()
	cases := []struct {
		name, from, to, problem string
	}{
		{"changed bytes of an answer file", `"data": "Y29udGVudSByZXBvbnNlLnBkZg=="`, `"data": "Y29udGVudSByZXBvbnNlLnBkZw=="`, ProblemChecksum},
		{"a fact without value", `"value": "Guidé"`, `"value": ""`, ProblemField},
		{"a fact with a bad date", `"valid_on": "2026-10-01"`, `"valid_on": "2026-13-01"`, ProblemField},
		{"a fact ID twice", `"id": "fact2"`, `"id": "fact1"`, ProblemDuplicate},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(text, c.from) {
				t.Fatalf("sample lacks %s", c.from)
			}
			_, err := ReadJSON([]byte(strings.Replace(text, c.from, c.to, 1)))
			var in *InputError
			if !errors.As(err, &in) || in.Problem != c.problem {
				t.Fatalf("error %v, want problem %s", err, c.problem)
			}
		})
	}
}
