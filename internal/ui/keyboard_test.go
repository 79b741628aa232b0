package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// keyboard sends keys as Fyne's desktop driver does: a shortcut goes to
// the focused widget when it takes shortcuts, else to the window; a key
// goes to the focused widget.
type keyboard struct{ c fyne.Canvas }

func (k keyboard) shortcut(s fyne.Shortcut) {
	if f, ok := k.c.Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(s)
		return
	}
	k.c.(fyne.Shortcutable).TypedShortcut(s)
}

func (k keyboard) ctrl(key fyne.KeyName) {
	if key == fyne.KeyZ {
		k.shortcut(&fyne.ShortcutUndo{}) // what the driver sends for Ctrl+Z
		return
	}
	k.shortcut(&desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault})
}

func (k keyboard) key(name fyne.KeyName) {
	if f := k.c.Focused(); f != nil {
		f.TypedKey(&fyne.KeyEvent{Name: name})
	}
}

// TestShortcutsStillWorkAfterAFormCloses chains what a user does with the
// keyboard only: Ctrl+N, Escape, Ctrl+N, Enter, Ctrl+1, Ctrl+2, then
// deletes the act and undoes it with Ctrl+Z.
func TestShortcutsStillWorkAfterAFormCloses(t *testing.T) {
	u, _ := newTestUI(t)
	kb := keyboard{u.win.Canvas()}
	kb.ctrl(fyne.KeyN)
	if u.journal.form == nil {
		t.Fatal("Ctrl+N did not open the form")
	}
	kb.key(fyne.KeyEscape)
	if u.journal.form != nil {
		t.Fatal("Escape did not close the form")
	}
	kb.ctrl(fyne.KeyN)
	if u.journal.form == nil {
		t.Fatal("Ctrl+N after Escape did nothing: the closed form kept the keyboard")
	}
	fillAct(u.journal.form, "Boulangerie Dupont")
	u.win.Canvas().Focus(u.journal.form.organisation)
	kb.key(fyne.KeyReturn)
	if u.journal.form != nil {
		t.Fatal("Enter did not save the act")
	}
	kb.ctrl(fyne.Key1)
	if u.tabs.SelectedIndex() != ScreenHome {
		t.Fatal("Ctrl+1 after saving did nothing")
	}
	kb.ctrl(fyne.Key2)
	if u.tabs.SelectedIndex() != ScreenJournal || len(u.journal.rows) != 1 {
		t.Fatalf("Ctrl+2 shows tab %d with %d acts", u.tabs.SelectedIndex(), len(u.journal.rows))
	}
	u.journal.openForm(&u.journal.rows[0])
	u.journal.form.deleteNow()
	if len(u.journal.rows) != 0 {
		t.Fatal("the act was not deleted")
	}
	kb.ctrl(fyne.KeyZ)
	if len(u.journal.rows) != 1 || !strings.Contains(visibleRows(u.journal)[0], "Boulangerie Dupont") {
		t.Fatal("Ctrl+Z after deleting did not bring the act back")
	}
	// A shortcut typed while the search field has the focus still reaches the window.
	u.win.Canvas().Focus(u.journal.search)
	test.Type(u.journal.search, "boul")
	kb.ctrl(fyne.KeyN)
	if u.journal.form == nil {
		t.Fatal("Ctrl+N from the search field did nothing")
	}
}

// TestTheShortcutsPageListsEveryShortcutAndTabLeavesNotes: Ctrl+H opens
// « Raccourcis », F1 the help of the screen shown; Tab is not swallowed
// by a multi-line field.
func TestTheShortcutsPageListsEveryShortcutAndTabLeavesNotes(t *testing.T) {
	u, _ := newTestUI(t)
	kb := keyboard{u.win.Canvas()}
	kb.ctrl(fyne.KeyH)
	if u.shortcutsShown == nil {
		t.Fatal("Ctrl+H did not open the shortcuts page")
	}
	u.shortcutsShown.Hide()
	u.shortcutsShown = nil
	u.Show(ScreenJournal)
	u.win.Canvas().Unfocus()
	// With no field focused, the driver hands F1 to the window's key handler.
	u.win.Canvas().(interface{ OnTypedKey() func(*fyne.KeyEvent) }).OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF1})
	top := u.win.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(strings.Join(textsIn(top), "\n"), u.tr.T("help.title", u.tr.T("screen.journal"))) {
		t.Fatal("F1 did not open the help of the Journal")
	}
	u.win.Canvas().Overlays().Remove(top)
	for _, s := range shortcutKeys {
		if u.tr.T(s.what) == s.what {
			t.Errorf("no sentence for %s", s.what)
		}
	}
	u.newAct()
	if u.journal.form.notes.AcceptsTab() {
		t.Error("Tab stays inside the notes instead of moving to the next field")
	}
}

// textsIn returns every text drawn under o, visible or not.
func textsIn(o fyne.CanvasObject) []string {
	var out []string
	switch v := o.(type) {
	case *canvas.Text:
		out = append(out, v.Text)
	case *fyne.Container:
		for _, c := range v.Objects {
			out = append(out, textsIn(c)...)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			out = append(out, textsIn(c)...)
		}
	}
	return out
}
