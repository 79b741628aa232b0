package app

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/store"
)

// cmdBackup makes a rolling backup in the data folder's backup folder, or,
// with --out, writes an encrypted copy of the record (age, passphrase).
func cmdBackup(e *env, args []string) error {
	fs := newFlags("backup")
	out := fs.String("out", "", "encrypted copy to write")
	passFile := fs.String("passphrase-file", "", "file whose first line is the passphrase")
	if err := fs.Parse(args); err != nil {
		return usageError(e.tr.T("cli.bad_flag", err.Error()))
	}
	if fs.NArg() > 0 {
		return usageError(e.tr.T("cli.bad_flag", strings.Join(fs.Args(), " ")))
	}
	a, s, err := e.openApp(true)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := context.Background()
	if *out == "" {
		info, err := a.Backup(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintln(e.stdout, e.tr.T("backup.done", info.Path))
		return nil
	}
	pass, err := e.passphrase(*passFile, true)
	if err != nil {
		return err
	}
	if err := carnet.WriteFileAtomic(*out, func(w io.Writer) error {
		return a.WriteEncryptedBackup(ctx, w, pass)
	}); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, e.tr.T("backup.encrypted_done", *out))
	return nil
}

// cmdRestore replaces the record with a backup file, plain or encrypted.
func cmdRestore(e *env, args []string) error {
	fs := newFlags("restore")
	passFile := fs.String("passphrase-file", "", "file whose first line is the passphrase")
	file := ""
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		file, args = args[0], args[1:]
	}
	if err := fs.Parse(args); err != nil {
		return usageError(e.tr.T("cli.bad_flag", err.Error()))
	}
	if file == "" && fs.NArg() == 1 {
		file = fs.Arg(0)
	} else if fs.NArg() > 0 || file == "" {
		return usageError(e.tr.T("restore.need_file"))
	}
	ask := func() (string, error) { return e.passphrase(*passFile, false) }
	info, err := carnet.Restore(context.Background(), e.dataDir, file, ask, e.now, openRecord)
	if err != nil {
		return err
	}
	if info.Saved != "" {
		fmt.Fprintln(e.stdout, e.tr.T("restore.saved", info.Saved))
	}
	fmt.Fprintln(e.stdout, e.tr.T("restore.done", file))
	return nil
}

// passphrase reads the passphrase from the first line of file, or else
// from the terminal (twice when confirm is set); without a terminal it
// refuses with a sentence.
func (e *env) passphrase(file string, confirm bool) (string, error) {
	if file != "" {
		f, err := os.Open(file)
		if err != nil {
			return "", err
		}
		defer f.Close()
		line, err := bufio.NewReader(io.LimitReader(f, 4096)).ReadString('\n')
		if err != nil && err != io.EOF {
			return "", err
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			return "", &carnet.BackupError{Key: "empty_passphrase_file", Path: file}
		}
		return line, nil
	}
	fd := int(os.Stdin.Fd())
	if !term.IsTerminal(fd) {
		return "", &carnet.BackupError{Key: "no_terminal"}
	}
	read := func(prompt string) (string, error) {
		fmt.Fprint(e.stderr, prompt)
		b, err := term.ReadPassword(fd)
		fmt.Fprintln(e.stderr)
		return string(b), err
	}
	p, err := read(e.tr.T("backup.prompt"))
	if err != nil || !confirm {
		return p, err
	}
	again, err := read(e.tr.T("backup.prompt_again"))
	if err != nil {
		return "", err
	}
	if again != p {
		return "", &carnet.BackupError{Key: "mismatch"}
	}
	return p, nil
}

// openRecord opens a folder's record for carnet.Restore.
func openRecord(dir string) (carnet.RestoreRecord, error) { return store.Open(dir) }
