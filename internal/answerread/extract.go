package answerread

import (
	"bytes"
	"context"
	"path"
	"strings"

	"github.com/carnet-app/carnet/internal/journal"
)

// Page is one page, sheet or section of an answer's text.
type Page struct {
	// File is the file's name, with the archive or e-mail that held it
	// before a slash: « reponse.zip/courrier.pdf ».
	File string
	// Number counts from 1: the page of a PDF, the sheet of a workbook,
	// 1 for a text, a CSV, an image or an e-mail's body.
	Number int
	// Label names a sheet (XLSX, ODS); empty otherwise.
	Label string
	// Text is the page's text, lines separated by "\n", table cells by " | ".
	Text string
	// NoText marks an image or a page whose text cannot be read
	// automatically (a scan): Text is empty and must not be taken as
	// "says nothing".
	NoText bool
	// Unsupported marks a file inside an archive or e-mail of a kind Carnet
	// cannot read (a Word document, a HEIC photo): NoText is set too. At the
	// top level such a file is refused with ErrUnsupported instead.
	Unsupported bool
}

// Limits bound what one extraction may read; zero fields take the default.
type Limits struct {
	MaxFileSize int64 // bytes of one file, archived or not; default 25 MiB
	MaxTotal    int64 // uncompressed bytes of all files together; default 200 MiB
	MaxEntries  int   // files inside archives and e-mails together; default 1000
	MaxDepth    int   // archives and e-mail parts inside each other; default 16
	MaxPages    int   // pages of one PDF; default 2000
}

// Options are an extraction's limits and its progress callback.
type Options struct {
	Limits Limits
	// Progress, when set, is told how many pages (or files without pages)
	// are done out of how many are known so far; the total grows while
	// archives and e-mails are opened. It is called on Extract's goroutine.
	Progress func(done, total int)
}

func (l Limits) withDefaults() Limits {
	if l.MaxFileSize <= 0 {
		l.MaxFileSize = journal.MaxAttachmentSize
	}
	if l.MaxTotal <= 0 {
		l.MaxTotal = 200 << 20
	}
	if l.MaxEntries <= 0 {
		l.MaxEntries = 1000
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = 16
	}
	if l.MaxPages <= 0 {
		l.MaxPages = 2000
	}
	return l
}

// run is one extraction's shared state: limits, budget and progress.
type run struct {
	ctx         context.Context
	lim         Limits
	progress    func(done, total int)
	done, total int
	bytes       int64 // uncompressed bytes taken so far
	entries     int
}

// Extract returns the pages of the file called name whose content is data,
// in reading order; archives and e-mails give the pages of the files they
// hold. It returns ctx's error when cancelled, and otherwise one of the
// package's errors (ErrTooLarge, ErrArchiveTooLarge, ErrTooManyEntries,
// ErrTooDeep, ErrTooManyPages, ErrUnsupported, ErrEncrypted, ErrDamaged)
// wrapped with the name of the file concerned; it then returns no pages.
func Extract(ctx context.Context, name string, data []byte, opt Options) ([]Page, error) {
	r := &run{ctx: ctx, lim: opt.Limits.withDefaults(), progress: opt.Progress}
	pages, err := r.file(name, data, 0)
	if err != nil {
		return nil, err
	}
	return pages, nil
}

// Kind is a file format Extract recognises.
type Kind string

// The kinds of files Extract reads.
const (
	KindPDF   Kind = "pdf"
	KindXLSX  Kind = "xlsx"
	KindODS   Kind = "ods"
	KindCSV   Kind = "csv"
	KindText  Kind = "txt"
	KindEmail Kind = "eml"
	KindZip   Kind = "zip"
	KindImage Kind = "image"
)

// Sniff returns the kind of the file called name with content data, from
// its first bytes and then its extension, or "" when Extract cannot read it.
func Sniff(name string, data []byte) Kind {
	ext := strings.ToLower(path.Ext(name))
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return KindPDF
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")), bytes.HasPrefix(data, []byte("\xff\xd8\xff")):
		return KindImage
	case bytes.HasPrefix(data, []byte("PK\x03\x04")), bytes.HasPrefix(data, []byte("PK\x05\x06")):
		switch ext {
		case ".xlsx", ".xlsm":
			return KindXLSX
		case ".ods":
			return KindODS
		case ".docx", ".odt", ".pptx", ".odp", ".epub":
			return "" // archives of a format Carnet does not read
		}
		return KindZip
	}
	switch ext {
	case ".csv", ".tsv":
		return KindCSV
	case ".txt", ".text", ".log", "":
		return KindText
	case ".eml":
		return KindEmail
	}
	return ""
}

// file extracts one file at the given nesting depth.
func (r *run) file(name string, data []byte, depth int) ([]Page, error) {
	if err := r.ctx.Err(); err != nil {
		return nil, err
	}
	if int64(len(data)) > r.lim.MaxFileSize {
		return nil, fileError(name, ErrTooLarge)
	}
	if depth > r.lim.MaxDepth {
		return nil, fileError(name, ErrTooDeep)
	}
	switch Sniff(name, data) {
	case KindPDF:
		return r.pdf(name, data)
	case KindImage:
		return r.single(Page{File: name, Number: 1, NoText: true}), nil
	case KindXLSX:
		return r.xlsx(name, data)
	case KindODS:
		return r.ods(name, data)
	case KindZip:
		return r.zip(name, data, depth)
	case KindCSV:
		return r.single(Page{File: name, Number: 1, Text: csvText(decodeCharset(data))}), nil
	case KindText:
		return r.single(Page{File: name, Number: 1, Text: decodeCharset(data)}), nil
	case KindEmail:
		return r.email(name, data, depth)
	}
	if depth > 0 {
		return r.single(Page{File: name, Number: 1, NoText: true, Unsupported: true}), nil
	}
	return nil, fileError(name, ErrUnsupported)
}

// single counts one page done and returns it alone.
func (r *run) single(p Page) []Page {
	r.grow(1)
	r.step()
	return []Page{p}
}

// grow adds n pages to the known total.
func (r *run) grow(n int) {
	r.total += n
	if r.progress != nil {
		r.progress(r.done, r.total)
	}
}

// step counts one page done.
func (r *run) step() {
	r.done++
	if r.progress != nil {
		r.progress(r.done, r.total)
	}
}

// take counts n uncompressed bytes against the total budget; it returns
// ErrArchiveTooLarge for the file name when the budget is spent.
func (r *run) take(name string, n int64) error {
	r.bytes += n
	if r.bytes > r.lim.MaxTotal {
		return fileError(name, ErrArchiveTooLarge)
	}
	return nil
}

// entry counts one more file inside an archive or e-mail.
func (r *run) entry(name string) error {
	r.entries++
	if r.entries > r.lim.MaxEntries {
		return fileError(name, ErrTooManyEntries)
	}
	return nil
}
