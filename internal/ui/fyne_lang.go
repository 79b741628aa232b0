package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/i18n"
)

// AddFyneTranslations gives Fyne's own dialogs and menus Carnet's words
// (i18n.FyneTranslations) and has Fyne read the system's locale again. Call
// it once the locale is set (LANGUAGE) and before the app shows a window.
// It returns the error of the first file Fyne cannot read.
func AddFyneTranslations() error {
	for locale, data := range i18n.FyneTranslations() {
		if err := lang.AddTranslationsForLocale(data, fyne.Locale(locale)); err != nil {
			return err
		}
	}
	return nil
}

// showFileDialog shows a Fyne file or folder dialog with every word in the
// UI's language: Fyne 2.7 writes the names of the places (« Home »,
// « Computer », « Desktop »…) and the overwrite question in English
// without going through its lang package, so once the dialog is on the
// canvas their labels are translated through lang, with the keys of
// i18n.FyneTranslations, and so are the questions its buttons open.
func (u *UI) showFileDialog(d *dialog.FileDialog) {
	d.Show()
	c := u.win.Canvas()
	if top := c.Overlays().Top(); top != nil {
		translateFileDialog(c, top)
	}
}

// translateFileDialog translates the places of the file dialog drawn by
// top, and has each of its buttons translate the dialog it opens.
func translateFileDialog(c fyne.Canvas, top fyne.CanvasObject) {
	walkObjects(top, func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.List: // the places; the files are items of Fyne's own type
			update := w.UpdateItem
			w.UpdateItem = func(id widget.ListItemID, item fyne.CanvasObject) {
				update(id, item)
				walkObjects(item, translateLabel)
			}
			w.Refresh()
		case *widget.Button:
			if tapped := w.OnTapped; tapped != nil {
				w.OnTapped = func() {
					tapped()
					for _, o := range c.Overlays().List() {
						walkObjects(o, translateLabel)
					}
				}
			}
		}
	})
}

// overwritePrefix starts the question Fyne asks before replacing a file.
const overwritePrefix = "Are you sure you want to overwrite the file\n"

// translateLabel translates the text of a label that Fyne writes in
// English without lang; any other object or text is left as it is.
func translateLabel(o fyne.CanvasObject) {
	l, ok := o.(*widget.Label)
	if !ok {
		return
	}
	if name, ok := strings.CutPrefix(l.Text, overwritePrefix); ok && strings.HasSuffix(name, "?") {
		l.SetText(lang.X("file.overwrite", l.Text, map[string]any{"Name": strings.TrimSuffix(name, "?")}))
		return
	}
	if fyneEnglish[l.Text] {
		l.SetText(lang.L(l.Text))
	}
}

// fyneEnglish lists the texts Fyne 2.7's file dialogs write without lang.
var fyneEnglish = map[string]bool{
	"Home": true, "Computer": true, "App Files": true, "Desktop": true, "Documents": true,
	"Downloads": true, "Music": true, "Pictures": true, "Videos": true, "Movies": true,
	"Overwrite?": true, "Cannot overwrite": true,
	"Files cannot replace a directory,\ncheck the file name and try again": true,
}

// walkObjects calls visit on o and on every object inside it that Fyne's
// public API reaches: containers, pop-ups, splits and scrolls.
func walkObjects(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	visit(o)
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			walkObjects(c, visit)
		}
	case *widget.PopUp:
		walkObjects(v.Content, visit)
	case *container.Split:
		walkObjects(v.Leading, visit)
		walkObjects(v.Trailing, visit)
	case *container.Scroll:
		walkObjects(v.Content, visit)
	}
}
