package answerread

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// maxCells bounds the cells read from one workbook, empty ones included.
const maxCells = 1_000_000

// errTooManyCells is the bound above, hit by a sheet that claims more.
var errTooManyCells = errors.New("too many cells")

// xlsx extracts each sheet of an Excel workbook as a page, rows as lines.
// The sizes its parts declare are counted against the total budget first
// (archive/zip then refuses to inflate a part beyond its declared size).
func (r *run) xlsx(name string, data []byte) ([]Page, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, damaged(name, err)
	}
	var declared int64
	for _, f := range zr.File {
		if f.UncompressedSize64 > uint64(r.lim.MaxTotal) {
			return nil, fileError(name, ErrArchiveTooLarge)
		}
		declared += int64(f.UncompressedSize64)
	}
	if err := r.take(name, declared); err != nil {
		return nil, err
	}
	limit := max(declared, 1)
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: limit, UnzipXMLSizeLimit: limit})
	if err != nil {
		return nil, damaged(name, err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	r.grow(len(sheets))
	cells := 0
	var pages []Page
	for i, sheet := range sheets {
		if err := r.ctx.Err(); err != nil {
			return nil, err
		}
		rows, err := f.Rows(sheet)
		if err != nil {
			return nil, damaged(name, err)
		}
		var table [][]string
		for rows.Next() {
			cols, err := rows.Columns()
			if err != nil {
				rows.Close()
				return nil, damaged(name, err)
			}
			if cells += len(cols) + 1; cells > maxCells {
				rows.Close()
				return nil, damaged(name, errTooManyCells)
			}
			table = append(table, cols)
		}
		rows.Close()
		pages = append(pages, Page{File: name, Number: i + 1, Label: sheet, Text: rowsText(table)})
		r.step()
	}
	return pages, nil
}

// ods extracts each table of an OpenDocument spreadsheet (content.xml) as
// a page, rows as lines; repeated rows and cells are expanded within the
// cell bound, trailing empty repetitions dropped.
func (r *run) ods(name string, data []byte) ([]Page, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, damaged(name, err)
	}
	var content *zip.File
	for _, f := range zr.File {
		if f.Name == "content.xml" {
			content = f
		}
	}
	if content == nil {
		return nil, damaged(name, errors.New("no content.xml"))
	}
	raw, err := r.inflate(name, content)
	if err != nil {
		return nil, err
	}
	tables, err := odsTables(raw)
	if err != nil {
		return nil, damaged(name, err)
	}
	r.grow(len(tables))
	pages := make([]Page, 0, len(tables))
	for i, t := range tables {
		pages = append(pages, Page{File: name, Number: i + 1, Label: t.name, Text: rowsText(t.rows)})
		r.step()
	}
	return pages, nil
}

type odsTable struct {
	name string
	rows [][]string
}

// odsNS is the OpenDocument table namespace.
const odsNS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"

// odsReader gathers tables while content.xml is decoded.
type odsReader struct {
	tables          []odsTable
	row             []string
	cell            strings.Builder
	inCell          bool
	rowRep, cellRep int
	cells, paras    int
}

// odsTables reads the tables of an ODS content.xml with a streaming
// decoder.
func odsTables(raw []byte) ([]odsTable, error) {
	dec := xml.NewDecoder(bytes.NewReader(raw))
	var o odsReader
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return o.tables, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			o.start(t)
		case xml.CharData:
			if o.inCell {
				o.cell.Write(t)
			}
		case xml.EndElement:
			if err := o.end(t); err != nil {
				return nil, err
			}
		}
	}
}

// isCell reports a table cell element, covered (merged) or not.
func isCell(n xml.Name) bool {
	return n.Space == odsNS && (n.Local == "table-cell" || n.Local == "covered-table-cell")
}

func (o *odsReader) start(t xml.StartElement) {
	switch {
	case t.Name.Space == odsNS && t.Name.Local == "table":
		o.tables = append(o.tables, odsTable{name: attr(t.Attr, "name")})
	case t.Name.Space == odsNS && t.Name.Local == "table-row":
		o.row, o.rowRep = nil, repeatCount(t.Attr, "number-rows-repeated")
	case isCell(t.Name):
		o.inCell, o.cellRep, o.paras = true, repeatCount(t.Attr, "number-columns-repeated"), 0
		o.cell.Reset()
	case t.Name.Local == "p" && o.inCell:
		if o.paras++; o.paras > 1 {
			o.cell.WriteByte(' ')
		}
	}
}

func (o *odsReader) end(t xml.EndElement) error {
	switch {
	case isCell(t.Name):
		o.inCell = false
		text := o.cell.String()
		if text == "" {
			o.cellRep = min(o.cellRep, 1) // a run of blank cells reads as one
		}
		for range o.cellRep {
			if o.cells++; o.cells > maxCells {
				return errTooManyCells
			}
			o.row = append(o.row, text)
		}
	case t.Name.Space == odsNS && t.Name.Local == "table-row" && len(o.tables) > 0:
		if strings.TrimSpace(strings.Join(o.row, "")) == "" {
			return nil
		}
		last := &o.tables[len(o.tables)-1]
		for range o.rowRep {
			if o.cells += len(o.row); o.cells > maxCells {
				return errTooManyCells
			}
			last.rows = append(last.rows, o.row)
		}
	}
	return nil
}

// attr returns the value of the attribute with the local name, or "".
func attr(attrs []xml.Attr, local string) string {
	for _, a := range attrs {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// repeatCount returns a table:number-…-repeated attribute, 1 when absent
// or invalid.
func repeatCount(attrs []xml.Attr, local string) int {
	for _, a := range attrs {
		if a.Name.Space == odsNS && a.Name.Local == local {
			if n, err := strconv.Atoi(a.Value); err == nil && n > 0 {
				return n
			}
		}
	}
	return 1
}
