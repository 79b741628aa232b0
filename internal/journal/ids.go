package journal

import (
	"crypto/rand"
	"encoding/hex"
)

// NewID returns a new random 128-bit identifier in hexadecimal. Identifiers
// are stable across export and import, so records merge by ID.
func NewID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails on supported platforms
	return hex.EncodeToString(b[:])
}
