package answerread

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"

	"github.com/carnet-app/carnet/internal/report"
)

// zip extracts every file of a ZIP archive, in the archive's order, each
// named after the archive and its safe path inside it. It checks the
// sizes the archive declares and then the bytes really inflated, so a zip
// bomb that lies about its sizes is refused too.
func (r *run) zip(name string, data []byte, depth int) ([]Page, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, damaged(name, err)
	}
	files := make([]*zip.File, 0, len(zr.File))
	for _, f := range zr.File {
		if f.FileInfo().IsDir() || strings.HasPrefix(path0(f.Name), "__MACOSX") {
			continue
		}
		if err := r.entry(name); err != nil {
			return nil, err
		}
		if f.UncompressedSize64 > uint64(r.lim.MaxFileSize) {
			return nil, fileError(name+"/"+safePath(f.Name), ErrTooLarge)
		}
		files = append(files, f)
	}
	var pages []Page
	for _, f := range files {
		inner := name + "/" + safePath(f.Name)
		content, err := r.inflate(inner, f)
		if err != nil {
			return nil, err
		}
		got, err := r.file(inner, content, depth+1)
		if err != nil {
			return nil, err
		}
		pages = append(pages, got...)
	}
	return pages, nil
}

// inflate reads one archived file, at most MaxFileSize bytes, counted
// against the total budget.
func (r *run) inflate(name string, f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, damaged(name, err)
	}
	defer rc.Close()
	content, err := io.ReadAll(io.LimitReader(rc, r.lim.MaxFileSize+1))
	if err != nil {
		return nil, damaged(name, err)
	}
	if int64(len(content)) > r.lim.MaxFileSize {
		return nil, fileError(name, ErrTooLarge)
	}
	if err := r.take(name, int64(len(content))); err != nil {
		return nil, err
	}
	return content, nil
}

// safePath turns an archived file's path into a relative path of safe
// names (the dossier's report.SafeName for each part): no absolute path,
// no "..", no drive letter or device name.
func safePath(p string) string {
	var parts []string
	for _, part := range strings.FieldsFunc(p, func(r rune) bool { return r == '/' || r == '\\' }) {
		if part == "." || part == ".." {
			continue
		}
		parts = append(parts, report.SafeName(part, "fichier"))
	}
	if len(parts) == 0 {
		return "fichier"
	}
	return strings.Join(parts, "/")
}

// path0 returns the first element of an archived path.
func path0(p string) string {
	first, _, _ := strings.Cut(strings.TrimLeft(p, "/\\"), "/")
	return first
}
