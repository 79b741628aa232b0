package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/carnet-app/carnet/internal/journal"
)

// carnetTheme is Carnet's theme: its own colours, chosen so that every text
// reaches WCAG AA on every background it is drawn on (contrast_test.go
// measures them), Fyne's fonts and icons, and every size multiplied for
// users who need larger text.
type carnetTheme struct {
	scale  float32
	choice string // a journal.ColorTheme* value
}

// NewTheme returns Carnet's theme with text and spacing scaled by scale
// (1 = normal; out of 0.8–2 it is 1) and the colours of choice, one of
// journal.ColorThemes (an unknown one follows the system).
func NewTheme(scale float64, choice string) fyne.Theme {
	if scale < 0.8 || scale > 2 {
		scale = 1
	}
	if !journal.ValidColorTheme(choice) {
		choice = journal.ColorThemeSystem
	}
	return &carnetTheme{scale: float32(scale), choice: choice}
}

// Color returns the colour n of the chosen palette; following the system,
// the palette is the light or dark one of the variant v. A name the
// palette does not set (a future Fyne colour) is the default theme's.
func (t *carnetTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	p := paletteFor(t.choice, v)
	if c, ok := p.colors[n]; ok {
		return c
	}
	return theme.DefaultTheme().Color(n, p.variant)
}

// Font returns the default theme's font.
func (t *carnetTheme) Font(s fyne.TextStyle) fyne.Resource { return theme.DefaultTheme().Font(s) }

// Icon returns the default theme's icon.
func (t *carnetTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

// Size returns the default theme's size times the scale.
func (t *carnetTheme) Size(n fyne.ThemeSizeName) float32 {
	return theme.DefaultTheme().Size(n) * t.scale
}
