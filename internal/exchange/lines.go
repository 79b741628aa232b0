package exchange

import (
	"bytes"
	"io"
)

// lineReader passes a stream through and turns byte offsets into line
// numbers. It keeps only the bytes read since the last mark, so memory
// stays bounded by one record and the decoder's read-ahead, and each byte
// is counted once: the cost grows with the file, not records × file.
type lineReader struct {
	r        io.Reader
	window   []byte // bytes from offset base on; window[start:] is still needed
	start    int
	base     int64 // offset of window[start]
	baseLine int   // 1-based line at offset base
}

func newLineReader(r io.Reader) *lineReader { return &lineReader{r: r, baseLine: 1} }

// Read reads from the underlying reader and remembers what it read.
func (l *lineReader) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	l.window = append(l.window, p[:n]...)
	return n, err
}

// lineAt returns the line of offset off. Offsets before the last mark give
// the mark's line; offsets past what was read give the last line read.
func (l *lineReader) lineAt(off int64) int {
	if off <= l.base {
		return l.baseLine
	}
	end := int64(l.start) + off - l.base
	if end > int64(len(l.window)) {
		end = int64(len(l.window))
	}
	return l.baseLine + bytes.Count(l.window[l.start:end], []byte{'\n'})
}

// byteAt returns the byte at offset off, or 0 when it is not held.
func (l *lineReader) byteAt(off int64) byte {
	i := int64(l.start) + off - l.base
	if off < l.base || i >= int64(len(l.window)) {
		return 0
	}
	return l.window[i]
}

// from returns the bytes held from offset off on, with the offset of their
// first byte: off, or the last mark when off is before it.
func (l *lineReader) from(off int64) ([]byte, int64) {
	off = max(off, l.base)
	i := min(int64(l.start)+off-l.base, int64(len(l.window)))
	return l.window[i:], off
}

// mark forgets the bytes before offset off: later offsets are at or after it.
func (l *lineReader) mark(off int64) {
	if off <= l.base {
		return
	}
	end := int64(l.start) + off - l.base
	if end > int64(len(l.window)) {
		end = int64(len(l.window))
	}
	l.baseLine += bytes.Count(l.window[l.start:end], []byte{'\n'})
	l.base += end - int64(l.start)
	l.start = int(end)
	// Compact once the forgotten part is at least half of the window.
	if l.start > len(l.window)/2 {
		n := copy(l.window, l.window[l.start:])
		l.window = l.window[:n]
		l.start = 0
	}
}
