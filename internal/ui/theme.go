package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// scaledTheme is the default theme with every size multiplied, for users
// who need larger text.
type scaledTheme struct {
	scale float32
}

// NewTheme returns Carnet's theme with text and spacing scaled by scale
// (1 = normal).
func NewTheme(scale float64) fyne.Theme {
	if scale < 0.8 || scale > 2 {
		scale = 1
	}
	return &scaledTheme{scale: float32(scale)}
}

// Color returns the default theme's colour.
func (t *scaledTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return theme.DefaultTheme().Color(n, v)
}

// Font returns the default theme's font.
func (t *scaledTheme) Font(s fyne.TextStyle) fyne.Resource { return theme.DefaultTheme().Font(s) }

// Icon returns the default theme's icon.
func (t *scaledTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

// Size returns the default theme's size times the scale.
func (t *scaledTheme) Size(n fyne.ThemeSizeName) float32 {
	return theme.DefaultTheme().Size(n) * t.scale
}
