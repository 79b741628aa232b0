package doc

import "strings"

// ReportText renders the report as plain text: the same words as the PDF,
// groups of lines separated by blank lines, list items as « • » lines,
// table rows and chart bars one a line with cells joined by « | ». The
// footer, which names pages, is left out.
func ReportText(r Report) string {
	var b strings.Builder
	for _, e := range r.Elements {
		for _, group := range textOf(e) {
			wrote := false
			for _, s := range group {
				if s != "" {
					b.WriteString(s + "\n")
					wrote = true
				}
			}
			if wrote {
				b.WriteString("\n")
			}
		}
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// textOf returns an element's lines, in groups printed apart.
func textOf(e Element) [][]string {
	switch e := e.(type) {
	case Cover:
		return [][]string{{e.Title, e.Subtitle}, append([]string{e.Name}, e.Details...), e.Facts}
	case Title:
		return [][]string{{e.Text}}
	case Para:
		return [][]string{{e.Text}}
	case List:
		return [][]string{listLines(e)}
	case Table:
		lines := []string{row(e.Header)}
		for _, r := range e.Rows {
			lines = append(lines, row(r))
		}
		return [][]string{lines}
	case BarChart:
		var lines []string
		for _, bar := range e.Bars {
			lines = append(lines, bar.Label+" | "+bar.Text)
		}
		return [][]string{append(lines, e.Caption)}
	case KeyFigures:
		var lines []string
		for _, f := range e.Figures {
			lines = append(lines, f.String())
		}
		return [][]string{lines}
	}
	return nil // page breaks and writing lines have no text
}

// listLines returns a list's lines as printed: the items shown with their
// bullet, then the line of the items left out, or the empty text.
func listLines(l List) []string {
	items, more := l.Shown()
	if len(items) == 0 {
		return []string{l.Empty}
	}
	lines := make([]string, 0, len(items)+1)
	for _, it := range items {
		lines = append(lines, "• "+it)
	}
	return append(lines, more)
}

// row joins a table row's cells with « | », the lines of a cell with « / ».
func row(cells []string) string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = strings.ReplaceAll(c, "\n", " / ")
	}
	return strings.Join(out, " | ")
}
