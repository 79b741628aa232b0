package ui

import (
	"fmt"
	"image/color"
	"math"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/carnet-app/carnet/internal/journal"
)

// WCAG AA minimum contrast ratios.
const (
	normalText = 4.5 // text of normal size
	component  = 3.0 // large text and the borders of controls (1.4.11)
)

// contrastPair is a colour drawn on a background, as Fyne's widgets draw
// it: the background is its first colour, covered by the translucent ones
// after it (hover, focus, selection, pressed).
type contrastPair struct {
	text fyne.ThemeColorName
	on   []fyne.ThemeColorName
	min  float64
}

// contrastPairs lists every text/background pair the widgets draw.
func contrastPairs() []contrastPair {
	var pairs []contrastPair
	texts := []fyne.ThemeColorName{theme.ColorNameForeground, theme.ColorNameDisabled, theme.ColorNamePlaceHolder,
		theme.ColorNamePrimary, theme.ColorNameHyperlink, theme.ColorNameError, theme.ColorNameWarning, theme.ColorNameSuccess}
	backgrounds := []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameInputBackground,
		theme.ColorNameMenuBackground, theme.ColorNameOverlayBackground, theme.ColorNameHeaderBackground}
	for _, t := range texts { // labels by importance, hints, placeholders, disabled fields, links
		for _, b := range backgrounds {
			pairs = append(pairs, contrastPair{t, []fyne.ThemeColorName{b}, normalText})
		}
	}
	on := func(text fyne.ThemeColorName, layers ...fyne.ThemeColorName) {
		pairs = append(pairs, contrastPair{text, layers, normalText})
	}
	fg, hover, focus, pressed, sel := theme.ColorNameForeground, theme.ColorNameHover, theme.ColorNameFocus, theme.ColorNamePressed, theme.ColorNameSelection
	// Buttons, at rest, hovered, focused and pressed, by importance.
	for _, b := range [][2]fyne.ThemeColorName{
		{fg, theme.ColorNameButton},
		{theme.ColorNameForegroundOnPrimary, theme.ColorNamePrimary},
		{theme.ColorNameForegroundOnError, theme.ColorNameError},
		{theme.ColorNameForegroundOnWarning, theme.ColorNameWarning},
		{theme.ColorNameForegroundOnSuccess, theme.ColorNameSuccess},
	} {
		on(b[0], b[1])
		on(b[0], b[1], hover)
		on(b[0], b[1], focus)
		on(b[0], b[1], pressed)
	}
	on(fg, theme.ColorNameBackground, hover) // a low-importance button hovered, a list row
	on(theme.ColorNameDisabled, theme.ColorNameDisabledButton)
	on(theme.ColorNameDisabled, theme.ColorNameButton)
	// Selected rows and text, focused and hovered menu items and selects.
	for _, b := range []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameOverlayBackground, theme.ColorNameInputBackground} {
		on(fg, b, sel)
		on(fg, b, sel, hover)
	}
	on(fg, theme.ColorNameMenuBackground, focus)
	on(fg, theme.ColorNameMenuBackground, hover)
	on(fg, theme.ColorNameInputBackground, focus)
	on(fg, theme.ColorNameInputBackground, hover)
	on(fg, theme.ColorNameHeaderBackground, hover)
	// The border of an entry, and the focused one, against what is around it.
	for _, b := range []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameInputBackground, theme.ColorNameOverlayBackground} {
		pairs = append(pairs, contrastPair{theme.ColorNameInputBorder, []fyne.ThemeColorName{b}, component},
			contrastPair{theme.ColorNamePrimary, []fyne.ThemeColorName{b}, component})
	}
	return pairs
}

func (p contrastPair) String() string {
	return fmt.Sprintf("%s on %s", p.text, strings.Join(names(p.on), "+"))
}

func names(ns []fyne.ThemeColorName) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = string(n)
	}
	return out
}

// over draws src over the opaque dst, as the renderer blends.
func over(src, dst color.NRGBA) color.NRGBA {
	a := float64(src.A) / 255
	mix := func(s, d uint8) uint8 { return uint8(math.Round(float64(s)*a + float64(d)*(1-a))) }
	return color.NRGBA{R: mix(src.R, dst.R), G: mix(src.G, dst.G), B: mix(src.B, dst.B), A: 0xff}
}

// luminance is WCAG 2's relative luminance of an opaque colour.
func luminance(c color.NRGBA) float64 {
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
}

// contrast returns WCAG 2's contrast ratio of two opaque colours.
func contrast(a, b color.NRGBA) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// ratio returns the contrast of the pair in the theme th at the variant v.
func ratio(th fyne.Theme, v fyne.ThemeVariant, p contrastPair) float64 {
	get := func(n fyne.ThemeColorName) color.NRGBA {
		return color.NRGBAModel.Convert(th.Color(n, v)).(color.NRGBA)
	}
	bg := over(get(p.on[0]), color.NRGBA{A: 0xff}) // an opaque base stays itself
	for _, layer := range p.on[1:] {
		bg = over(get(layer), bg)
	}
	return contrast(over(get(p.text), bg), bg)
}

// contrastFailures returns each pair below its minimum, named with its ratio,
// and the lowest ratio of the pairs of normal text.
func contrastFailures(th fyne.Theme, v fyne.ThemeVariant) (failures []string, lowest float64) {
	lowest = math.Inf(1)
	for _, p := range contrastPairs() {
		r := ratio(th, v, p)
		if p.min == normalText {
			lowest = min(lowest, r)
		}
		if r < p.min {
			failures = append(failures, fmt.Sprintf("%s: %.2f:1, needs %.1f:1", p, r, p.min))
		}
	}
	return failures, lowest
}

func TestEveryThemeVariantReachesWCAGAA(t *testing.T) {
	tests := []struct {
		name    string
		choice  string
		variant fyne.ThemeVariant
	}{
		{"system, light", journal.ColorThemeSystem, theme.VariantLight},
		{"system, dark", journal.ColorThemeSystem, theme.VariantDark},
		{"light on a dark system", journal.ColorThemeLight, theme.VariantDark},
		{"dark on a light system", journal.ColorThemeDark, theme.VariantLight},
		{"high contrast", journal.ColorThemeHighContrast, theme.VariantLight},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			failures, lowest := contrastFailures(NewTheme(1, tt.choice), tt.variant)
			for _, f := range failures {
				t.Error(f)
			}
			t.Logf("lowest text contrast %.2f:1", lowest)
		})
	}
}

func TestHighContrastThemeReachesAAAForText(t *testing.T) {
	_, lowest := contrastFailures(NewTheme(1, journal.ColorThemeHighContrast), theme.VariantDark)
	if lowest < 7 {
		t.Fatalf("lowest text contrast %.2f:1, want at least 7:1", lowest)
	}
}

// TestFyneDefaultColoursFail shows the check can fail: it finds the
// failures of Fyne's default colours measured when this theme was made.
func TestFyneDefaultColoursFail(t *testing.T) {
	tests := []struct {
		variant fyne.ThemeVariant
		want    []string
	}{
		{theme.VariantLight, []string{"disabled on background: 1.28", "warning on background: 2.16",
			"success on background: 1.48", "error on background: 3.68"}},
		{theme.VariantDark, []string{"disabled on background: 1.55", "primary on background: 4.01"}},
	}
	for _, tt := range tests {
		failures, _ := contrastFailures(theme.DefaultTheme(), tt.variant)
		for _, want := range tt.want {
			if !slices.ContainsFunc(failures, func(f string) bool { return strings.HasPrefix(f, want) }) {
				t.Errorf("variant %d: no failure %q among %q", tt.variant, want, failures)
			}
		}
	}
}

func TestContrastFormula(t *testing.T) {
	tests := []struct {
		a, b uint32
		want float64
	}{
		{0x000000, 0xffffff, 21},
		{0xffffff, 0xffffff, 1},
		{0x767676, 0xffffff, 4.54}, // the lightest grey at AA on white
		{0x595959, 0xffffff, 7.00},
	}
	for _, tt := range tests {
		if got := contrast(rgb(tt.a), rgb(tt.b)); math.Abs(got-tt.want) > 0.01 {
			t.Errorf("contrast(%06x, %06x) = %.3f, want %.2f", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestThemeChoiceSetsThePalette(t *testing.T) {
	tests := []struct {
		choice  string
		variant fyne.ThemeVariant
		want    uint32 // background
	}{
		{journal.ColorThemeSystem, theme.VariantLight, 0xffffff},
		{journal.ColorThemeSystem, theme.VariantDark, 0x121212},
		{journal.ColorThemeLight, theme.VariantDark, 0xffffff},
		{journal.ColorThemeDark, theme.VariantLight, 0x121212},
		{journal.ColorThemeHighContrast, theme.VariantLight, 0x000000},
		{"sepia", theme.VariantDark, 0x121212}, // unknown: follows the system
	}
	for _, tt := range tests {
		if got := NewTheme(1, tt.choice).Color(theme.ColorNameBackground, tt.variant); !sameColor(got, rgb(tt.want)) {
			t.Errorf("theme %q on variant %d: background %v, want %06x", tt.choice, tt.variant, got, tt.want)
		}
	}
}
