package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFactsConfirmKeepsOneProposedFact: « carnet facts --request ID
// --confirm NAME » keeps the one fact of that name the answer proposes;
// a name it does not propose is refused with the list, and keeps nothing.
func TestFactsConfirmKeepsOneProposedFact(t *testing.T) {
	dir, id := sentAccessRequest(t)
	answer := filepath.Join(t.TempDir(), "reponse.txt")
	if err := os.WriteFile(answer, []byte("Madame,\n\nModalité d’accompagnement : Renforcé (valable au 12/03/2026)\nScore d’employabilité : 0,42\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	mustRun(t, "--data", dir, "answer", "--request", id, answer)
	if out := mustRun(t, "--data", dir, "facts"); !strings.Contains(out, "Aucun fait confirmé") {
		t.Fatalf("a fact was kept before any confirmation:\n%s", out)
	}
	_, errOut, code := run(t, "--data", dir, "facts", "--request", id, "--confirm", "Segment")
	if code == 0 || !strings.Contains(errOut, "« Score d’employabilité »") || !strings.Contains(errOut, "Rien n’a été gardé") {
		t.Fatalf("an unproposed name: exit %d\n%s", code, errOut)
	}
	out := mustRun(t, "--data", dir, "facts", "--request", id, "--confirm", "Score d’employabilité")
	if !strings.Contains(out, "Score d’employabilité") || !strings.Contains(out, "0,42") || strings.Contains(out, "Renforcé") {
		t.Fatalf("after confirming the score only:\n%s", out)
	}
	if _, errOut, code := run(t, "--data", dir, "facts", "--confirm", "Score d’employabilité"); code != 2 || !strings.Contains(errOut, "--request") {
		t.Fatalf("--confirm without --request: exit %d\n%s", code, errOut)
	}
}
