package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/carnet-app/carnet/internal/journal"
)

func TestBackupToWritesAPrivateCopyThatVerifies(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	proof := mustAttach(t, "envoyé le 20")
	if _, err := s.SaveAct(ctx, sampleAct("Acme"), []journal.Attachment{proof}, nil); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "copy.db")
	if err := s.BackupTo(ctx, path); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
	problems, err := VerifyFile(ctx, path)
	if err != nil || len(problems) != 0 {
		t.Fatalf("VerifyFile = %v, %v; want no problem", problems, err)
	}
	if err := s.BackupTo(ctx, path); err == nil {
		t.Error("BackupTo overwrote an existing backup")
	}
	before, _ := os.ReadFile(path)
	copyDir := t.TempDir()
	if err := os.WriteFile(filepath.Join(copyDir, FileName), before, 0o600); err != nil {
		t.Fatal(err)
	}
	r, err := Open(copyDir)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	acts, err := r.FullActs(ctx, day("2000-01-01"), day("2100-01-01"))
	if err != nil || len(acts) != 1 || len(acts[0].Attachments) != 1 || !acts[0].Attachments[0].Verify() {
		t.Fatalf("the copy holds %+v, %v; want the act and its proof", acts, err)
	}
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Error("VerifyFile changed the file")
	}
}

func TestVerifyFileFindsDamageAndRefusesForeignOrNewerFiles(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	proof := mustAttach(t, "une preuve qui compte")
	if _, err := s.SaveAct(ctx, sampleAct("Acme"), []journal.Attachment{proof}, nil); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	good := filepath.Join(dir, "good.db")
	if err := s.BackupTo(ctx, good); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(good)

	damaged := filepath.Join(dir, "damaged.db")
	i := bytesIndex(data, []byte("une preuve qui compte"))
	if i < 0 {
		t.Fatal("proof bytes not found in the file")
	}
	bad := append([]byte(nil), data...)
	bad[i] ^= 0xff
	os.WriteFile(damaged, bad, 0o600)
	if problems, err := VerifyFile(ctx, damaged); err != nil || len(problems) == 0 {
		t.Errorf("a flipped proof byte gave %v, %v; want a problem", problems, err)
	}

	newer := filepath.Join(dir, "newer.db")
	nb := append([]byte(nil), data...)
	nb[63] = byte(LatestSchemaVersion() + 1)
	os.WriteFile(newer, nb, 0o600)
	var ns *NewerSchemaError
	if _, err := VerifyFile(ctx, newer); !errors.As(err, &ns) {
		t.Errorf("a newer schema gave %v, want NewerSchemaError", err)
	}

	foreign := filepath.Join(dir, "foreign.db")
	fb := append([]byte(nil), data...)
	fb[68], fb[69], fb[70], fb[71] = 0, 0, 0, 1 // another program's application_id
	os.WriteFile(foreign, fb, 0o600)
	if _, err := VerifyFile(ctx, foreign); !errors.Is(err, ErrNotCarnetFile) {
		t.Errorf("another program's database gave %v, want ErrNotCarnetFile", err)
	}

	text := filepath.Join(dir, "text.db")
	os.WriteFile(text, []byte("hello, this is not a database at all, not even close to it. ........................................................"), 0o600)
	if _, err := VerifyFile(ctx, text); !errors.Is(err, ErrNotCarnetFile) {
		t.Errorf("a text file gave %v, want ErrNotCarnetFile", err)
	}
}

func bytesIndex(data, sub []byte) int {
	for i := 0; i+len(sub) <= len(data); i++ {
		if string(data[i:i+len(sub)]) == string(sub) {
			return i
		}
	}
	return -1
}

func mustAttach(t *testing.T, text string) journal.Attachment {
	t.Helper()
	a, err := journal.NewAttachment("preuve.txt", "text/plain", []byte(text), day("2026-11-20"))
	if err != nil {
		t.Fatal(err)
	}
	return a
}
