// Command carnet is a private, local record of a jobseeker's search and of
// their mail with France Travail. Run "carnet" for the window, or a
// subcommand (version, demo, export, import, check) for scripting.
package main

import (
	_ "embed"
	"os"
	"regexp"

	"github.com/carnet-app/carnet/app"
	_ "github.com/carnet-app/carnet/internal/localefix" // before Fyne reads the locale
)

// manifest is FyneApp.toml, the one place Carnet's version is written.
//
//go:embed FyneApp.toml
var manifest []byte

// versionLine finds `Version = "x.y.z"` in the manifest.
var versionLine = regexp.MustCompile(`(?m)^\s*Version\s*=\s*"([^"]+)"`)

func main() {
	if m := versionLine.FindSubmatch(manifest); m != nil {
		app.Version = string(m[1])
	}
	os.Exit(app.Run(os.Args[1:], os.Stdout, os.Stderr))
}
