package ui

import (
	"context"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/answerfind"
	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/journal"
)

// answerPanel is « La réponse de France Travail » on a sent request: the
// files of the answer, and for each item the letter asked where the answer
// seems to address it, or « non trouvé ». Carnet proposes; the user reads
// the passage and ticks the item with « C’est bien la réponse », and
// confirms each value France Travail gives about them. Reading runs in
// the background, with progress and a cancel button.
type answerPanel struct {
	d        *requestDetail
	content  *fyne.Container
	body     *fyne.Container
	progress *widget.ProgressBar
	status   *widget.Label
	attach   *widget.Button
	cancel   *widget.Button
	running  context.CancelFunc
	reading  carnet.AnswerReading
	confirms map[string]*widget.Button // « C’est bien la réponse » per item key
	// factValues holds each proposed fact's value field, by name (tests).
	factValues map[string]*widget.Entry
}

func newAnswerPanel(d *requestDetail) *answerPanel {
	tr := d.ui.tr
	p := &answerPanel{d: d, body: container.NewVBox(), progress: widget.NewProgressBar(), status: widget.NewLabel("")}
	p.status.Wrapping = fyne.TextWrapWord
	p.status.Hide()
	p.progress.TextFormatter = noBarText
	p.progress.Hide()
	p.attach = widget.NewButtonWithIcon(tr.T("answer.attach"), theme.ContentAddIcon(), p.onAttachTapped)
	p.cancel = widget.NewButtonWithIcon(tr.T("action.cancel"), theme.CancelIcon(), func() {
		if p.running != nil {
			p.running()
		}
	})
	p.cancel.Hide()
	help := widget.NewLabel(tr.T("answer.help"))
	help.Wrapping = fyne.TextWrapWord
	p.content = container.NewVBox(widget.NewSeparator(),
		widget.NewLabelWithStyle(tr.T("answer.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		help, newFlow(p.attach, p.cancel), p.progress, p.status, p.body)
	p.run(func(ctx context.Context, progress func(done, total int)) (carnet.AnswerReading, error) {
		return d.ui.svc.ReadAnswer(ctx, d.req.ID, progress)
	})
	return p
}

// onAttachTapped asks for one file of the answer and reads it with the
// files already attached.
func (p *answerPanel) onAttachTapped() {
	u := p.d.ui
	dlg := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if r == nil {
			return
		}
		defer r.Close()
		p.attachFrom(r.URI().Name(), r)
	}, u.win)
	u.showFileDialog(dlg)
}

// attachFrom attaches the file read from r under name (tests call it).
func (p *answerPanel) attachFrom(name string, r io.Reader) {
	data, err := io.ReadAll(io.LimitReader(r, journal.MaxAttachmentSize+1))
	if err != nil {
		p.d.ui.showError(err)
		return
	}
	files := []carnet.AnswerInput{{Name: name, Data: data}}
	p.run(func(ctx context.Context, progress func(done, total int)) (carnet.AnswerReading, error) {
		return p.d.ui.svc.AttachAnswer(ctx, p.d.req.ID, files, progress)
	})
}

// run reads the answer in the background, with progress and cancel, then
// shows what was read; an error is told in a sentence and changes nothing.
func (p *answerPanel) run(read func(ctx context.Context, progress func(done, total int)) (carnet.AnswerReading, error)) {
	u := p.d.ui
	if p.running != nil {
		return
	}
	ctx, cancel := context.WithCancel(u.ctx)
	p.running = cancel
	p.setBusy(true)
	work := func() {
		reading, err := read(ctx, func(done, total int) {
			u.do(func() {
				if total > 0 {
					p.progress.SetValue(float64(done) / float64(total))
					p.setStatus(u.tr.T("answer.reading_pages", done, total))
				}
			})
		})
		u.do(func() {
			p.running = nil
			cancel()
			p.setBusy(false)
			switch {
			case ctx.Err() != nil && err != nil:
				p.setStatus(u.tr.T("answer.cancelled"))
			case err != nil:
				p.setStatus("")
				u.showError(err)
			default:
				p.setStatus("")
				p.show(reading)
			}
		})
	}
	if u.opts.Synchronous {
		work()
		return
	}
	u.loads.add(1)
	go func() {
		defer u.loads.add(-1)
		work()
	}()
}

// setStatus shows a line under the buttons, or nothing for "".
func (p *answerPanel) setStatus(text string) {
	p.status.SetText(text)
	if text == "" {
		p.status.Hide()
	} else {
		p.status.Show()
	}
}

func (p *answerPanel) setBusy(busy bool) {
	if busy {
		p.progress.SetValue(0)
		p.progress.Show()
		p.cancel.Show()
		p.attach.Disable()
		p.setStatus(p.d.ui.tr.T("answer.reading"))
		return
	}
	p.progress.Hide()
	p.cancel.Hide()
	p.attach.Enable()
}

// show draws what was read: the files, the items with their passages or
// « non trouvé », the pages Carnet could not read, and the values proposed.
func (p *answerPanel) show(r carnet.AnswerReading) {
	tr := p.d.ui.tr
	p.reading = r
	p.confirms = map[string]*widget.Button{}
	p.factValues = map[string]*widget.Entry{}
	p.body.RemoveAll()
	if len(r.Files) == 0 {
		p.body.Add(wrapped(tr.T("answer.no_files")))
		return
	}
	names := ""
	for i, f := range r.Files {
		if i > 0 {
			names += ", "
		}
		names += f.Name
	}
	p.body.Add(wrapped(tr.N("answer.files", len(r.Files)) + " " + names))
	for _, it := range r.Items {
		p.body.Add(p.itemRow(it))
	}
	for _, pg := range r.Unread {
		key := "answer.unread_page"
		if pg.Unsupported {
			key = "answer.unread_file"
		}
		l := wrapped(tr.T(key, pg.File, pg.Page))
		l.Importance = widget.WarningImportance
		p.body.Add(l)
	}
	if len(r.Facts) > 0 {
		p.body.Add(widget.NewLabelWithStyle(tr.T("answer.facts_title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, f := range r.Facts {
			p.body.Add(p.factRow(f))
		}
	}
	p.body.Refresh()
}

// itemRow is one asked item: « trouvé » with its passages in bold and a
// button that ticks the item in the checklist, or « non trouvé ».
func (p *answerPanel) itemRow(it carnet.ItemFinding) fyne.CanvasObject {
	tr := p.d.ui.tr
	name := tr.T("check." + it.Item.Key)
	if !it.Found() {
		l := wrapped(tr.T("answer.not_found", name))
		l.Importance = widget.DangerImportance
		return l
	}
	box := container.NewVBox(widget.NewLabelWithStyle(tr.T("answer.found", name), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, ps := range it.Passages {
		box.Add(passageText(tr.T("answer.where", ps.File, ps.Page), ps))
	}
	check := p.d.checks[it.Item.Key]
	switch {
	case check == nil:
	case check.Checked:
		box.Add(wrapped(tr.T("answer.ticked")))
	default:
		confirm := widget.NewButtonWithIcon(tr.T("answer.confirm_item"), theme.ConfirmIcon(), nil)
		confirm.OnTapped = func() {
			check.SetChecked(true) // saved with the request, by « Enregistrer »
			confirm.Disable()
			confirm.SetText(tr.T("answer.ticked"))
		}
		p.confirms[it.Item.Key] = confirm
		box.Add(newFlow(confirm))
	}
	return box
}

// passageText is « reponse.pdf, page 2 : … score d’employabilité … » with
// the phrase found in bold.
func passageText(where string, ps answerfind.Passage) *widget.RichText {
	t := widget.NewRichText(
		&widget.TextSegment{Text: where + " ", Style: widget.RichTextStyleInline},
		&widget.TextSegment{Text: "« " + ps.Before, Style: widget.RichTextStyleInline},
		&widget.TextSegment{Text: ps.Match, Style: widget.RichTextStyleStrong},
		&widget.TextSegment{Text: ps.After + " »", Style: widget.RichTextStyleInline},
	)
	t.Wrapping = fyne.TextWrapWord
	return t
}

// factRow is one value France Travail gives about the user, as read, in
// a field the user may correct (a value cut or misread), with a button to
// keep it once checked.
func (p *answerPanel) factRow(f answerfind.Fact) fyne.CanvasObject {
	u := p.d.ui
	tr := u.tr
	text := tr.T("answer.fact", f.Name, f.Value, f.File, f.Page)
	if !f.ValidOn.IsZero() {
		text = tr.T("answer.fact_dated", f.Name, f.Value, journal.FormatShortDate(f.ValidOn), f.File, f.Page)
	}
	value := widget.NewEntry()
	value.SetText(f.Value)
	confirm := widget.NewButtonWithIcon(tr.T("answer.confirm_fact"), theme.ConfirmIcon(), nil)
	confirm.OnTapped = func() {
		kept := f
		kept.Value = strings.TrimSpace(value.Text)
		if _, err := u.svc.ConfirmFact(u.ctx, p.d.req.ID, kept); err != nil {
			u.showError(err)
			return
		}
		value.Disable()
		confirm.Disable()
		confirm.SetText(tr.T("answer.fact_kept"))
	}
	p.factValues[f.Name] = value
	return container.NewVBox(wrapped(text), container.NewBorder(nil, nil, nil, confirm, value))
}

// wrapped is a label whose text wraps.
func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}
