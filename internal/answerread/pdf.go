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

// pageText interprets one page's content stream and returns its text:
// a new line where the baseline moves, a space where text is positioned
// again on the same line or a TJ gap is wider than a quarter of an em.
// It returns ctx's error when cancelled.
func (r *run) pageText(p lpdf.Page) (text string, err error) {
	contents := p.V.Key("Contents")
	if contents.Kind() == lpdf.Null {
		return "", nil
	}
	fonts := map[string]fontDecoder{}
	var dec fontDecoder = byteDecoder{table: baseTable("")}
	var b strings.Builder
	var st textState
	ops := 0
	show := func(s string) {
		if b.Len() > maxPageText {
			return
		}
		if st.started && math.Abs(st.y-st.lastY) > 0.5 {
			b.WriteByte('\n')
		} else if st.started && st.moved && !strings.HasSuffix(b.String(), " ") {
			b.WriteByte(' ')
		}
		st.started, st.moved, st.lastY = true, false, st.y
		b.WriteString(s)
	}
	moveTo := func(x, y float64) { st.x, st.y, st.moved = x, y, true }
	defer func() {
		if p := recover(); p != nil {
			if p == errStop {
				text, err = "", r.ctx.Err()
				return
			}
			text, err = b.String(), nil // keep what was read before the damage
		}
	}()
	lpdf.Interpret(contents, func(stk *lpdf.Stack, op string) {
		if ops++; ops%4096 == 0 && r.ctx.Err() != nil {
			panic(errStop)
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
		switch op {
		case "BT":
			moveTo(0, 0)
		case "Tf":
			if len(args) == 0 {
				return
			}
			fname := args[0].Name()
			d, ok := fonts[fname]
			if !ok {
				d = newFontDecoder(p.Font(fname))
				fonts[fname] = d
			}
			dec = d
		case "Td":
			moveTo(st.x+num(0), st.y+num(1))
		case "TD":
			st.leading = -num(1)
			moveTo(st.x+num(0), st.y+num(1))
		case "Tm":
			moveTo(num(4), num(5))
		case "TL":
			st.leading = num(0)
		case "T*":
			moveTo(st.x, st.y-st.leading)
		case "'", "\"":
			moveTo(st.x, st.y-st.leading)
			if len(args) > 0 {
				show(dec.decode(args[len(args)-1].RawString()))
			}
		case "Tj":
			if len(args) > 0 {
				show(dec.decode(args[0].RawString()))
			}
		case "TJ":
			if len(args) == 0 {
				return
			}
			arr := args[0]
			for i := 0; i < arr.Len(); i++ {
				v := arr.Index(i)
				switch v.Kind() {
				case lpdf.String:
					show(dec.decode(v.RawString()))
				case lpdf.Integer, lpdf.Real:
					if v.Float64() < -250 {
						st.moved = true
					}
				}
			}
		}
	})
	return tidySpaces(norm.NFKC.String(b.String())), nil
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
