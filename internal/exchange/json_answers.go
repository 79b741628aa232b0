package exchange

import (
	"sort"

	"github.com/carnet-app/carnet/internal/answerfind"
	"github.com/carnet-app/carnet/internal/journal"
)

// answerFileJSON is a file of France Travail's answer to a request, as
// received (issue 12).
type answerFileJSON struct {
	ID        string `json:"id"`
	RequestID string `json:"request_id"`
	Name      string `json:"name"`
	MimeType  string `json:"mime_type"`
	Size      int64  `json:"size"`
	SHA256    string `json:"sha256"`
	CreatedAt string `json:"created_at"`
	Data      []byte `json:"data"`
}

// factJSON is a fact the user confirmed from an answer.
type factJSON struct {
	ID          string `json:"id"`
	RequestID   string `json:"request_id"`
	Name        string `json:"name"`
	Value       string `json:"value"`
	ValidOn     string `json:"valid_on"`
	File        string `json:"file"`
	Page        int    `json:"page"`
	ConfirmedAt string `json:"confirmed_at"`
}

// sortAnswers orders answer files by request, date and ID, and confirmed
// facts by confirmation and ID, so the same record gives the same file.
func sortAnswers(b *Bundle) {
	sort.SliceStable(b.AnswerFiles, func(i, j int) bool {
		x, y := b.AnswerFiles[i], b.AnswerFiles[j]
		if x.RequestID != y.RequestID {
			return x.RequestID < y.RequestID
		}
		if !x.CreatedAt.Equal(y.CreatedAt) {
			return x.CreatedAt.Before(y.CreatedAt)
		}
		return x.ID < y.ID
	})
	sort.SliceStable(b.Facts, func(i, j int) bool {
		x, y := b.Facts[i], b.Facts[j]
		if !x.ConfirmedAt.Equal(y.ConfirmedAt) {
			return x.ConfirmedAt.Before(y.ConfirmedAt)
		}
		return x.ID < y.ID
	})
}

func answerFilesToJSON(list []answerfind.AnswerFile) []answerFileJSON {
	var out []answerFileJSON
	for _, f := range list {
		data := f.Data
		if data == nil {
			data = []byte{}
		}
		out = append(out, answerFileJSON{ID: f.ID, RequestID: f.RequestID, Name: f.Name, MimeType: f.MimeType,
			Size: f.Size, SHA256: f.SHA256, CreatedAt: stamp(f.CreatedAt), Data: data})
	}
	return out
}

func factsToJSON(list []answerfind.ConfirmedFact) []factJSON {
	var out []factJSON
	for _, f := range list {
		out = append(out, factJSON{ID: f.ID, RequestID: f.RequestID, Name: f.Name, Value: f.Value,
			ValidOn: date(f.ValidOn), File: f.File, Page: f.Page, ConfirmedAt: stamp(f.ConfirmedAt)})
	}
	return out
}

func (r *jsonReader) readAnswerFile(line int) error {
	var in answerFileJSON
	if err := r.decode(&in); err != nil {
		return err
	}
	f := fields{line: line}
	af := answerfind.AnswerFile{RequestID: in.RequestID, Attachment: journal.Attachment{ID: in.ID, Name: in.Name,
		MimeType: in.MimeType, Size: in.Size, SHA256: in.SHA256, Data: in.Data,
		CreatedAt: f.stamp("created_at", in.CreatedAt, true)}}
	if af.Data == nil {
		af.Data = []byte{}
	}
	if f.err == nil && af.Size <= journal.MaxAttachmentSize && !af.Verify() {
		f.err = inputError(line, "sha256", ProblemChecksum, in.Name, "")
	}
	if err := r.finishIn(line, "f:", in.ID, f, af, map[string]string{"id": in.ID, "request_id": in.RequestID, "name": in.Name}); err != nil {
		return err
	}
	return r.each(Item{Line: line, AnswerFile: &af})
}

func (r *jsonReader) readFact(line int) error {
	var in factJSON
	if err := r.decode(&in); err != nil {
		return err
	}
	f := fields{line: line}
	c := answerfind.ConfirmedFact{ID: in.ID, RequestID: in.RequestID, Fact: answerfind.Fact{Name: in.Name, Value: in.Value,
		ValidOn: f.date("valid_on", in.ValidOn, false), File: in.File, Page: in.Page},
		ConfirmedAt: f.stamp("confirmed_at", in.ConfirmedAt, true)}
	if err := r.finishIn(line, "k:", in.ID, f, c, map[string]string{"id": in.ID, "request_id": in.RequestID, "name": in.Name, "value": in.Value}); err != nil {
		return err
	}
	return r.each(Item{Line: line, Fact: &c})
}

// finishIn is finish with the identifiers of its own space.
func (r *jsonReader) finishIn(line int, space, id string, f fields, record interface{ Validate() error }, values map[string]string) error {
	if err := r.checkID(line, "id", space, id); err != nil {
		return err
	}
	if f.err != nil {
		return f.err
	}
	if err := record.Validate(); err != nil {
		return fieldError(line, err, values)
	}
	return nil
}
