package app

import (
	"os/exec"
	"strings"
	"testing"
)

// TestLayering checks DESIGN.md's rules on the real import graph: domain
// packages import only the standard library and x/text; ui never imports
// the store; only app (and main) import Fyne's app package.
func TestLayering(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go tool not found")
	}
	deps := func(pkg string) []string {
		out, err := exec.Command("go", "list", "-tags", "migrated_fynedo", "-deps", pkg).Output()
		if err != nil {
			t.Fatalf("go list %s: %v", pkg, err)
		}
		return strings.Fields(string(out))
	}
	const mod = "github.com/carnet-app/carnet/"
	for _, domain := range []string{"internal/journal", "internal/exchange", "internal/demo", "internal/rights", "internal/doc"} {
		for _, d := range deps("../" + domain) {
			std := !strings.Contains(strings.SplitN(d, "/", 2)[0], ".")
			if !std && !strings.HasPrefix(d, "golang.org/x/text") && !strings.HasPrefix(d, mod+"internal/journal") &&
				d != mod+"internal/rights" && d != mod+"internal/doc" &&
				d != mod+domain {
				t.Errorf("domain package %s imports %s", domain, d)
			}
		}
	}
	for _, d := range deps("../internal/ui") {
		if d == mod+"internal/store" || strings.HasPrefix(d, "modernc.org/sqlite") {
			t.Errorf("internal/ui imports %s", d)
		}
		if d == "fyne.io/fyne/v2/app" {
			t.Errorf("internal/ui imports fyne.io/fyne/v2/app")
		}
	}
}
