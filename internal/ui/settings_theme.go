package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/journal"
)

// newThemeSelect returns Paramètres' choice of colour theme: choosing one
// applies it at once and keeps it in the profile.
func (s *settingsScreen) newThemeSelect() *widget.Select {
	tr := s.ui.tr
	sel := choices(journal.ColorThemes, func(c string) string { return tr.T(themeKey(c)) }, journal.ColorThemeSystem)
	sel.OnChanged = func(string) { s.onThemeChosen() }
	return sel
}

// themeKey returns the i18n key of a colour theme's name.
func themeKey(choice string) string {
	if choice == journal.ColorThemeSystem {
		return "settings.theme_system"
	}
	return "settings.theme_" + choice
}

// showTheme selects the theme in the list; as it is the profile's, the
// selection saves nothing.
func (s *settingsScreen) showTheme(choice string) {
	for i, c := range journal.ColorThemes {
		if c == choice {
			s.theme.SetSelectedIndex(i)
		}
	}
}

// onThemeChosen saves the theme chosen in the saved profile, alone (the
// rest of the form waits for « Enregistrer »), then applies it. Choosing
// the theme in use does nothing; a failure says why and shows the theme
// in use again.
func (s *settingsScreen) onThemeChosen() {
	choice, ok := chosen(s.theme, journal.ColorThemes)
	if !ok || choice == s.profile.Theme {
		return
	}
	u := s.ui
	p, err := u.svc.Profile(u.ctx)
	if err == nil {
		p.Theme = choice
		p.Language = u.tr.Lang() // the language shown, not the default of a profile never saved
		err = u.svc.SaveProfile(u.ctx, p)
	}
	if err != nil {
		u.showError(err)
		s.showTheme(s.profile.Theme)
		return
	}
	s.profile.Theme = choice
	fyne.CurrentApp().Settings().SetTheme(NewTheme(p.TextScale, choice))
}
