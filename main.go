// Command carnet is a private, local record of a jobseeker's search and of
// their mail with France Travail. Run "carnet" for the window, or a
// subcommand (version, demo, export, import, check) for scripting.
package main

import (
	"os"

	"github.com/carnet-app/carnet/app"
	_ "github.com/carnet-app/carnet/internal/localefix" // before Fyne reads the locale
)

func main() {
	os.Exit(app.Run(os.Args[1:], os.Stdout, os.Stderr))
}
