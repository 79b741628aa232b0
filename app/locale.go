package app

import (
	"os"
	"strings"
)

// normaliseLocale replaces a "C" or "POSIX" locale in the environment by a
// real one in the UI language, so Fyne's own locale lookup (which cannot
// parse "C") stays quiet and its dialogs speak the same language as ours.
// It also sets LANGUAGE, which Fyne reads for its strings.
func normaliseLocale(lang string) {
	full := map[string]string{"fr": "fr_FR.UTF-8", "en": "en_GB.UTF-8"}[lang]
	if full == "" {
		full = "fr_FR.UTF-8"
	}
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		value := os.Getenv(v)
		if value == "C" || value == "POSIX" || strings.HasPrefix(value, "C.") {
			os.Setenv(v, full)
		}
	}
	os.Setenv("LANGUAGE", lang)
}
