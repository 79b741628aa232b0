package pdf

import (
	"github.com/go-pdf/fpdf"

	"github.com/carnet-app/carnet/assets"
)

// Font families: letters are set in serif, reports in sans.
const (
	serif = "serif"
	sans  = "sans"
)

// faces holds the regular and bold TrueType data of each family.
var faces = map[string][2][]byte{
	serif: {assets.SerifRegular, assets.SerifBold},
	sans:  {assets.SansRegular, assets.SansBold},
}

// newPDF returns an A4 document titled title with the regular and bold
// faces of family loaded, and no other: fpdf parses every font it is
// given, so a letter does not pay for the report fonts.
func newPDF(title, family string) *fpdf.Fpdf {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes(family, "", faces[family][0])
	pdf.AddUTF8FontFromBytes(family, "B", faces[family][1])
	pdf.SetTitle(title, true)
	pdf.SetCreator("Carnet", true)
	pdf.SetCompression(true)
	pdf.SetCatalogSort(true) // the same document always gives the same bytes
	return pdf
}
