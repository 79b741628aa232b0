package i18n

import _ "embed"

//go:embed fyne-fr.json
var fyneFrench []byte

// FyneTranslations returns, by locale, the words Carnet gives Fyne's own
// widgets and dialogs (file dialogs, entry menus) in Fyne's translation
// format: the keys are those Fyne passes to its lang package, and the
// English names Fyne 2.7 writes without it (the places of a file dialog,
// the overwrite question), which the window translates itself.
func FyneTranslations() map[string][]byte {
	return map[string][]byte{"fr": fyneFrench}
}
