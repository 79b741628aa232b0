package doc

import (
	"strconv"
	"strings"
	"time"
)

// Placeholders of a report's footer, replaced on every page.
const (
	PageNumber = "{page}"  // the number of the page
	PageCount  = "{pages}" // how many pages the document has
)

// ListRest is the placeholder of List.More replaced by the number of items
// left out.
const ListRest = "{n}"

// Report is a document of one or more pages built from elements: the
// proof-of-search dossier, the meeting brief. Its wording is complete: the
// renderers add no text of their own.
type Report struct {
	Title   string    // document metadata
	Created time.Time // document metadata (creation and modification date)
	// Footer is printed at the foot of every page, with PageNumber and
	// PageCount replaced; "" prints none.
	Footer string
	// Compact sets smaller type and banded section headings, for a
	// document meant to hold on one page.
	Compact  bool
	Elements []Element
}

// Element is one piece of a report: Cover, Title, Para, List,
// Table, BarChart, KeyFigures, PageBreak or WritingLines.
type Element interface{ element() }

// Cover is a title page: the title and subtitle high on the page, the
// person it is about with identifying lines, then a few facts, all centred.
// The next element goes on the same page unless a PageBreak follows.
type Cover struct {
	Title    string
	Subtitle string
	Name     string
	Details  []string // identifier, address lines
	Facts    []string
}

// Title heads what follows. Level 1 is the title of a part; level 2 a
// section, printed on a shaded band.
type Title struct {
	Text  string
	Level int
}

// Para is a paragraph of text that wraps; Small prints it in the size of
// notes.
type Para struct {
	Text  string
	Small bool
}

// List is a bullet list. With Max > 0 it shows at most Max items, then the
// line More with ListRest replaced by how many are left out (« … et 3
// autres »); one item over Max is shown rather than « … et 1 autres », as
// it takes the line the count would. Empty is printed, without a bullet,
// when there is no item.
type List struct {
	Items []string
	Max   int
	More  string
	Empty string
}

// Shown returns the items a list prints and the line that says how many
// are left out ("" when none is).
func (l List) Shown() (items []string, more string) {
	if l.Max <= 0 || len(l.Items) <= l.Max+1 {
		return l.Items, ""
	}
	return l.Items[:l.Max], strings.ReplaceAll(l.More, ListRest, strconv.Itoa(len(l.Items)-l.Max))
}

// Table is a grid with a header row, repeated at the top of every page it
// runs onto. Widths are fractions of the text width, one per column (their
// sum may be below 1 for a narrow table). A cell may hold several lines
// separated by "\n". Dense prints it in small type.
type Table struct {
	Header []string
	Widths []float64
	Rows   [][]string
	Dense  bool
}

// BarChart draws one bar per value, an optional target line, and a caption
// that says what the bars measure.
type BarChart struct {
	Bars    []Bar
	Target  float64 // in the unit of the values; 0 draws no line
	Caption string  // under the chart: unit, how to read it
}

// Bar is one bar of a chart: its value, the text printed above it and the
// label under the axis.
type Bar struct {
	Value float64
	Text  string // e.g. « 2,8 »; "" prints nothing above the bar
	Label string // e.g. « 05/01 »
}

// KeyFigures lists label and value pairs, one a line: « Canal : E-mail ».
type KeyFigures struct {
	Figures []Figure
}

// Figure is a labelled value.
type Figure struct {
	Label string
	Value string
}

// String writes the figure as « Label : value », with the no-break space
// of French typography before the colon.
func (f Figure) String() string { return f.Label + "\u00a0: " + f.Value }

// PageBreak starts a new page.
type PageBreak struct{}

// WritingLines rules the rest of the page for handwritten notes.
type WritingLines struct{}

func (Cover) element()        {}
func (Title) element()        {}
func (Para) element()         {}
func (List) element()         {}
func (Table) element()        {}
func (BarChart) element()     {}
func (KeyFigures) element()   {}
func (PageBreak) element()    {}
func (WritingLines) element() {}
