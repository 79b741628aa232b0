package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/carnet-app/carnet/internal/journal"
)

// palette is the colours of one theme variant, and the Fyne variant whose
// defaults fill what it does not set.
type palette struct {
	variant fyne.ThemeVariant
	colors  map[fyne.ThemeColorName]color.Color
}

// paletteFor returns the palette of a colour theme choice; following the
// system, the light or the dark one as the variant v says.
func paletteFor(choice string, v fyne.ThemeVariant) palette {
	switch choice {
	case journal.ColorThemeLight:
		return lightPalette
	case journal.ColorThemeDark:
		return darkPalette
	case journal.ColorThemeHighContrast:
		return highContrastPalette
	}
	if v == theme.VariantDark {
		return darkPalette
	}
	return lightPalette
}

// rgb returns the opaque colour 0xRRGGBB.
func rgb(hex uint32) color.NRGBA {
	return color.NRGBA{R: uint8(hex >> 16), G: uint8(hex >> 8), B: uint8(hex), A: 0xff}
}

// rgba returns the colour 0xRRGGBB with the opacity a.
func rgba(hex uint32, a uint8) color.NRGBA {
	c := rgb(hex)
	c.A = a
	return c
}

// lightPalette: near-black text on white; primary, error, warning and
// success dark enough for text on white and for white text on them.
var lightPalette = palette{variant: theme.VariantLight, colors: map[fyne.ThemeColorName]color.Color{
	theme.ColorNameBackground:          rgb(0xffffff),
	theme.ColorNameForeground:          rgb(0x1f1f1f),
	theme.ColorNameButton:              rgb(0xe8e8e8),
	theme.ColorNameDisabledButton:      rgb(0xefefef),
	theme.ColorNameDisabled:            rgb(0x5f5f5f),
	theme.ColorNamePlaceHolder:         rgb(0x5f5f5f),
	theme.ColorNamePrimary:             rgb(0x0b57d0),
	theme.ColorNameForegroundOnPrimary: rgb(0xffffff),
	theme.ColorNameHyperlink:           rgb(0x0b57d0),
	theme.ColorNameError:               rgb(0xb3261e),
	theme.ColorNameForegroundOnError:   rgb(0xffffff),
	theme.ColorNameWarning:             rgb(0x8a4b00),
	theme.ColorNameForegroundOnWarning: rgb(0xffffff),
	theme.ColorNameSuccess:             rgb(0x1e6b2a),
	theme.ColorNameForegroundOnSuccess: rgb(0xffffff),
	theme.ColorNameHeaderBackground:    rgb(0xf0f0f0),
	theme.ColorNameInputBackground:     rgb(0xf5f5f5),
	theme.ColorNameInputBorder:         rgb(0x767676),
	theme.ColorNameMenuBackground:      rgb(0xf5f5f5),
	theme.ColorNameOverlayBackground:   rgb(0xffffff),
	theme.ColorNameFocus:               rgba(0x0b57d0, 0x3f),
	theme.ColorNameSelection:           rgba(0x0b57d0, 0x33),
	theme.ColorNameHover:               rgba(0x000000, 0x0f),
	theme.ColorNamePressed:             rgba(0x000000, 0x19),
	theme.ColorNameScrollBar:           rgba(0x000000, 0x99),
	theme.ColorNameScrollBarBackground: rgb(0xdbdbdb),
	theme.ColorNameSeparator:           rgb(0xd6d6d6),
	theme.ColorNameShadow:              rgba(0x000000, 0x33),
}}

// darkPalette: light text on near-black; primary and the status colours
// are light, so the text on them is dark (white text on a primary light
// enough to be read on the background cannot reach 4.5:1).
var darkPalette = palette{variant: theme.VariantDark, colors: map[fyne.ThemeColorName]color.Color{
	theme.ColorNameBackground:          rgb(0x121212),
	theme.ColorNameForeground:          rgb(0xececec),
	theme.ColorNameButton:              rgb(0x2c2c30),
	theme.ColorNameDisabledButton:      rgb(0x222225),
	theme.ColorNameDisabled:            rgb(0xa0a0a0),
	theme.ColorNamePlaceHolder:         rgb(0xa8a8a8),
	theme.ColorNamePrimary:             rgb(0x8ab4f8),
	theme.ColorNameForegroundOnPrimary: rgb(0x101418),
	theme.ColorNameHyperlink:           rgb(0x8ab4f8),
	theme.ColorNameError:               rgb(0xf28b82),
	theme.ColorNameForegroundOnError:   rgb(0x121212),
	theme.ColorNameWarning:             rgb(0xf6b042),
	theme.ColorNameForegroundOnWarning: rgb(0x121212),
	theme.ColorNameSuccess:             rgb(0x81c995),
	theme.ColorNameForegroundOnSuccess: rgb(0x121212),
	theme.ColorNameHeaderBackground:    rgb(0x1b1b1c),
	theme.ColorNameInputBackground:     rgb(0x1e1e20),
	theme.ColorNameInputBorder:         rgb(0x8a8a8a),
	theme.ColorNameMenuBackground:      rgb(0x2c2c30),
	theme.ColorNameOverlayBackground:   rgb(0x1e1e22),
	theme.ColorNameFocus:               rgba(0x8ab4f8, 0x3f),
	theme.ColorNameSelection:           rgba(0x8ab4f8, 0x33),
	theme.ColorNameHover:               rgba(0xffffff, 0x0f),
	theme.ColorNamePressed:             rgba(0xffffff, 0x33),
	theme.ColorNameScrollBar:           rgba(0xffffff, 0x99),
	theme.ColorNameScrollBarBackground: rgb(0x202023),
	theme.ColorNameSeparator:           rgb(0x3a3a3e),
	theme.ColorNameShadow:              rgba(0x000000, 0x66),
}}

// highContrastPalette: white on black, yellow primary with black text on
// it, light status colours, white borders; every text pair above 7:1.
var highContrastPalette = palette{variant: theme.VariantDark, colors: map[fyne.ThemeColorName]color.Color{
	theme.ColorNameBackground:          rgb(0x000000),
	theme.ColorNameForeground:          rgb(0xffffff),
	theme.ColorNameButton:              rgb(0x1f1f1f),
	theme.ColorNameDisabledButton:      rgb(0x141414),
	theme.ColorNameDisabled:            rgb(0xc8c8c8),
	theme.ColorNamePlaceHolder:         rgb(0xb3b3b3), // dimmer than text, so an empty field does not look filled
	theme.ColorNamePrimary:             rgb(0xffd60a),
	theme.ColorNameForegroundOnPrimary: rgb(0x000000),
	theme.ColorNameHyperlink:           rgb(0x7fd8ff),
	theme.ColorNameError:               rgb(0xff9e94),
	theme.ColorNameForegroundOnError:   rgb(0x000000),
	theme.ColorNameWarning:             rgb(0xffc266),
	theme.ColorNameForegroundOnWarning: rgb(0x000000),
	theme.ColorNameSuccess:             rgb(0x7cf29c),
	theme.ColorNameForegroundOnSuccess: rgb(0x000000),
	theme.ColorNameHeaderBackground:    rgb(0x0d0d0d),
	theme.ColorNameInputBackground:     rgb(0x0d0d0d),
	theme.ColorNameInputBorder:         rgb(0xffffff),
	theme.ColorNameMenuBackground:      rgb(0x1f1f1f),
	theme.ColorNameOverlayBackground:   rgb(0x0d0d0d),
	theme.ColorNameFocus:               rgba(0xffd60a, 0x4c),
	theme.ColorNameSelection:           rgba(0xffd60a, 0x40),
	theme.ColorNameHover:               rgba(0xffffff, 0x1a),
	theme.ColorNamePressed:             rgba(0xffffff, 0x40),
	theme.ColorNameScrollBar:           rgba(0xffffff, 0xcc),
	theme.ColorNameScrollBarBackground: rgb(0x1f1f1f),
	theme.ColorNameSeparator:           rgb(0xffffff),
	theme.ColorNameShadow:              rgba(0x000000, 0x99),
}}
