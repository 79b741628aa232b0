package pdf

import (
	"math"

	"github.com/go-pdf/fpdf"

	"github.com/carnet-app/carnet/internal/doc"
)

// Vertical spacing of a letter's body, in millimetres, and the keep rules.
const (
	gapAfterBlock        = lineHeight * 0.6 // after a paragraph or a list
	gapAfterHeading      = lineHeight * 0.2
	gapBeforeClosing     = lineHeight * 0.4
	signatureRoom        = lineHeight * 4 // for the handwritten signature
	gapBeforeAttachments = lineHeight * 2
	bulletIndent         = 5.0 // from the left margin to the dash
	bulletDash           = 4.0 // width of the dash's cell
	attachmentIndent     = 4.0
	minLines             = 2    // fewest lines of a split paragraph on either page
	epsilon              = 1e-6 // tolerance of the comparisons of heights
)

// flow writes a letter's body page by page and decides where pages break:
// a heading stays with the start of what follows it, a list item is never
// split, a paragraph leaves at least minLines lines on either page, and the
// end of the body stays with the closing. Heights are measured with the
// document's own fonts (lineCount), never guessed.
type flow struct {
	pdf   *fpdf.Fpdf
	width float64 // of the text, between the margins
}

// lines returns how many lines MultiCell wraps text into at width w in the
// serif font of the given style ("" or "B"). It leaves the regular body
// font selected, the one the body is written in.
func (f *flow) lines(style string, w float64, text string) int {
	f.pdf.SetFont(serif, style, bodyFontSize)
	n := lineCount(f.pdf, w, text)
	f.pdf.SetFont(serif, "", bodyFontSize)
	return n
}

// height returns the height of text wrapped at width w.
func (f *flow) height(style string, w float64, text string) float64 {
	return float64(f.lines(style, w, text)) * lineHeight
}

// room returns the height left on the current page above the bottom margin.
func (f *flow) room() float64 {
	_, pageHeight := f.pdf.GetPageSize()
	_, bottom := f.pdf.GetAutoPageBreak()
	return pageHeight - bottom - f.pdf.GetY()
}

// pageRoom returns the height available on a whole page.
func (f *flow) pageRoom() float64 {
	_, pageHeight := f.pdf.GetPageSize()
	return pageHeight - marginBottom - marginTop
}

// fitting returns how many lines still fit on the current page.
func (f *flow) fitting() int {
	return int(math.Floor(f.room()/lineHeight + epsilon))
}

// atTop reports whether nothing has been written on the current page yet.
func (f *flow) atTop() bool {
	return f.pdf.GetY() <= marginTop+epsilon
}

// newPage starts a new page unless the current one is still empty.
func (f *flow) newPage() {
	if !f.atTop() {
		f.pdf.AddPage()
	}
}

// keep starts a new page unless h millimetres fit on the current one. What
// is taller than a whole page stays where it is, to break where it must.
func (f *flow) keep(h float64) {
	if h > f.room()+epsilon && h <= f.pageRoom()+epsilon {
		f.newPage()
	}
}

// closingHeight returns the height of the closing group: the gap above the
// closing formula, the formula, the room to sign and the signature name.
func (f *flow) closingHeight(closing string) float64 {
	return gapBeforeClosing + f.height("", f.width, closing) + signatureRoom + lineHeight
}

// gapAfter returns the space written after a block of the given kind.
func gapAfter(k doc.BlockKind) float64 {
	if k == doc.Heading {
		return gapAfterHeading
	}
	return gapAfterBlock
}

// body writes the blocks; closing is the height of the closing group that
// must follow the last block on its page.
func (f *flow) body(blocks []doc.Block, closing float64) {
	for i, b := range blocks {
		tail := 0.0 // what must fit below the block on the same page
		if i == len(blocks)-1 {
			tail = gapAfter(b.Kind) + closing
		}
		switch b.Kind {
		case doc.Heading:
			f.heading(b.Text, f.lead(blocks[i+1:], closing))
		case doc.Bullets:
			f.bullets(b.Items, tail)
		default:
			f.paragraph(b.Text, tail)
		}
	}
}

// lead returns the height that must follow a heading on its page: the
// first lines of the next block as that block will be laid out, or the
// closing group when the heading ends the body.
func (f *flow) lead(rest []doc.Block, closing float64) float64 {
	if len(rest) == 0 {
		return closing
	}
	b := rest[0]
	tail := 0.0
	if len(rest) == 1 {
		tail = gapAfter(b.Kind) + closing
	}
	switch b.Kind {
	case doc.Heading:
		return f.height("B", f.width, b.Text) + gapAfterHeading + f.lead(rest[1:], closing)
	case doc.Bullets:
		return bulletsLead(f.itemHeights(b.Items), tail)
	default:
		n := f.lines("", f.width, b.Text)
		if n < 2*minLines { // too short to be split: whole
			return float64(n)*lineHeight + tail
		}
		return minLines * lineHeight
	}
}

// heading writes a heading on the page where next, the height that must
// follow it, fits too.
func (f *flow) heading(text string, next float64) {
	f.keep(f.height("B", f.width, text) + gapAfterHeading + next)
	f.pdf.SetFont(serif, "B", bodyFontSize)
	f.pdf.MultiCell(f.width, lineHeight, text, "", "L", false)
	f.pdf.SetFont(serif, "", bodyFontSize)
	f.pdf.Ln(gapAfterHeading)
}

// paragraph writes justified text, breaking the page where linesHere says.
func (f *flow) paragraph(text string, tail float64) {
	n := f.lines("", f.width, text)
	k := f.linesHere(n, tail)
	if k == 0 {
		f.newPage()
	} else if k < n && k < f.fitting() {
		f.breakAfter(k)
	}
	f.pdf.MultiCell(f.width, lineHeight, text, "", "J", false)
	f.pdf.SetAutoPageBreak(true, marginBottom)
	f.pdf.Ln(gapAfterBlock)
}

// linesHere returns how many of a paragraph's n lines go on the current
// page: all of them when they fit with tail millimetres below, otherwise as
// many as fit while leaving minLines on the next page (with the tail), and
// 0 when fewer than minLines would stay here.
func (f *flow) linesHere(n int, tail float64) int {
	if float64(n)*lineHeight+tail <= f.room()+epsilon {
		return n
	}
	k := min(f.fitting(), n-minLines)
	if k < minLines {
		return 0
	}
	return k
}

// breakAfter makes the next MultiCell break the page after k lines, by
// raising the bottom margin until the caller restores it.
func (f *flow) breakAfter(k int) {
	_, pageHeight := f.pdf.GetPageSize()
	limit := f.pdf.GetY() + float64(k)*lineHeight + 0.01
	f.pdf.SetAutoPageBreak(true, pageHeight-limit)
}

// itemHeights returns the height of each list item.
func (f *flow) itemHeights(items []string) []float64 {
	heights := make([]float64, len(items))
	for i, it := range items {
		heights[i] = f.height("", f.width-bulletIndent-bulletDash, it)
	}
	return heights
}

// bullets writes a list, each item whole on one page; the last items (two
// lines at least) stay with tail.
func (f *flow) bullets(items []string, tail float64) {
	heights := f.itemHeights(items)
	for i, it := range items {
		f.keep(itemNeed(heights, i, tail))
		f.pdf.SetX(marginLeft + bulletIndent)
		f.pdf.CellFormat(bulletDash, lineHeight, "–", "", 0, "L", false, 0, "")
		f.pdf.MultiCell(f.width-bulletIndent-bulletDash, lineHeight, it, "", "L", false)
	}
	f.pdf.Ln(gapAfterBlock)
}

// itemNeed returns the height that must fit from the top of item i: the
// item, or for the items kept with the tail, the rest of the list and tail.
func itemNeed(heights []float64, i int, tail float64) float64 {
	if tail == 0 || i < tailGroup(heights) {
		return heights[i]
	}
	need := tail
	for _, h := range heights[i:] {
		need += h
	}
	return need
}

// tailGroup returns the index of the first of the last items that make up
// minLines lines at least.
func tailGroup(heights []float64) int {
	h := 0.0
	for i := len(heights) - 1; i > 0; i-- {
		if h += heights[i]; h >= minLines*lineHeight-epsilon {
			return i
		}
	}
	return 0
}

// bulletsLead returns the height a list needs below a heading: its first
// items up to minLines lines, with what each of them must keep.
func bulletsLead(heights []float64, tail float64) float64 {
	lead, above := 0.0, 0.0
	for i, h := range heights {
		lead = max(lead, above+itemNeed(heights, i, tail))
		if above += h; above >= minLines*lineHeight-epsilon {
			break
		}
	}
	return lead
}

// attachmentsHeight returns the height of the attachments' title and list.
func (f *flow) attachmentsHeight(items []string) float64 {
	h := lineHeight
	for _, a := range items {
		h += f.height("", f.width-attachmentIndent, "– "+a)
	}
	return h
}

// attachmentsKept returns the height the attachments add below the
// signature when they are short enough to follow it on its page (a third
// of a page at most), so that they are not left alone on the last page;
// 0 when there are none or too many.
func (f *flow) attachmentsKept(items []string) float64 {
	if len(items) == 0 {
		return 0
	}
	h := gapBeforeAttachments + f.attachmentsHeight(items)
	if h > f.pageRoom()/3 {
		return 0
	}
	return h
}

// attachments writes « Pièces jointes : » and the list, all on one page.
func (f *flow) attachments(items []string) {
	if len(items) == 0 {
		return
	}
	w := f.width - attachmentIndent
	h := f.attachmentsHeight(items)
	if h+gapBeforeAttachments <= f.room()+epsilon || h > f.pageRoom() {
		f.pdf.Ln(gapBeforeAttachments)
	} else {
		f.newPage()
	}
	f.pdf.SetFont(serif, "B", bodyFontSize)
	f.pdf.CellFormat(0, lineHeight, "Pièces jointes\u00a0:", "", 1, "L", false, 0, "")
	f.pdf.SetFont(serif, "", bodyFontSize)
	for _, a := range items {
		f.pdf.SetX(marginLeft + attachmentIndent)
		f.pdf.MultiCell(w, lineHeight, "– "+a, "", "L", false)
	}
}
