package store

import (
	"context"
	"encoding/binary"
	"fmt"
	"strings"
)

// pageRows returns, for a leaf page of a table b-tree, the rowids of the
// rows it holds as read from its cells (seq for the tables numbered by
// seq), through sqlite_dbpage; nil when the page is not a table leaf or
// cannot be read. The page may be damaged: the rowids are what it says.
func (s *Store) pageRows(ctx context.Context, page int) []int64 {
	var data []byte
	if err := s.db.QueryRowContext(ctx, "SELECT data FROM sqlite_dbpage WHERE pgno = ?", page).Scan(&data); err != nil {
		return nil
	}
	off := 0
	if page == 1 {
		off = 100
	}
	if len(data) < off+8 || data[off] != 0x0D { // table leaf
		return nil
	}
	n := int(binary.BigEndian.Uint16(data[off+3:]))
	var rows []int64
	for i := 0; i < n && off+8+2*i+2 <= len(data); i++ {
		cell := int(binary.BigEndian.Uint16(data[off+8+2*i:]))
		if cell >= len(data) {
			continue
		}
		_, k := varint(data[cell:])
		if k == 0 {
			continue
		}
		rowid, m := varint(data[cell+k:])
		if m == 0 {
			continue
		}
		rows = append(rows, int64(rowid))
	}
	return rows
}

// varint decodes SQLite's big-endian variable-length integer at the start
// of b and returns it with its length (0 when b is too short).
func varint(b []byte) (uint64, int) {
	var v uint64
	for i := 0; i < 9 && i < len(b); i++ {
		if i == 8 {
			return v<<8 | uint64(b[i]), 9
		}
		v = v<<7 | uint64(b[i]&0x7f)
		if b[i] < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}

// describeRows names at most 10 rowids of a page, and how many more.
func describeRows(rows []int64) string {
	if len(rows) == 0 {
		return ""
	}
	var parts []string
	for i, r := range rows {
		if i == 10 {
			parts = append(parts, fmt.Sprintf("and %d more", len(rows)-10))
			break
		}
		parts = append(parts, fmt.Sprint(r))
	}
	return "; the page holds rows " + strings.Join(parts, ", ")
}
