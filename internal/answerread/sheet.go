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
func (r *run) xlsx(name string, data []byte) ([]Page, error) {
	budget := max(r.lim.MaxTotal-r.bytes, 1)
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: budget, UnzipXMLSizeLimit: budget})
	if err != nil {
		if errors.Is(err, excelize.ErrOptionsUnzipSizeLimit) || strings.Contains(err.Error(), "unzip size") {
			return nil, fileError(name, ErrArchiveTooLarge)
		}
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

// odsTables reads the tables of an ODS content.xml with a streaming
// decoder.
func odsTables(raw []byte) ([]odsTable, error) {
	const ns = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
	dec := xml.NewDecoder(bytes.NewReader(raw))
	var (
		tables            []odsTable
		row               []string
		cell              strings.Builder
		inCell            bool
		rowRep, cellRep   int
		cells, paragraphs int
	)
	repeat := func(attrs []xml.Attr, local string) int {
		for _, a := range attrs {
			if a.Name.Space == ns && a.Name.Local == local {
				if n, err := strconv.Atoi(a.Value); err == nil && n > 0 {
					return n
				}
			}
		}
		return 1
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case t.Name.Space == ns && t.Name.Local == "table":
				tableName := ""
				for _, a := range t.Attr {
					if a.Name.Local == "name" {
						tableName = a.Value
					}
				}
				tables = append(tables, odsTable{name: tableName})
			case t.Name.Space == ns && t.Name.Local == "table-row":
				row, rowRep = nil, repeat(t.Attr, "number-rows-repeated")
			case t.Name.Space == ns && (t.Name.Local == "table-cell" || t.Name.Local == "covered-table-cell"):
				inCell, cellRep, paragraphs = true, repeat(t.Attr, "number-columns-repeated"), 0
				cell.Reset()
			case t.Name.Local == "p" && inCell:
				if paragraphs++; paragraphs > 1 {
					cell.WriteByte(' ')
				}
			}
		case xml.CharData:
			if inCell {
				cell.Write(t)
			}
		case xml.EndElement:
			switch {
			case t.Name.Space == ns && (t.Name.Local == "table-cell" || t.Name.Local == "covered-table-cell"):
				inCell = false
				text := cell.String()
				if text == "" {
					cellRep = min(cellRep, 1) // a run of blank cells reads as one
				}
				for range cellRep {
					if cells++; cells > maxCells {
						return nil, errTooManyCells
					}
					row = append(row, text)
				}
			case t.Name.Space == ns && t.Name.Local == "table-row" && len(tables) > 0:
				if strings.TrimSpace(strings.Join(row, "")) == "" {
					break
				}
				last := &tables[len(tables)-1]
				for range rowRep {
					if cells += len(row); cells > maxCells {
						return nil, errTooManyCells
					}
					last.rows = append(last.rows, row)
				}
			}
		}
	}
	return tables, nil
}
