package answerfind

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImportsOnlyDomainPackages keeps the finder a domain package (DESIGN.md):
// the standard library, x/text and the project's domain packages only.
// app/layering_test.go does not list it yet.
func TestImportsOnlyDomainPackages(t *testing.T) {
	out, err := exec.Command("go", "list", "-tags", "migrated_fynedo", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	allowed := []string{"golang.org/x/text", "github.com/carnet-app/carnet/internal/journal",
		"github.com/carnet-app/carnet/internal/answerfind"}
	for _, d := range strings.Fields(string(out)) {
		if !strings.Contains(strings.SplitN(d, "/", 2)[0], ".") {
			continue
		}
		ok := false
		for _, a := range allowed {
			ok = ok || strings.HasPrefix(d, a)
		}
		if !ok {
			t.Errorf("answerfind depends on %s", d)
		}
	}
}
