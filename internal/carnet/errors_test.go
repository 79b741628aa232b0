package carnet

import (
	"errors"
	"fmt"
	"io/fs"
	"os/exec"
	"strings"
	"syscall"
	"testing"

	"github.com/carnet-app/carnet/i18n"
	"github.com/carnet-app/carnet/internal/journal"
)

func TestEveryErrorBecomesASentenceInTheUILanguage(t *testing.T) {
	fr := i18n.New("fr")
	tests := []struct {
		name string
		err  error
		want string // a part of the French sentence
	}{
		{"locked record", errors.New("database is locked (5) (SQLITE_BUSY)"), "ouvert dans une autre fenêtre"},
		{"full disk from SQLite", fmt.Errorf("commit: %w", errors.New("database or disk is full (13)")), "disque est plein"},
		{"full disk from the file system", &fs.PathError{Op: "write", Path: "/tmp/x", Err: syscall.ENOSPC}, "disque est plein"},
		{"damaged record", errors.New("file is not a database (26)"), "endommagé"},
		{"read-only record", errors.New("attempt to write a readonly database (8)"), "ne peut pas écrire"},
		{"other SQLite error", errors.New("SQL logic error: near \",\": syntax error (1)"), "Rien n’a été modifié"},
		{"fpdf", errors.New("fpdf: font not found"), "mis en page"},
		{"no viewer", &exec.Error{Name: "xdg-open", Err: exec.ErrNotFound}, "Aucun programme"},
		{"permission", &fs.PathError{Op: "open", Path: "/root/x.pdf", Err: fs.ErrPermission}, "« /root/x.pdf »"},
		{"missing file", &fs.PathError{Op: "open", Path: "a.json", Err: fs.ErrNotExist}, "introuvable"},
		{"not found", fmt.Errorf("act x: %w", journal.ErrNotFound), "introuvable"},
		{"letter lacks fields", &MissingError{Keys: []string{"profile.name"}}, "il manque"},
		{"no meeting", ErrNoMeeting, "Aucun rendez-vous"},
		{"already a sentence", Said("Phrase déjà écrite."), "Phrase déjà écrite."},
		{"invalid act", &journal.ValidationError{Fields: map[string]string{"date": journal.ProblemInvalidDate}}, "date"},
		{"unknown", errors.New("something odd happened in package xyz"), "erreur inattendue"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Explain(fr, tt.err)
			if !strings.Contains(got, tt.want) {
				t.Errorf("Explain(%v) = %q, want it to contain %q", tt.err, got, tt.want)
			}
			if tt.name != "already a sentence" && strings.Contains(got, tt.err.Error()) {
				t.Errorf("the developer's message reached the user: %q", got)
			}
			if en := Explain(i18n.New("en"), tt.err); en == got && tt.name != "already a sentence" {
				t.Errorf("the English sentence is the French one: %q", en)
			}
		})
	}
}
