package report

import (
	"archive/zip"
	"context"
	"io"
	"path/filepath"
	"strings"
	"time"
)

// ZipInput is what goes into the dossier's ZIP besides the proofs.
type ZipInput struct {
	Dossier Dossier
	PDF     []byte
	// CSV writes demarches.csv straight into the archive; nil leaves it empty.
	CSV func(w io.Writer) error
	// Load returns the bytes of one attachment.
	Load func(attachmentID string) ([]byte, error)
	// Progress, when set, is told how many files are written out of how many.
	Progress func(done, total int)
}

// WriteZip writes dossier.pdf, demarches.csv and every proof of the
// dossier's acts under preuves/<date>_<organisation>/ with safe, unique
// names, straight to w: it loads one proof at a time and keeps none. It
// stops with ctx's error when cancelled, and returns the writer's, the
// CSV's or the loader's error otherwise.
func WriteZip(ctx context.Context, w io.Writer, in ZipInput) error {
	zw := zip.NewWriter(w)
	total := 2 + in.Dossier.Proofs
	done := 0
	step := func() {
		done++
		if in.Progress != nil {
			in.Progress(done, total)
		}
	}
	modified := in.Dossier.Generated
	if modified.IsZero() {
		modified = time.Now()
	}
	create := func(name string, method uint16) (io.Writer, error) {
		return zw.CreateHeader(&zip.FileHeader{Name: name, Method: method, Modified: modified})
	}
	put := func(name string, method uint16, data []byte) error {
		f, err := create(name, method)
		if err != nil {
			return err
		}
		_, err = f.Write(data)
		return err
	}
	if err := put("dossier.pdf", zip.Deflate, in.PDF); err != nil {
		return err
	}
	step()
	f, err := create("demarches.csv", zip.Deflate)
	if err != nil {
		return err
	}
	if in.CSV != nil {
		if err := in.CSV(f); err != nil {
			return err
		}
	}
	step()
	names := uniqueNames{}
	for _, a := range in.Dossier.Acts {
		if len(a.Attachments) == 0 {
			continue
		}
		dir := "preuves/" + names.take("preuves", SafeName(a.Date.Format("2006-01-02")+"_"+a.Organisation, a.Date.Format("2006-01-02")))
		for _, att := range a.Attachments {
			if err := ctx.Err(); err != nil {
				return err
			}
			data, err := in.Load(att.ID)
			if err != nil {
				return err
			}
			name := names.take(dir, SafeName(att.Name, "piece-jointe"))
			if err := put(dir+"/"+name, zipMethod(att.MimeType, name), data); err != nil {
				return err
			}
			step()
		}
	}
	return zw.Close()
}

// compressedTypes are the file types that are compressed already: deflating
// them again costs time and saves nothing.
var compressedTypes = map[string]bool{
	".pdf": true, ".jpg": true, ".jpeg": true, ".png": true, ".gif": true, ".webp": true, ".heic": true,
	".zip": true, ".gz": true, ".7z": true, ".docx": true, ".xlsx": true, ".pptx": true, ".odt": true,
	".ods": true, ".odp": true, ".mp3": true, ".mp4": true, ".m4a": true,
}

// zipMethod stores a proof that is compressed already (a PDF, a photo, an
// office document) and deflates the others (text, e-mails).
func zipMethod(mimeType, name string) uint16 {
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case compressedTypes[ext], strings.HasPrefix(mimeType, "image/") && mimeType != "image/svg+xml",
		mimeType == "application/pdf", mimeType == "application/zip":
		return zip.Store
	}
	return zip.Deflate
}
