package carnet

import (
	"context"
	"errors"
	"path"
	"strings"

	"github.com/carnet-app/carnet/internal/answerfind"
	"github.com/carnet-app/carnet/internal/answerread"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// AnswerRecord keeps the files of France Travail's answers to requests and
// the facts the user confirmed from them. internal/store implements it.
type AnswerRecord interface {
	AttachAnswerFiles(ctx context.Context, requestID string, files []journal.Attachment) ([]answerfind.AnswerFile, error)
	AnswerFiles(ctx context.Context, requestID string, withData bool) ([]answerfind.AnswerFile, error)
	ConfirmFact(ctx context.Context, f answerfind.ConfirmedFact) (answerfind.ConfirmedFact, error)
	ConfirmedFacts(ctx context.Context) ([]answerfind.ConfirmedFact, error)
}

// ErrNoAnswers is returned when the record keeps no answers (a record
// that is not Carnet's store).
var ErrNoAnswers = errors.New("this record keeps no answers")

// AnswerInput is a file of an answer as the user picked it: its name and
// bytes.
type AnswerInput struct {
	Name string
	Data []byte
}

// ItemFinding is one item the request asked for and the passages of the
// answer proposed for it; none means « non trouvé ». Ticked tells whether
// the user already confirmed the item in the request's checklist: nothing
// is ever ticked here.
type ItemFinding struct {
	Item     rights.ChecklistItem
	Passages []answerfind.Passage
	Ticked   bool
}

// Found reports whether a passage was proposed for the item.
func (f ItemFinding) Found() bool { return len(f.Passages) > 0 }

// UnreadPage is a page Carnet could not read: a scan, a photo, or a file
// of a kind it does not read inside an archive or an e-mail.
type UnreadPage struct {
	File        string
	Page        int
	Unsupported bool
}

// AnswerReading is what Carnet read in the answers to one request: the
// files, per asked item (in the letter's order) the passages proposed, the
// facts proposed, and the pages it could not read.
type AnswerReading struct {
	Request rights.Request
	Files   []answerfind.AnswerFile
	Items   []ItemFinding
	Facts   []answerfind.Fact
	Unread  []UnreadPage
}

// AnswerFileError says which file of an answer was refused, and why (an
// answerread error, journal.ErrAttachmentTooLarge or ctx's error).
type AnswerFileError struct {
	Name string
	Err  error
}

func (e *AnswerFileError) Error() string { return e.Name + ": " + e.Err.Error() }
func (e *AnswerFileError) Unwrap() error { return e.Err }

// answers returns the record as an AnswerRecord, or ErrNoAnswers.
func (a *App) answers() (AnswerRecord, error) {
	r, ok := a.Record.(AnswerRecord)
	if !ok {
		return nil, ErrNoAnswers
	}
	return r, nil
}

// AttachAnswer reads the files of an answer to the request, then, when
// every one could be read, stores them all in one transaction and returns
// the reading of every file the request's answers now hold. It runs on the
// caller's goroutine (the window calls it on its own), honours ctx between
// pages and tells progress as pages done out of pages known. It returns
// journal.ErrNotFound for an unknown request, an *AnswerFileError naming
// the first file refused (too large, damaged, a zip bomb, too many pages,
// nested too deep, protected, of an unknown kind), or ctx's error; nothing
// is then stored.
func (a *App) AttachAnswer(ctx context.Context, requestID string, files []AnswerInput, progress func(done, total int)) (AnswerReading, error) {
	rec, err := a.answers()
	if err != nil {
		return AnswerReading{}, err
	}
	req, err := a.Request(ctx, requestID)
	if err != nil {
		return AnswerReading{}, err
	}
	read := pageCache{}
	atts := make([]journal.Attachment, 0, len(files))
	p := newProgress(progress)
	for _, f := range files {
		att, err := journal.NewAttachment(f.Name, mimeOf(f.Name, f.Data), f.Data, a.now())
		if err != nil {
			return AnswerReading{}, &AnswerFileError{Name: f.Name, Err: err}
		}
		pages, err := answerread.Extract(ctx, f.Name, f.Data, answerread.Options{Progress: p.file()})
		if err != nil {
			if ctx.Err() != nil {
				return AnswerReading{}, ctx.Err()
			}
			return AnswerReading{}, &AnswerFileError{Name: f.Name, Err: err}
		}
		read[att.SHA256] = pages
		atts = append(atts, att)
	}
	if _, err := rec.AttachAnswerFiles(ctx, requestID, atts); err != nil {
		return AnswerReading{}, err
	}
	return a.readAnswer(ctx, rec, req, read, p)
}

// ReadAnswer reads again every file of the answers to the request and
// returns what Carnet found in them; see AttachAnswer. It returns
// journal.ErrNotFound for an unknown request, an *AnswerFileError for a
// stored file that cannot be read any more, or ctx's error.
func (a *App) ReadAnswer(ctx context.Context, requestID string, progress func(done, total int)) (AnswerReading, error) {
	rec, err := a.answers()
	if err != nil {
		return AnswerReading{}, err
	}
	req, err := a.Request(ctx, requestID)
	if err != nil {
		return AnswerReading{}, err
	}
	return a.readAnswer(ctx, rec, req, pageCache{}, newProgress(progress))
}

// pageCache holds the pages of files already extracted, by SHA-256.
type pageCache map[string][]answerread.Page

// readAnswer extracts the request's stored files (those not in cache) and
// runs the finder and the fact detector over all their pages.
func (a *App) readAnswer(ctx context.Context, rec AnswerRecord, req rights.Request, cache pageCache, p *progress) (AnswerReading, error) {
	files, err := rec.AnswerFiles(ctx, req.ID, true)
	if err != nil {
		return AnswerReading{}, err
	}
	out := AnswerReading{Request: req}
	var pages []answerfind.Page
	for _, f := range files {
		got, ok := cache[f.SHA256]
		if !ok {
			got, err = answerread.Extract(ctx, f.Name, f.Data, answerread.Options{Progress: p.file()})
			if err != nil {
				if ctx.Err() != nil {
					return AnswerReading{}, ctx.Err()
				}
				return AnswerReading{}, &AnswerFileError{Name: f.Name, Err: err}
			}
			cache[f.SHA256] = got
		}
		f.Data = nil
		out.Files = append(out.Files, f)
		for _, pg := range got {
			pages = append(pages, answerfind.Page{File: pg.File, Number: pg.Number, Text: pg.Text, NoText: pg.NoText})
			if pg.NoText {
				out.Unread = append(out.Unread, UnreadPage{File: pg.File, Page: pg.Number, Unsupported: pg.Unsupported})
			}
		}
	}
	asked := req.Asked()
	keys := make([]string, len(asked))
	for i, it := range asked {
		keys[i] = it.Key
	}
	lex := answerfind.Default()
	for i, f := range lex.Find(pages, keys) {
		out.Items = append(out.Items, ItemFinding{Item: asked[i], Passages: f.Passages, Ticked: req.Checklist[asked[i].Key]})
	}
	out.Facts = lex.Facts(pages)
	return out, nil
}

// progress adds up the progress of several extractions into one count.
type progress struct {
	report            func(done, total int)
	doneBase, totBase int
	done, total       int
}

func newProgress(report func(done, total int)) *progress { return &progress{report: report} }

// file returns the callback of the next file's extraction.
func (p *progress) file() func(done, total int) {
	if p.report == nil {
		return nil
	}
	p.doneBase, p.totBase = p.doneBase+p.done, p.totBase+p.total
	p.done, p.total = 0, 0
	return func(done, total int) {
		p.done, p.total = done, total
		p.report(p.doneBase+done, p.totBase+total)
	}
}

// mimeOf returns the media type of an answer file from its content and
// name.
func mimeOf(name string, data []byte) string {
	switch answerread.Sniff(name, data) {
	case answerread.KindPDF:
		return "application/pdf"
	case answerread.KindZip:
		return "application/zip"
	case answerread.KindEmail:
		return "message/rfc822"
	case answerread.KindCSV:
		return "text/csv"
	case answerread.KindText:
		return "text/plain"
	}
	if t, ok := answerTypes[strings.ToLower(path.Ext(name))]; ok {
		return t
	}
	return "application/octet-stream"
}

// answerTypes are the media types of the other kinds an answer may hold,
// fixed here rather than read from the system's tables, so the same file
// is stored the same way on every machine.
var answerTypes = map[string]string{
	".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
	".ods":  "application/vnd.oasis.opendocument.spreadsheet",
	".png":  "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
}
