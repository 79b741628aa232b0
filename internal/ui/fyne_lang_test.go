package ui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/i18n"
)

// englishInFileDialogs matches the English words Fyne's file dialogs show
// when they are not translated, and the « Ouvrir Fichier » of Fyne's own
// French, as whole words.
var englishInFileDialogs = regexp.MustCompile(`\b(Home|Computer|Desktop|Downloads|Music|Pictures|Videos|App Files|Parent|Open|Save|Cancel|File|Folder|New Folder|Create Folder|Show Hidden Files|Enter filename|Overwrite|Are you sure|Cannot overwrite|Name)\b|Ouvrir Fichier|Enregistrer Fichier`)

// template matches a placeholder of a translation.
var template = regexp.MustCompile(`\{\{[^}]*\}\}`)

// frenchFyne sets a French locale for Fyne's own strings, as app.normaliseLocale does.
func frenchFyne(t *testing.T) {
	t.Setenv("LANGUAGE", "fr")
	t.Setenv("LANG", "fr_FR.UTF-8")
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	if err := AddFyneTranslations(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = lang.AddTranslationsForLocale([]byte("{}"), "en") }) // re-reads the locale restored
}

// drawnTexts returns every text drawn by o, as the renderers lay it out.
func drawnTexts(o fyne.CanvasObject) []string {
	var out []string
	for _, obj := range test.LaidOutObjects(o) {
		switch v := obj.(type) {
		case *canvas.Text:
			out = append(out, v.Text)
		case *widget.Label:
			out = append(out, v.Text)
		}
	}
	return out
}

// englishWords returns the English words among texts.
func englishWords(texts []string) []string {
	var out []string
	for _, s := range texts {
		out = append(out, englishInFileDialogs.FindAllString(s, -1)...)
	}
	return out
}

// fileDialogFolder returns a folder with a file in it, inside another folder (« parent »).
func fileDialogFolder(t *testing.T) (fyne.ListableURI, string) {
	t.Helper()
	parent, err := os.MkdirTemp("", "carnet-") // t.TempDir's name holds the test's, English words included
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(parent) })
	dir := filepath.Join(parent, "dossiers")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "dossier-preuves.pdf"), []byte("%PDF"), 0o600); err != nil {
		t.Fatal(err)
	}
	l, err := storage.ListerForURI(storage.NewFileURI(dir))
	if err != nil {
		t.Fatal(err)
	}
	return l, dir
}

func TestFrenchFileDialogsShowNoEnglishWord(t *testing.T) {
	u, _ := newTestUI(t)
	frenchFyne(t)
	c := u.win.Canvas()
	folder, _ := fileDialogFolder(t)

	// Without the window's translation of the places, Fyne writes them in English.
	plain := dialog.NewFileOpen(func(fyne.URIReadCloser, error) {}, u.win)
	plain.SetLocation(folder)
	plain.Show()
	if words := englishWords(drawnTexts(c.Overlays().Top())); !strings.Contains(strings.Join(words, " "), "Home") {
		t.Fatalf("the untranslated dialog shows no « Home » (the check would see nothing): %q", words)
	}
	plain.Hide()

	tests := []struct {
		name   string
		dialog func() *dialog.FileDialog
		want   []string
	}{
		{"open a file", func() *dialog.FileDialog { return dialog.NewFileOpen(func(fyne.URIReadCloser, error) {}, u.win) },
			[]string{"Ouvrir un fichier", "Dossier personnel", "Ordinateur", "(Dossier parent)", "Annuler", "Ouvrir"}},
		{"save a file", func() *dialog.FileDialog { return dialog.NewFileSave(func(fyne.URIWriteCloser, error) {}, u.win) },
			[]string{"Enregistrer un fichier", "Dossier personnel", "Nom du fichier", "Enregistrer"}},
		{"choose a folder", func() *dialog.FileDialog { return dialog.NewFolderOpen(func(fyne.ListableURI, error) {}, u.win) },
			[]string{"Ouvrir un dossier", "Dossier personnel", "Ordinateur"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tt.dialog()
			d.SetLocation(folder)
			u.showFileDialog(d)
			defer d.Hide()
			texts := drawnTexts(c.Overlays().Top())
			if words := englishWords(texts); len(words) > 0 {
				t.Errorf("English words in the dialog: %q\n(texts %q)", words, texts)
			}
			joined := strings.Join(texts, "\n")
			for _, w := range tt.want {
				if !strings.Contains(joined, w) {
					t.Errorf("%q not in the dialog: %q", w, texts)
				}
			}
		})
	}
}

func TestFrenchSaveDialogAsksToReplaceInFrench(t *testing.T) {
	u, _ := newTestUI(t)
	frenchFyne(t)
	folder, _ := fileDialogFolder(t)
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if w != nil {
			w.Close()
		}
	}, u.win)
	d.SetLocation(folder)
	d.SetFileName("dossier-preuves.pdf")
	u.showFileDialog(d)
	save := findButton(t, u.win.Canvas().Overlays().Top(), "Enregistrer")
	test.Tap(save)
	question := u.win.Canvas().Overlays().Top()
	texts := drawnTexts(question)
	if words := englishWords(texts); len(words) > 0 {
		t.Fatalf("English words in the question: %q (texts %q)", words, texts)
	}
	joined := strings.Join(texts, "\n")
	for _, w := range []string{"Remplacer le fichier ?", "Voulez-vous remplacer le fichier", "dossier-preuves.pdf ?", "Oui", "Non"} {
		if !strings.Contains(joined, w) {
			t.Errorf("%q not in the question: %q", w, texts)
		}
	}
}

// findButton returns the button labelled text inside o.
func findButton(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	for _, obj := range test.LaidOutObjects(o) {
		if b, ok := obj.(*widget.Button); ok && b.Text == text {
			return b
		}
	}
	t.Fatalf("no button %q", text)
	return nil
}

func TestFyneFrenchTranslatesEveryWordOfTheFileDialogs(t *testing.T) {
	var fr map[string]any
	if err := json.Unmarshal(i18n.FyneTranslations()["fr"], &fr); err != nil {
		t.Fatal(err)
	}
	keys := []string{"Open", "Save", "File", "Folder", "Cancel", "Enter filename", "New Folder", "Create Folder",
		"Show Hidden Files", "file.name", "file.parent", "Overwrite?", "file.overwrite", "Cannot overwrite"}
	for k := range fyneEnglish {
		keys = append(keys, k)
	}
	for _, k := range keys {
		v, ok := fr[k]
		if !ok {
			t.Errorf("no French for %q", k)
			continue
		}
		if m, ok := v.(map[string]any); ok {
			v = m["other"]
		}
		s, _ := v.(string)
		if s == "" || k != "Documents" && englishInFileDialogs.MatchString(template.ReplaceAllString(s, "")) {
			t.Errorf("%q is translated as %q", k, v)
		}
	}
}
