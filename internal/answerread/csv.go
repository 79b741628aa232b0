package answerread

import (
	"encoding/csv"
	"strings"
)

// csvText returns a CSV's rows as lines with cells joined by " | ", its
// separator guessed among ';', ',' and tab from the first line; text that
// does not parse as CSV is returned as it is.
func csvText(text string) string {
	first, _, _ := strings.Cut(text, "\n")
	sep := ';'
	best := strings.Count(first, ";")
	for _, c := range []rune{',', '\t'} {
		if n := strings.Count(first, string(c)); n > best {
			sep, best = c, n
		}
	}
	rd := csv.NewReader(strings.NewReader(text))
	rd.Comma = sep
	rd.FieldsPerRecord = -1
	rd.LazyQuotes = true
	records, err := rd.ReadAll()
	if err != nil {
		return text
	}
	return rowsText(records)
}

// rowsText joins rows of cells as lines of " | "-separated cells, trailing
// empty cells and empty rows dropped.
func rowsText(rows [][]string) string {
	var b strings.Builder
	for _, row := range rows {
		for len(row) > 0 && strings.TrimSpace(row[len(row)-1]) == "" {
			row = row[:len(row)-1]
		}
		if len(row) == 0 {
			continue
		}
		for i, c := range row {
			if i > 0 {
				b.WriteString(" | ")
			}
			b.WriteString(strings.Join(strings.Fields(c), " "))
		}
		b.WriteByte('\n')
	}
	return b.String()
}
