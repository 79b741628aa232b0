package app

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/carnet-app/carnet/"

// goList runs `go list` with the project's tags and returns its words.
func goList(t *testing.T, args ...string) []string {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go tool not found")
	}
	out, err := exec.Command("go", append([]string{"list", "-tags", "migrated_fynedo"}, args...)...).Output()
	if err != nil {
		t.Fatalf("go list %v: %v", args, err)
	}
	return strings.Fields(string(out))
}

// domainPackages import only the standard library, x/text and each other.
var domainPackages = []string{"internal/journal", "internal/exchange", "internal/demo", "internal/rights", "internal/doc", "internal/report", "internal/answerfind", "internal/defence", "internal/casefile"}

// TestLayering checks DESIGN.md's rules on the real import graph.
func TestLayering(t *testing.T) {
	isDomain := func(p string) bool {
		for _, d := range domainPackages {
			if p == module+d {
				return true
			}
		}
		return false
	}
	for _, domain := range domainPackages {
		for _, d := range goList(t, "-deps", "../"+domain) {
			std := !strings.Contains(strings.SplitN(d, "/", 2)[0], ".")
			if !std && !strings.HasPrefix(d, "golang.org/x/text") && !isDomain(d) {
				t.Errorf("domain package %s imports %s", domain, d)
			}
		}
	}
	// pdf renders documents only: no domain package, no use case, no store.
	for _, d := range goList(t, "-deps", "../internal/pdf") {
		if strings.HasPrefix(d, module) && d != module+"internal/pdf" && d != module+"internal/doc" && d != module+"assets" {
			t.Errorf("internal/pdf imports %s", d)
		}
	}
	// The window reaches the record and the documents through the application layer only.
	for _, d := range goList(t, "-f", `{{join .Imports " "}}`, "../internal/ui") {
		switch d {
		case module + "internal/pdf", module + "internal/render", module + "internal/store", "fyne.io/fyne/v2/app":
			t.Errorf("internal/ui imports %s", d)
		}
	}
	for _, d := range goList(t, "-deps", "../internal/ui", "../internal/carnet") {
		if d == module+"internal/store" || strings.HasPrefix(d, "modernc.org/sqlite") {
			t.Errorf("internal/ui or internal/carnet depends on %s", d)
		}
	}
	if _, err := os.Stat("../internal/render"); err == nil {
		t.Error("internal/render still exists: the dossier's formats belong to internal/carnet")
	}
}

// faceCalls returns, for the non-test Go files of dir, every call written
// as pkg.Name where pkg is an import path under the module, as
// "internal/x.Name".
func faceCalls(t *testing.T, dir string) map[string]bool {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	calls := map[string]bool{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		imports := map[string]string{}
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			local := filepath.Base(path)
			if imp.Name != nil {
				local = imp.Name.Name
			}
			imports[local] = strings.TrimPrefix(path, module)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok && imports[id.Name] != "" {
					calls[imports[id.Name]+"."+sel.Sel.Name] = true
				}
			}
			return true
		})
		// Methods of the application layer are called on a value: note them by name.
		ast.Inspect(f, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				calls["."+sel.Sel.Name] = true
			}
			return true
		})
	}
	return calls
}

// TestUseCasesLiveInTheApplicationLayer fails when a face builds a
// document itself instead of asking internal/carnet, or when a use case
// both faces offer is reached by one face only.
func TestUseCasesLiveInTheApplicationLayer(t *testing.T) {
	faces := map[string]map[string]bool{"app": faceCalls(t, "."), "internal/ui": faceCalls(t, "../internal/ui")}
	builders := []string{"internal/report.BuildDossier", "internal/report.BuildBrief", "internal/rights.BuildLetter",
		"internal/report.WriteZip"}
	for face, calls := range faces {
		for _, b := range builders {
			if calls[b] {
				t.Errorf("%s calls %s: the use case belongs to internal/carnet", face, b)
			}
		}
		for call := range calls {
			if strings.HasPrefix(call, "internal/pdf.") || strings.HasPrefix(call, "internal/render.") {
				t.Errorf("%s calls %s: documents are rendered by internal/carnet", face, call)
			}
		}
	}
	// The dossier, the brief and a letter: each face reaches the same use case.
	for _, uc := range []string{".WriteDossier", ".Brief", "internal/carnet.PrepareLetter"} {
		for face, calls := range faces {
			if !calls[uc] {
				t.Errorf("%s does not use the use case %s", face, strings.TrimPrefix(uc, "."))
			}
		}
	}
}
