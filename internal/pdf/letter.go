package pdf

import (
	"bytes"
	"fmt"

	"github.com/go-pdf/fpdf"

	"github.com/carnet-app/carnet/assets"
	"github.com/carnet-app/carnet/internal/doc"
)

// Page geometry of letters, in millimetres.
const (
	marginLeft    = 22.0
	marginRight   = 20.0
	marginTop     = 18.0
	recipientX    = 110.0
	lineHeight    = 5.0
	bodyFontSize  = 10.5
	smallFontSize = 9.0
)

// newPDF returns an A4 document with the embedded fonts loaded.
func newPDF(title string) *fpdf.Fpdf {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes("serif", "", assets.SerifRegular)
	pdf.AddUTF8FontFromBytes("serif", "B", assets.SerifBold)
	pdf.AddUTF8FontFromBytes("sans", "", assets.SansRegular)
	pdf.AddUTF8FontFromBytes("sans", "B", assets.SansBold)
	pdf.SetMargins(marginLeft, marginTop, marginRight)
	pdf.SetAutoPageBreak(true, 22)
	pdf.SetTitle(title, true)
	pdf.SetCreator("Carnet", true)
	pdf.SetCompression(true)
	pdf.SetCatalogSort(true) // the same document always gives the same bytes
	return pdf
}

// Letter renders the letter as an A4 PDF; page numbers appear when it
// runs over more than one page. It returns fpdf's error, if any.
func Letter(l doc.Letter) ([]byte, error) {
	pages, err := renderLetter(l, false)
	if err != nil {
		return nil, err
	}
	if pages.PageCount() > 1 {
		if pages, err = renderLetter(l, true); err != nil {
			return nil, err
		}
	}
	var buf bytes.Buffer
	if err := pages.Output(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func renderLetter(l doc.Letter, numbered bool) (*fpdf.Fpdf, error) {
	pdf := newPDF(l.Subject)
	pdf.SetCreationDate(l.Date)
	pdf.SetModificationDate(l.Date)
	if numbered {
		pdf.AliasNbPages("{nb}")
		pdf.SetFooterFunc(func() {
			pdf.SetY(-15)
			pdf.SetFont("serif", "", smallFontSize)
			pdf.CellFormat(0, 5, fmt.Sprintf("Page %d/{nb}", pdf.PageNo()), "", 0, "C", false, 0, "")
		})
	}
	pdf.AddPage()
	pdf.SetFont("serif", "", bodyFontSize)
	width, _ := pdf.GetPageSize()
	textWidth := width - marginLeft - marginRight

	// Sender, top left.
	for i, line := range l.Sender {
		style := ""
		if i == 0 {
			style = "B"
		}
		pdf.SetFont("serif", style, bodyFontSize)
		pdf.MultiCell(recipientX-marginLeft-4, lineHeight, line, "", "L", false)
	}
	// Recipient, right, below the sender's first lines (window envelope).
	y := marginTop + 32
	if pdf.GetY()+4 > y {
		y = pdf.GetY() + 4
	}
	pdf.SetY(y)
	for _, line := range l.Recipient {
		pdf.SetX(recipientX)
		pdf.MultiCell(width-recipientX-marginRight, lineHeight, line, "", "L", false)
	}
	pdf.Ln(lineHeight * 1.5)
	pdf.SetX(recipientX)
	pdf.MultiCell(width-recipientX-marginRight, lineHeight, l.PlaceDate, "", "L", false)
	pdf.Ln(lineHeight)

	if l.Mode != "" {
		pdf.SetFont("serif", "B", bodyFontSize)
		pdf.MultiCell(textWidth, lineHeight, l.Mode, "", "L", false)
	}
	pdf.SetFont("serif", "B", bodyFontSize)
	pdf.MultiCell(textWidth, lineHeight, "Objet\u00a0: "+l.Subject, "", "L", false)
	pdf.SetFont("serif", "", bodyFontSize)
	for _, r := range l.References {
		pdf.MultiCell(textWidth, lineHeight, r, "", "L", false)
	}
	pdf.Ln(lineHeight)
	pdf.MultiCell(textWidth, lineHeight, l.Salutation, "", "L", false)
	pdf.Ln(lineHeight * 0.6)
	for _, blk := range l.Body {
		writeBlock(pdf, blk, textWidth)
	}
	pdf.Ln(lineHeight * 0.4)
	ensureSpace(pdf, 36) // the closing, the room to sign and the name stay together
	pdf.MultiCell(textWidth, lineHeight, l.Closing, "", "J", false)
	pdf.Ln(lineHeight * 4) // room for the handwritten signature
	pdf.SetX(recipientX)
	pdf.SetFont("serif", "B", bodyFontSize)
	pdf.CellFormat(0, lineHeight, l.Signature, "", 1, "L", false, 0, "")
	pdf.SetFont("serif", "", bodyFontSize)
	if len(l.Attachments) > 0 {
		pdf.Ln(lineHeight * 2)
		pdf.SetFont("serif", "B", bodyFontSize)
		pdf.CellFormat(0, lineHeight, "Pièces jointes\u00a0:", "", 1, "L", false, 0, "")
		pdf.SetFont("serif", "", bodyFontSize)
		for _, a := range l.Attachments {
			pdf.SetX(marginLeft + 4)
			pdf.MultiCell(textWidth-4, lineHeight, "– "+a, "", "L", false)
		}
	}
	return pdf, pdf.Error()
}

func writeBlock(pdf *fpdf.Fpdf, blk doc.Block, textWidth float64) {
	switch blk.Kind {
	case doc.Heading:
		pdf.SetFont("serif", "B", bodyFontSize)
		pdf.MultiCell(textWidth, lineHeight, blk.Text, "", "L", false)
		pdf.SetFont("serif", "", bodyFontSize)
		pdf.Ln(lineHeight * 0.2)
	case doc.Bullets:
		for _, it := range blk.Items {
			pdf.SetX(marginLeft + 5)
			pdf.CellFormat(4, lineHeight, "–", "", 0, "L", false, 0, "")
			pdf.MultiCell(textWidth-9, lineHeight, it, "", "L", false)
		}
		pdf.Ln(lineHeight * 0.6)
	default:
		pdf.MultiCell(textWidth, lineHeight, blk.Text, "", "J", false)
		pdf.Ln(lineHeight * 0.6)
	}
}

// ensureSpace starts a new page unless mm millimetres remain above the
// bottom margin.
func ensureSpace(pdf *fpdf.Fpdf, mm float64) {
	_, pageHeight := pdf.GetPageSize()
	_, _, _, bottom := pdf.GetMargins()
	if pdf.GetY()+mm > pageHeight-bottom {
		pdf.AddPage()
	}
}
