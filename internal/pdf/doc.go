// Package pdf renders Carnet's documents (internal/doc) to A4 PDF with
// go-pdf/fpdf and the embedded DejaVu fonts: letters with the French layout
// (sender top left, recipient right, « Fait à …, le … », « Objet : »),
// page numbers when they run over one page.
package pdf
