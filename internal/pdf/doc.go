// Package pdf renders Carnet's documents (internal/doc) to A4 PDF with
// go-pdf/fpdf and the embedded DejaVu fonts: letters with the French layout
// (sender top left, recipient right, « Fait à …, le … », « Objet : »),
// page numbers when they run over one page; reports (the proof dossier, the
// meeting brief) with their cover, titles, tables, bar charts and footers.
// It knows no domain: every word it prints comes from the document.
package pdf
