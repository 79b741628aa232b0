// Package assets embeds the files Carnet ships: the DejaVu fonts used by
// its PDF documents (licence in fonts/LICENSE-DejaVu.txt).
package assets

import _ "embed"

// SerifRegular is DejaVu Serif, the body font of letters.
//
//go:embed fonts/DejaVuSerif.ttf
var SerifRegular []byte

// SerifBold is DejaVu Serif Bold.
//
//go:embed fonts/DejaVuSerif-Bold.ttf
var SerifBold []byte

// SansRegular is DejaVu Sans, the font of reports and tables.
//
//go:embed fonts/DejaVuSans.ttf
var SansRegular []byte

// SansBold is DejaVu Sans Bold.
//
//go:embed fonts/DejaVuSans-Bold.ttf
var SansBold []byte
