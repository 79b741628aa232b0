package answerread

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"html"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"regexp"
	"strings"
)

// wordDecoder decodes encoded header words in the charsets French mail
// still uses.
var wordDecoder = &mime.WordDecoder{CharsetReader: func(charset string, input io.Reader) (io.Reader, error) {
	raw, err := io.ReadAll(io.LimitReader(input, 1<<20))
	if err != nil {
		return nil, err
	}
	return strings.NewReader(decodeNamed(raw, charset)), nil
}}

// email extracts an e-mail: a first page with its headers and text body,
// then the pages of every attachment, nested e-mails and archives opened
// in turn.
func (r *run) email(name string, data []byte, depth int) ([]Page, error) {
	msg, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		return nil, damaged(name, err)
	}
	var head strings.Builder
	for _, h := range []string{"From", "To", "Date", "Subject"} {
		if v := msg.Header.Get(h); v != "" {
			if dv, err := wordDecoder.DecodeHeader(v); err == nil {
				v = dv
			}
			fmt.Fprintf(&head, "%s: %s\n", h, v)
		}
	}
	m := &mailWalk{run: r, name: name, depth: depth}
	if err := m.part(mailHeader(msg.Header), msg.Body, depth); err != nil {
		return nil, err
	}
	body := Page{File: name, Number: 1, Text: head.String() + "\n" + strings.Join(m.texts, "\n")}
	r.grow(1)
	r.step()
	return append([]Page{body}, m.attached...), nil
}

// mailHeader is the part of a header a MIME part needs.
type mailHeader interface{ Get(key string) string }

// mailWalk gathers an e-mail's text parts and the pages of its attachments.
type mailWalk struct {
	run      *run
	name     string
	depth    int
	texts    []string
	attached []Page
	unnamed  int
}

// part reads one MIME part at the given nesting depth.
func (m *mailWalk) part(h mailHeader, body io.Reader, depth int) error {
	if err := m.run.ctx.Err(); err != nil {
		return err
	}
	if depth > m.run.lim.MaxDepth {
		return fileError(m.name, ErrTooDeep)
	}
	mediaType, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil {
		mediaType, params = "text/plain", map[string]string{}
	}
	if strings.HasPrefix(mediaType, "multipart/") {
		mr := multipart.NewReader(body, params["boundary"])
		for {
			p, err := mr.NextRawPart()
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return damaged(m.name, err)
			}
			if err := m.run.entry(m.name); err != nil {
				return err
			}
			if err := m.part(p.Header, p, depth+1); err != nil {
				return err
			}
		}
	}
	content, err := m.decode(h, body)
	if err != nil {
		return err
	}
	filename := attachmentName(h, params)
	switch {
	case filename == "" && mediaType == "text/plain":
		m.texts = append(m.texts, decodeNamed(content, params["charset"]))
	case filename == "" && mediaType == "text/html":
		m.texts = append(m.texts, htmlText(decodeNamed(content, params["charset"])))
	default:
		if filename == "" {
			m.unnamed++
			filename = fmt.Sprintf("piece-jointe-%d%s", m.unnamed, extensionFor(mediaType))
		}
		inner := m.name + "/" + safePath(filename)
		if mediaType == "message/rfc822" && !strings.HasSuffix(strings.ToLower(inner), ".eml") {
			inner += ".eml"
		}
		pages, err := m.run.file(inner, content, depth+1)
		if err != nil {
			return err
		}
		m.attached = append(m.attached, pages...)
	}
	return nil
}

// decode reads a part's body through its transfer encoding, at most
// MaxFileSize bytes, counted against the total budget.
func (m *mailWalk) decode(h mailHeader, body io.Reader) ([]byte, error) {
	switch strings.ToLower(strings.TrimSpace(h.Get("Content-Transfer-Encoding"))) {
	case "base64":
		body = base64.NewDecoder(base64.StdEncoding, &spaceless{r: body})
	case "quoted-printable":
		body = quotedprintable.NewReader(body)
	}
	content, err := io.ReadAll(io.LimitReader(body, m.run.lim.MaxFileSize+1))
	if err != nil {
		return nil, damaged(m.name, err)
	}
	if int64(len(content)) > m.run.lim.MaxFileSize {
		return nil, fileError(m.name, ErrTooLarge)
	}
	if err := m.run.take(m.name, int64(len(content))); err != nil {
		return nil, err
	}
	return content, nil
}

// attachmentName returns the part's file name from Content-Disposition or
// the Content-Type's name parameter, decoded; "" when it has none.
func attachmentName(h mailHeader, params map[string]string) string {
	name := ""
	if _, dp, err := mime.ParseMediaType(h.Get("Content-Disposition")); err == nil {
		name = dp["filename"]
	}
	if name == "" {
		name = params["name"]
	}
	if dn, err := wordDecoder.DecodeHeader(name); err == nil {
		name = dn
	}
	return strings.TrimSpace(name)
}

// extensionFor gives an unnamed attachment the extension Extract sniffs.
func extensionFor(mediaType string) string {
	switch mediaType {
	case "application/pdf":
		return ".pdf"
	case "text/csv":
		return ".csv"
	case "message/rfc822":
		return ".eml"
	case "application/zip":
		return ".zip"
	case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
		return ".xlsx"
	case "application/vnd.oasis.opendocument.spreadsheet":
		return ".ods"
	}
	if strings.HasPrefix(mediaType, "text/") {
		return ".txt"
	}
	return ".bin"
}

var (
	htmlBreaks = regexp.MustCompile(`(?i)<\s*(br|/p|/div|/tr|/li|/h[1-6])[^>]*>`)
	htmlCells  = regexp.MustCompile(`(?i)</t[dh]\s*>`)
	htmlDrop   = regexp.MustCompile(`(?is)<(script|style)[^>]*>.*?</(script|style)\s*>`)
	htmlTags   = regexp.MustCompile(`(?s)<[^>]*>`)
)

// htmlText turns an HTML body into plain text: line breaks for blocks,
// " | " between table cells, tags dropped, entities decoded.
func htmlText(s string) string {
	s = htmlDrop.ReplaceAllString(s, "")
	s = htmlBreaks.ReplaceAllString(s, "\n")
	s = htmlCells.ReplaceAllString(s, " | ")
	s = htmlTags.ReplaceAllString(s, "")
	return html.UnescapeString(s)
}

// spaceless drops the line breaks and spaces inside base64 text.
type spaceless struct{ r io.Reader }

func (s *spaceless) Read(p []byte) (int, error) {
	for {
		n, err := s.r.Read(p)
		j := 0
		for _, b := range p[:n] {
			if b != '\r' && b != '\n' && b != ' ' && b != '\t' {
				p[j] = b
				j++
			}
		}
		if j > 0 || err != nil {
			return j, err
		}
	}
}
