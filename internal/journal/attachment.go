package journal

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"
)

// MaxAttachmentSize is the largest file that can be attached: 25 MiB.
const MaxAttachmentSize = 25 << 20

// ErrAttachmentTooLarge is returned for a file over MaxAttachmentSize.
var ErrAttachmentTooLarge = fmt.Errorf("file is larger than %d MiB", MaxAttachmentSize>>20)

// Attachment is a proof file kept in the record.
type Attachment struct {
	ID        string
	Name      string
	MimeType  string
	Size      int64
	SHA256    string // hexadecimal
	Data      []byte // nil when only the metadata was loaded
	CreatedAt time.Time
}

// NewAttachment builds an attachment from a file's name and bytes, computing
// its size and SHA-256. It returns ErrAttachmentTooLarge beyond the limit.
func NewAttachment(name, mimeType string, data []byte, now time.Time) (Attachment, error) {
	if len(data) > MaxAttachmentSize {
		return Attachment{}, ErrAttachmentTooLarge
	}
	if mimeType == "" {
		mimeType = "application/octet-stream"
	}
	sum := sha256.Sum256(data)
	return Attachment{
		ID: NewID(), Name: name, MimeType: mimeType, Size: int64(len(data)),
		SHA256: hex.EncodeToString(sum[:]), Data: data, CreatedAt: now.UTC().Truncate(time.Second),
	}, nil
}

// Verify reports whether Data matches Size and SHA256 (it needs Data loaded).
func (a Attachment) Verify() bool {
	sum := sha256.Sum256(a.Data)
	return int64(len(a.Data)) == a.Size && hex.EncodeToString(sum[:]) == a.SHA256
}
