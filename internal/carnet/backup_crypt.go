package carnet

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"

	"filippo.io/age"
)

// ageMagic opens every binary age file.
var ageMagic = []byte("age-encryption.org/v1\n")

// scryptWorkFactor is the log2 of the scrypt cost of an encrypted backup
// (age's default, about a second); tests lower it.
var scryptWorkFactor = 18

// scryptMaxWorkFactor is the highest scrypt cost a restore accepts: a
// file asking for more (a hostile one: 2^22 costs 4 GiB of memory) is
// refused as damaged.
var scryptMaxWorkFactor = 20

// MinPassphrase is the shortest passphrase an encrypted backup accepts.
const MinPassphrase = 8

// WriteEncryptedBackup writes a verified copy of the record to w,
// encrypted with age for the passphrase (scrypt). The copy streams from a
// temporary file in the backup folder, removed afterwards, so memory does
// not grow with the record. It returns a *BackupError when the passphrase
// is shorter than MinPassphrase, or the error that stopped the copy.
func (a *App) WriteEncryptedBackup(ctx context.Context, w io.Writer, passphrase string) error {
	if len([]rune(passphrase)) < MinPassphrase {
		return &BackupError{Key: "short_passphrase"}
	}
	b, err := a.backuper()
	if err != nil {
		return err
	}
	tmp, err := a.verifiedCopy(ctx, b, filepath.Join(filepath.Dir(b.Path()), BackupFolder))
	if err != nil {
		return err
	}
	defer os.Remove(tmp)
	f, err := os.Open(tmp)
	if err != nil {
		return err
	}
	defer f.Close()
	r, err := age.NewScryptRecipient(passphrase)
	if err != nil {
		return err
	}
	r.SetWorkFactor(scryptWorkFactor)
	enc, err := age.Encrypt(w, r)
	if err != nil {
		return err
	}
	if _, err := io.Copy(enc, &ctxReader{ctx: ctx, r: f}); err != nil {
		return err
	}
	return enc.Close()
}

// EncryptedBackupFile writes the encrypted copy of WriteEncryptedBackup
// into a new hidden file (0600) of the backup folder and returns its path,
// for the window to copy where the user picks; the caller removes it, and
// a later backup sweeps it after an hour. It returns the same errors as
// WriteEncryptedBackup, and leaves no file on error.
func (a *App) EncryptedBackupFile(ctx context.Context, passphrase string) (string, error) {
	dir, err := a.BackupDir()
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	f, err := os.CreateTemp(dir, ".carnet-backup-age-*")
	if err != nil {
		return "", err
	}
	path := f.Name()
	f.Close()
	err = WriteFileAtomic(path, func(w io.Writer) error { return a.WriteEncryptedBackup(ctx, w, passphrase) })
	if err != nil {
		os.Remove(path)
		return "", err
	}
	return path, nil
}

// openBackup returns a reader of the plain database in the backup file
// src: decrypted when src is an age file (the passphrase is then asked
// for), as it is otherwise. A wrong passphrase gives a *BackupError with
// Key "wrong_passphrase", an age file that cannot be read one with Key
// "damaged".
func openBackup(src io.Reader, passphrase func() (string, error)) (io.Reader, error) {
	br := bufio.NewReader(src)
	head, _ := br.Peek(len(ageMagic))
	if !bytes.Equal(head, ageMagic) {
		return br, nil
	}
	if passphrase == nil {
		return nil, &BackupError{Key: "need_passphrase"}
	}
	p, err := passphrase()
	if err != nil {
		return nil, err
	}
	id, err := age.NewScryptIdentity(p)
	if err != nil {
		return nil, &BackupError{Key: "wrong_passphrase", Err: err}
	}
	id.SetMaxWorkFactor(scryptMaxWorkFactor)
	r, err := age.Decrypt(br, id)
	switch {
	case errors.Is(err, age.ErrIncorrectIdentity):
		return nil, &BackupError{Key: "wrong_passphrase", Err: err}
	case err != nil:
		return nil, &BackupError{Key: "damaged", Err: err}
	}
	return &damageReader{r: r}, nil
}

// damageReader marks any error of the decryption (a truncated or altered
// file) as a damaged backup.
type damageReader struct{ r io.Reader }

func (d *damageReader) Read(p []byte) (int, error) {
	n, err := d.r.Read(p)
	if err != nil && err != io.EOF {
		err = &BackupError{Key: "damaged", Err: err}
	}
	return n, err
}

// ctxReader stops a copy when its context is done.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}
