package carnet

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"filippo.io/age"
)

// fuzzPass is the passphrase of the FuzzRestore seeds.
const fuzzPass = "fuzz passphrase"

// sealed returns plain encrypted for fuzzPass at the tests' scrypt cost.
func sealed(t testing.TB, plain []byte) []byte {
	r, err := age.NewScryptRecipient(fuzzPass)
	if err != nil {
		t.Fatal(err)
	}
	r.SetWorkFactor(scryptWorkFactor)
	var buf bytes.Buffer
	w, err := age.Encrypt(&buf, r)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(plain); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// FuzzRestore feeds corrupted and truncated age files to the reading side
// of Restore (openBackup, then the whole decrypted stream): each one must
// either decrypt to what was sealed or be refused with a BackupError,
// never a panic nor a raw error. TestRestoreRefusesAndChangesNothing runs
// the whole Restore on truncated and altered files and checks the record
// is left byte for byte. (The full Restore is not the fuzz target: with
// the fuzzer's coverage instrumentation of the SQLite driver it runs a few
// inputs a second.)
func FuzzRestore(f *testing.F) {
	plain := append([]byte("SQLite format 3\x00"), make([]byte, 100)...)
	small := sealed(f, plain)
	f.Add(small)
	f.Add(small[:len(small)/2])
	f.Add(small[:60])
	f.Add([]byte("age-encryption.org/v1\n-> scrypt AAAA 10\n\n--- AAAA\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if !bytes.HasPrefix(data, ageMagic) {
			return // plain files are copied as they are, then checked by SQLite
		}
		r, err := openBackup(bytes.NewReader(data), passphrase(fuzzPass))
		if err == nil {
			var out []byte
			out, err = io.ReadAll(r)
			if err == nil && !bytes.Equal(out, plain) {
				t.Fatalf("decrypted %d bytes that were never sealed", len(out))
			}
		}
		var be *BackupError
		if err != nil && !errors.As(err, &be) {
			t.Fatalf("openBackup = %v, want a BackupError", err)
		}
	})
}
