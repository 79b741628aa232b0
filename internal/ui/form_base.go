package ui

import (
	"bytes"
	"errors"
	"io"
	"net/url"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/journal"
)

// formBase holds what every record form shares: entries that save on Enter
// and cancel on Escape, an error line under each field, and the buttons.
type formBase struct {
	ui       *UI
	save     *widget.Button
	errors   map[string]fieldError
	onSave   func()
	onCancel func()
	// check reads the form as a save would; after a refused save it runs
	// at each keystroke, so that each error goes as soon as its field is right.
	check  func() (map[string]string, validator)
	failed bool // the last save was refused
	// problemText, when set, words a problem with what only the form
	// knows (the sending date…); "" keeps the catalogue's sentence.
	problemText func(field, code string) string
}

// validator is a domain value that checks itself.
type validator interface{ Validate() error }

func newFormBase(u *UI, onSave, onCancel func()) formBase {
	return formBase{ui: u, errors: map[string]fieldError{}, onSave: onSave, onCancel: onCancel}
}

func (b *formBase) entry(placeholder, text string) *formEntry {
	e := newFormEntry(placeholder)
	e.SetText(text)
	e.onEscape = b.onCancel
	e.OnSubmitted = func(string) { b.onSave() }
	e.OnChanged = func(string) { b.liveCheck() }
	return e
}

func (b *formBase) multiLine(text string) *formEntry {
	e := newFormMultiLine("")
	e.SetText(text)
	e.onEscape = b.onCancel
	e.OnChanged = func(string) { b.liveCheck() }
	return e
}

// liveCheck shows the form's problems again after a refused save, so that
// an error disappears as soon as its field is right.
func (b *formBase) liveCheck() {
	if b.failed && b.check != nil {
		bad, v := b.check()
		b.rejects(bad, v)
	}
}

// field returns a form row's content: the widget, its error line, extras.
func (b *formBase) field(name string, w fyne.CanvasObject, extra ...fyne.CanvasObject) fyne.CanvasObject {
	fe := newFieldError()
	b.errors[name] = fe
	return container.NewVBox(append([]fyne.CanvasObject{w, fe}, extra...)...)
}

// showProblems writes each problem under its field and clears the others.
// It reports whether there was any problem.
func (b *formBase) showProblems(bad map[string]string) bool {
	for name, fe := range b.errors {
		msg := ""
		if code, ok := bad[name]; ok {
			msg = b.ui.lbl.problem(code)
			if b.problemText != nil {
				if text := b.problemText(name, code); text != "" {
					msg = text
				}
			}
		}
		fe.set(msg)
	}
	return len(bad) > 0
}

// buttons returns Save, Cancel, the extra buttons and, when onDelete is
// set, Delete after a confirmation.
func (b *formBase) buttons(onDelete func(), extra ...fyne.CanvasObject) *fyne.Container {
	tr := b.ui.tr
	b.save = widget.NewButtonWithIcon(tr.T("action.save")+" ("+tr.T("key.enter")+")", theme.DocumentSaveIcon(), b.onSave)
	b.save.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(tr.T("action.cancel")+" ("+tr.T("key.escape")+")", theme.CancelIcon(), b.onCancel)
	row := newFlow(append(append([]fyne.CanvasObject{b.save, cancel}, extra...), layout.NewSpacer())...)
	if onDelete != nil {
		del := widget.NewButtonWithIcon(tr.T("action.delete"), theme.DeleteIcon(), func() {
			dialog.ShowConfirm(tr.T("delete.title"), tr.T("delete.confirm"), func(ok bool) {
				if ok {
					onDelete()
				}
			}, b.ui.win)
		})
		del.Importance = widget.DangerImportance
		row.Add(del)
	}
	return row
}

func boldLabel(s string) *widget.Label {
	return widget.NewLabelWithStyle(s, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
}

// listFormStack shows either a list or a form in the same place.
type listFormStack struct {
	content *fyne.Container
	listBox fyne.CanvasObject
	formBox *fyne.Container
}

func newListFormStack(list fyne.CanvasObject) *listFormStack {
	s := &listFormStack{listBox: list, formBox: container.NewStack()}
	s.formBox.Hide()
	s.content = container.NewStack(s.listBox, s.formBox)
	return s
}

func (s *listFormStack) showForm(form fyne.CanvasObject) {
	s.formBox.Objects = []fyne.CanvasObject{form}
	s.listBox.Hide()
	s.formBox.Show()
	s.formBox.Refresh()
}

// showList closes the form and gives the keyboard back to the window: the
// focus must not stay on a field that is gone, or it would swallow every
// shortcut (Ctrl+N, Ctrl+1…7, Ctrl+Z) until Tab or a click.
func (s *listFormStack) showList() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(s.content); c != nil {
		c.Unfocus()
	}
	s.formBox.Hide()
	s.formBox.Objects = nil
	s.listBox.Show()
}

// choices fills a Select from coded values and their labels.
func choices[T comparable](values []T, label func(T) string, selected T) *widget.Select {
	labels := make([]string, len(values))
	for i, v := range values {
		labels[i] = label(v)
	}
	s := widget.NewSelect(labels, nil)
	for i, v := range values {
		if v == selected {
			s.SetSelectedIndex(i)
		}
	}
	return s
}

// chosen returns the coded value selected in a Select built by choices.
func chosen[T any](s *widget.Select, values []T) (T, bool) {
	var zero T
	if i := s.SelectedIndex(); i >= 0 && i < len(values) {
		return values[i], true
	}
	return zero, false
}

// rejects shows, all at once, the problems found while reading the form
// and those of the domain's validation (a field that could not be read
// keeps its reading problem), and reports whether there were any.
func (b *formBase) rejects(bad map[string]string, value validator) bool {
	all := map[string]string{}
	var v *journal.ValidationError
	if err := value.Validate(); errors.As(err, &v) {
		for field, code := range v.Fields {
			all[field] = code
		}
	}
	for field, code := range bad {
		all[field] = code
	}
	b.failed = b.showProblems(all)
	return b.failed
}

// saveAs asks where to save data, proposing name, and writes it there;
// onSaved, when set, is told the file's name.
func (u *UI) saveAs(name string, data []byte, onSaved func(string)) {
	u.saveFrom(name, func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil }, onSaved)
}

// saveFileAs asks where to save the file built at path, offering name,
// and copies it there piece by piece; onSaved, when set, gets the name
// chosen.
func (u *UI) saveFileAs(name, path string, onSaved func(string)) {
	u.saveFrom(name, func() (io.ReadCloser, error) { return os.Open(path) }, onSaved)
}

// saveFrom asks where to save what open reads (or hands it to
// Options.SaveFile in scripts and tests), copies it there, then says where
// it went.
func (u *UI) saveFrom(name string, open func() (io.ReadCloser, error), onSaved func(string)) {
	if u.opts.SaveFile != nil {
		src, err := open()
		if err != nil {
			u.showError(err)
			return
		}
		defer src.Close()
		saved, err := u.opts.SaveFile(name, src)
		if err != nil {
			u.showError(err)
			return
		}
		if onSaved != nil {
			onSaved(saved)
		}
		return
	}
	d := dialog.NewFileSave(func(f fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if f == nil {
			return
		}
		src, err := open()
		if err == nil {
			_, err = io.Copy(f, src)
			src.Close()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			u.showError(err)
			return
		}
		if onSaved != nil {
			onSaved(f.URI().Name())
		}
		u.tellSaved(f.URI())
	}, u.win)
	d.SetFileName(name)
	u.showFileDialog(d)
}

// tellSaved says where a file was saved and offers to open its folder.
func (u *UI) tellSaved(file fyne.URI) {
	tr := u.tr
	folder, err := storage.Parent(file)
	msg := widget.NewLabel(tr.T("saved.where", file.Name(), file.Path()))
	msg.Wrapping = fyne.TextWrapWord
	if err != nil {
		dialog.ShowCustom(tr.T("saved.title"), tr.T("action.close"), msg, u.win)
		return
	}
	dialog.ShowCustomConfirm(tr.T("saved.title"), tr.T("saved.open_folder"), tr.T("action.close"), msg, func(open bool) {
		if !open {
			return
		}
		target, perr := url.Parse(folder.String())
		if perr == nil {
			perr = fyne.CurrentApp().OpenURL(target)
		}
		if perr != nil {
			u.showError(perr)
		}
	}, u.win)
}
