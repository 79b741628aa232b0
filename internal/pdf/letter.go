package pdf

import (
	"bytes"
	"fmt"

	"github.com/go-pdf/fpdf"

	"github.com/carnet-app/carnet/internal/doc"
)

// Page geometry of letters, in millimetres.
const (
	marginLeft    = 22.0
	marginRight   = 20.0
	marginTop     = 18.0
	marginBottom  = 22.0 // where the text stops; the page number sits below
	recipientX    = 110.0
	lineHeight    = 5.0
	bodyFontSize  = 10.5
	smallFontSize = 9.0
)

// Letter renders the letter as an A4 PDF; page numbers appear when it
// runs over more than one page. Page breaks never leave a heading at the
// foot of a page, never split a list item or the attachments, never leave
// a single line of a paragraph alone, and keep the end of the body with the
// closing and the signature. It returns fpdf's error, if any.
func Letter(l doc.Letter) ([]byte, error) {
	pdf, err := renderLetter(l)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// renderLetter lays the letter out on a new document.
func renderLetter(l doc.Letter) (*fpdf.Fpdf, error) {
	pdf := newPDF(l.Subject, serif)
	pdf.SetMargins(marginLeft, marginTop, marginRight)
	pdf.SetAutoPageBreak(true, marginBottom)
	pdf.SetCreationDate(l.Date)
	pdf.SetModificationDate(l.Date)
	pdf.AliasNbPages("{nb}")
	pdf.SetFooterFuncLpi(func(lastPage bool) {
		if lastPage && pdf.PageNo() == 1 {
			return // a single page is not numbered
		}
		pdf.SetY(-15)
		pdf.SetFont(serif, "", smallFontSize)
		pdf.CellFormat(0, 5, fmt.Sprintf("Page %d/{nb}", pdf.PageNo()), "", 0, "C", false, 0, "")
	})
	pdf.AddPage()
	width, _ := pdf.GetPageSize()
	f := &flow{pdf: pdf, width: width - marginLeft - marginRight}
	writeHeader(pdf, l, f.width)
	closing := f.closingHeight(l.Closing)
	f.body(l.Body, closing+f.attachmentsKept(l.Attachments))
	pdf.Ln(gapBeforeClosing)
	ensureSpace(pdf, closing-gapBeforeClosing) // only when the body is empty: it already kept room
	pdf.MultiCell(f.width, lineHeight, l.Closing, "", "J", false)
	pdf.Ln(signatureRoom)
	pdf.SetX(recipientX)
	pdf.SetFont(serif, "B", bodyFontSize)
	pdf.CellFormat(0, lineHeight, l.Signature, "", 1, "L", false, 0, "")
	pdf.SetFont(serif, "", bodyFontSize)
	f.attachments(l.Attachments)
	return pdf, pdf.Error()
}

// writeHeader writes everything above the body: sender, recipient, place
// and date, mode of sending, subject, references and salutation.
func writeHeader(pdf *fpdf.Fpdf, l doc.Letter, textWidth float64) {
	width, _ := pdf.GetPageSize()
	// Sender, top left.
	for i, line := range l.Sender {
		style := ""
		if i == 0 {
			style = "B"
		}
		pdf.SetFont(serif, style, bodyFontSize)
		pdf.MultiCell(recipientX-marginLeft-4, lineHeight, line, "", "L", false)
	}
	pdf.SetFont(serif, "", bodyFontSize)
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

	pdf.SetFont(serif, "B", bodyFontSize)
	if l.Mode != "" {
		pdf.MultiCell(textWidth, lineHeight, l.Mode, "", "L", false)
	}
	pdf.MultiCell(textWidth, lineHeight, "Objet\u00a0: "+l.Subject, "", "L", false)
	pdf.SetFont(serif, "", bodyFontSize)
	for _, r := range l.References {
		pdf.MultiCell(textWidth, lineHeight, r, "", "L", false)
	}
	pdf.Ln(lineHeight)
	pdf.MultiCell(textWidth, lineHeight, l.Salutation, "", "L", false)
	pdf.Ln(lineHeight * 0.6)
}

// ensureSpace starts a new page unless mm millimetres remain above the
// bottom margin.
func ensureSpace(pdf *fpdf.Fpdf, mm float64) {
	_, pageHeight := pdf.GetPageSize()
	_, bottom := pdf.GetAutoPageBreak()
	if pdf.GetY()+mm > pageHeight-bottom+epsilon {
		pdf.AddPage()
	}
}
