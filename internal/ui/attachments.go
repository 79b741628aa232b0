package ui

import (
	"io"
	"mime"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/i18n"
	"github.com/carnet-app/carnet/internal/journal"
)

// attachmentEditor lists the proofs of an act or mail; new files are kept
// in memory until the form is saved, removals too.
type attachmentEditor struct {
	ui      *UI
	content *fyne.Container
	rows    *fyne.Container
	errLine fieldError

	existing []journal.Attachment
	added    []journal.Attachment
	removed  []string
}

func newAttachmentEditor(u *UI, existing []journal.Attachment) *attachmentEditor {
	e := &attachmentEditor{ui: u, existing: existing, rows: container.NewVBox(), errLine: newFieldError()}
	add := widget.NewButtonWithIcon(u.tr.T("attachment.add"), theme.ContentAddIcon(), e.onAddTapped)
	e.content = container.NewVBox(e.rows, e.errLine, container.NewHBox(add))
	e.refresh()
	return e
}

func (e *attachmentEditor) refresh() {
	e.rows.RemoveAll()
	for _, a := range e.existing {
		if !slices.Contains(e.removed, a.ID) {
			e.rows.Add(e.row(a))
		}
	}
	for _, a := range e.added {
		e.rows.Add(e.row(a))
	}
	if len(e.rows.Objects) == 0 {
		e.rows.Add(widget.NewLabel(e.ui.tr.T("attachment.none")))
	} else {
		help := widget.NewLabel(e.ui.tr.T("attachment.fingerprint_help"))
		help.Wrapping = fyne.TextWrapWord
		help.SizeName = theme.SizeNameCaptionText
		e.rows.Add(help)
	}
}

func (e *attachmentEditor) row(a journal.Attachment) fyne.CanvasObject {
	tr := e.ui.tr
	name := widget.NewLabel(tr.T("attachment.line", a.Name, humanSize(tr, a.Size), a.SHA256[:min(12, len(a.SHA256))]))
	name.Wrapping = fyne.TextWrapBreak // a long file name wraps; its size stays readable
	open := widget.NewButtonWithIcon("", theme.FileIcon(), func() { e.onOpenTapped(a) })
	save := widget.NewButtonWithIcon("", theme.DocumentSaveIcon(), func() { e.onSaveCopyTapped(a) })
	remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { e.onRemoveTapped(a) })
	open.SetText(tr.T("attachment.open"))
	save.SetText(tr.T("attachment.save_copy"))
	remove.SetText(tr.T("attachment.remove"))
	return container.NewBorder(nil, nil, nil, container.NewHBox(open, save, remove), name)
}

func (e *attachmentEditor) onAddTapped() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			e.ui.showError(err)
			return
		}
		if r == nil {
			return
		}
		defer r.Close()
		e.addFrom(r.URI().Name(), r)
	}, e.ui.win)
	e.ui.showFileDialog(d)
}

// addFrom reads a file and stages it, refusing one over the size limit.
func (e *attachmentEditor) addFrom(name string, r io.Reader) {
	data, err := io.ReadAll(io.LimitReader(r, journal.MaxAttachmentSize+1))
	if err != nil {
		e.ui.showError(err)
		return
	}
	mimeType := mime.TypeByExtension(strings.ToLower(filepath.Ext(name)))
	a, err := journal.NewAttachment(name, mimeType, data, time.Now())
	if err != nil {
		e.errLine.set(e.ui.tr.T("attachment.too_large", name, journal.MaxAttachmentSize>>20))
		return
	}
	e.errLine.set("")
	e.added = append(e.added, a)
	e.refresh()
}

func (e *attachmentEditor) data(a journal.Attachment) ([]byte, error) {
	if a.Data != nil {
		return a.Data, nil
	}
	return e.ui.svc.AttachmentData(e.ui.ctx, a.ID)
}

// onOpenTapped writes the file to a private temporary folder and asks the
// system to open it with the usual application.
func (e *attachmentEditor) onOpenTapped(a journal.Attachment) {
	data, err := e.data(a)
	if err != nil {
		e.ui.showError(err)
		return
	}
	dir, err := os.MkdirTemp("", "carnet-")
	if err != nil {
		e.ui.showError(err)
		return
	}
	e.ui.tempDirs = append(e.ui.tempDirs, dir)
	path := filepath.Join(dir, safeFileName(a.Name))
	if err := os.WriteFile(path, data, 0o600); err != nil {
		e.ui.showError(err)
		return
	}
	if err := fyne.CurrentApp().OpenURL(&url.URL{Scheme: "file", Path: path}); err != nil {
		e.ui.showError(err)
	}
}

func (e *attachmentEditor) onSaveCopyTapped(a journal.Attachment) {
	data, err := e.data(a)
	if err != nil {
		e.ui.showError(err)
		return
	}
	e.ui.saveAs(safeFileName(a.Name), data, nil)
}

func (e *attachmentEditor) onRemoveTapped(a journal.Attachment) {
	for i, x := range e.added {
		if x.ID == a.ID {
			e.added = append(e.added[:i], e.added[i+1:]...)
			e.refresh()
			return
		}
	}
	e.removed = append(e.removed, a.ID)
	e.refresh()
}

// safeFileName keeps only the last path element and drops control characters.
func safeFileName(name string) string {
	name = filepath.Base(strings.ReplaceAll(name, "\\", "/"))
	name = strings.Map(func(r rune) rune {
		if r < 32 || r == 127 {
			return -1
		}
		return r
	}, name)
	if name == "" || name == "." || name == ".." {
		return "piece-jointe"
	}
	return name
}

func humanSize(tr *i18n.Translator, n int64) string {
	switch {
	case n < 1024:
		return tr.T("size.bytes", n)
	case n < 1024*1024:
		return tr.T("size.kib", (n+512)/1024)
	default:
		return tr.T("size.mib", (n+512*1024)/(1024*1024))
	}
}
