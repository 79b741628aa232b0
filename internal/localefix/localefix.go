// Package localefix runs before Fyne's lang package initialises (Go
// initialises packages in import-path order once their imports are ready,
// and this one needs only os and strings): when the environment's locale is
// "C.UTF-8" or similar, which Fyne cannot parse and logs as an error at
// start-up, it sets LANGUAGE to French, Carnet's default language.
package localefix

import (
	"os"
	"strings"
)

func init() {
	if os.Getenv("LANGUAGE") != "" {
		return
	}
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if value := os.Getenv(v); value != "" {
			if strings.HasPrefix(value, "C.") || strings.HasPrefix(value, "POSIX.") {
				os.Setenv("LANGUAGE", "fr")
			}
			return
		}
	}
}
