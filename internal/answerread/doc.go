// Package answerread turns the files of France Travail's answer to a
// request into pages of plain text that the finder (internal/answerfind)
// can search: PDF, XLSX, ODS, CSV, TXT, EML with its attachments, ZIP of
// any of these, and PNG/JPEG images. It is an adapter: it uses third-party
// parsers (github.com/ledongthuc/pdf for PDF objects, excelize for XLSX)
// and knows no domain. A page without extractable text (a scan, a photo)
// is returned marked NoText, never guessed at. Every file is bounded: 25
// MiB each, a total uncompressed budget and an entry count for archives,
// a nesting depth, a page count; extraction honours its context and tells
// its progress.
package answerread
