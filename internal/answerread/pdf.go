package answerread

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strings"

	lpdf "github.com/ledongthuc/pdf"
	"golang.org/x/text/unicode/norm"
)

// maxTreeDepth bounds the nesting of a PDF's page tree; a tree deeper than
// this is taken as a loop (a kid that is its own ancestor).
const maxTreeDepth = 64

// maxPageText bounds the text kept from one page.
const maxPageText = 1 << 20

// errPageTreeLoop is returned for a page tree too deep or with too many
// nodes: a recursive object graph.
var errPageTreeLoop = errors.New("page tree loops or is too deep")

// errStop aborts a content stream's interpretation when ctx is cancelled.
var errStop = errors.New("stopped")

// pdf extracts the text of each page of a PDF; a page without text is
// marked NoText.
func (r *run) pdf(name string, data []byte) (pages []Page, err error) {
	defer func() {
		if p := recover(); p != nil {
			pages, err = nil, damaged(name, fmt.Errorf("%v", p))
		}
	}()
	rd, err := lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if errors.Is(err, lpdf.ErrInvalidPassword) {
		return nil, fileError(name, ErrEncrypted)
	}
	if err != nil {
		return nil, damaged(name, err)
	}
	root := rd.Trailer().Key("Root").Key("Pages")
	if n := root.Key("Count").Int64(); n > int64(r.lim.MaxPages) {
		return nil, fileError(name, ErrTooManyPages)
	}
	var leaves []lpdf.Value
	if err := r.pageLeaves(root, 0, &leaves); err != nil {
		return nil, fileError(name, err)
	}
	r.grow(len(leaves))
	for i, leaf := range leaves {
		if err := r.ctx.Err(); err != nil {
			return nil, err
		}
		text, err := r.pageText(lpdf.Page{V: leaf})
		if err != nil {
			return nil, err
		}
		pages = append(pages, Page{File: name, Number: i + 1, Text: text, NoText: strings.TrimSpace(text) == ""})
		r.step()
	}
	return pages, nil
}

// pageLeaves appends the page objects under node in order, refusing a
// tree deeper than maxTreeDepth or with more pages than MaxPages.
func (r *run) pageLeaves(node lpdf.Value, depth int, out *[]lpdf.Value) error {
	if depth > maxTreeDepth {
		return fmt.Errorf("%w: %w", ErrDamaged, errPageTreeLoop)
	}
	kids := node.Key("Kids")
	if node.Key("Type").Name() != "Pages" && kids.Kind() != lpdf.Array {
		if node.Kind() == lpdf.Dict {
			if len(*out) >= r.lim.MaxPages {
				return ErrTooManyPages
			}
			*out = append(*out, node)
		}
		return nil
	}
	for i := 0; i < kids.Len(); i++ {
		if err := r.pageLeaves(kids.Index(i), depth+1, out); err != nil {
			return err
		}
	}
	return nil
}

// textState is where the text being shown stands, enough to tell a new
// line from a gap on the same line.
type textState struct {
	x, y, leading float64
	lastY         float64
	started       bool
	moved         bool // positioned since the last string shown
}

// maxFormDepth bounds form XObjects drawn inside each other.
const maxFormDepth = 8

// maxPageOps and maxPageForms bound the operators interpreted and the
// forms drawn for one page: forms that draw each other many times could
// otherwise make a small file take hours.
const (
	maxPageOps   = 1_000_000
	maxPageForms = 2_000
)

// errPageTooLong stops a page past maxPageOps; what was read is kept.
var errPageTooLong = errors.New("page has too many operators")

// pageReader interprets one page's content stream and the form XObjects
// it draws.
type pageReader struct {
	run   *run
	res   lpdf.Value // resources of the stream being read
	fonts map[string]fontDecoder
	dec   fontDecoder
	out   strings.Builder
	st    textState
	ops   int
	forms int
	depth int // forms inside forms
}

// pageText interprets one page's content stream and returns its text:
// a new line where the baseline moves, a space where text is positioned
// again on the same line or a TJ gap is wider than a quarter of an em.
// It returns ctx's error when cancelled, and what it read before the
// damage when the stream is damaged.
func (r *run) pageText(p lpdf.Page) (text string, err error) {
	contents := p.V.Key("Contents")
	if contents.Kind() == lpdf.Null {
		return "", nil
	}
	pr := &pageReader{run: r, res: p.Resources(), fonts: map[string]fontDecoder{}, dec: byteDecoder{table: baseTable("")}}
	defer func() {
		if e := recover(); e != nil {
			if e == errStop {
				text, err = "", r.ctx.Err()
				return
			}
			text, err = tidySpaces(norm.NFKC.String(pr.out.String())), nil
		}
	}()
	lpdf.Interpret(contents, pr.op)
	return tidySpaces(norm.NFKC.String(pr.out.String())), nil
}

// op handles one content-stream operator with its operands.
func (pr *pageReader) op(stk *lpdf.Stack, op string) {
	if pr.ops++; pr.ops%4096 == 0 && pr.run.ctx.Err() != nil {
		panic(errStop)
	}
	if pr.ops > maxPageOps {
		panic(errPageTooLong)
	}
	args := make([]lpdf.Value, stk.Len())
	for i := len(args) - 1; i >= 0; i-- {
		args[i] = stk.Pop()
	}
	num := func(i int) float64 {
		if i < len(args) {
			return args[i].Float64()
		}
		return 0
	}
	st := &pr.st
	switch op {
	case "BT":
		pr.moveTo(0, 0)
	case "Tf":
		if len(args) > 0 {
			pr.setFont(args[0].Name())
		}
	case "Td":
		pr.moveTo(st.x+num(0), st.y+num(1))
	case "TD":
		st.leading = -num(1)
		pr.moveTo(st.x+num(0), st.y+num(1))
	case "Tm":
		pr.moveTo(num(4), num(5))
	case "TL":
		st.leading = num(0)
	case "T*":
		pr.moveTo(st.x, st.y-st.leading)
	case "'", "\"":
		pr.moveTo(st.x, st.y-st.leading)
		if len(args) > 0 {
			pr.show(args[len(args)-1].RawString())
		}
	case "Tj":
		if len(args) > 0 {
			pr.show(args[0].RawString())
		}
	case "TJ":
		if len(args) > 0 {
			pr.showArray(args[0])
		}
	case "Do":
		if len(args) > 0 {
			pr.form(args[0].Name())
		}
	}
}

// form reads the text of a form XObject the stream draws, with its own
// resources and fonts; images and forms nested past maxFormDepth are
// skipped.
func (pr *pageReader) form(name string) {
	x := pr.res.Key("XObject").Key(name)
	if x.Kind() != lpdf.Stream || x.Key("Subtype").Name() != "Form" || pr.depth >= maxFormDepth {
		return
	}
	if pr.forms++; pr.forms > maxPageForms {
		panic(errPageTooLong)
	}
	res, fonts, dec := pr.res, pr.fonts, pr.dec
	if own := x.Key("Resources"); own.Kind() == lpdf.Dict {
		pr.res = own
	}
	pr.fonts = map[string]fontDecoder{}
	pr.depth++
	lpdf.Interpret(x, pr.op)
	pr.depth--
	pr.res, pr.fonts, pr.dec = res, fonts, dec
}

// setFont switches to the named font of the resources being read,
// decoded once per page or form.
func (pr *pageReader) setFont(name string) {
	d, ok := pr.fonts[name]
	if !ok {
		d = newFontDecoder(lpdf.Font{V: pr.res.Key("Font").Key(name)})
		pr.fonts[name] = d
	}
	pr.dec = d
}

func (pr *pageReader) moveTo(x, y float64) { pr.st.x, pr.st.y, pr.st.moved = x, y, true }

// show writes the text of a shown string, after a line break or a space
// when the text moved since the last one.
func (pr *pageReader) show(raw string) {
	if pr.out.Len() > maxPageText {
		return
	}
	st := &pr.st
	if st.started && math.Abs(st.y-st.lastY) > 0.5 {
		pr.out.WriteByte('\n')
	} else if st.started && st.moved && !strings.HasSuffix(pr.out.String(), " ") {
		pr.out.WriteByte(' ')
	}
	st.started, st.moved, st.lastY = true, false, st.y
	pr.out.WriteString(pr.dec.decode(raw))
}

// showArray shows a TJ array: strings, and gaps wider than a quarter of
// an em taken as spaces.
func (pr *pageReader) showArray(arr lpdf.Value) {
	for i := 0; i < arr.Len(); i++ {
		v := arr.Index(i)
		switch v.Kind() {
		case lpdf.String:
			pr.show(v.RawString())
		case lpdf.Integer, lpdf.Real:
			if v.Float64() < -250 {
				pr.st.moved = true
			}
		}
	}
}

// tidySpaces collapses runs of spaces and tabs inside each line and trims
// the lines' ends.
func tidySpaces(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	return strings.Join(lines, "\n")
}
