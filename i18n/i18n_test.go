package i18n

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

var verbPattern = regexp.MustCompile(`%[-+# 0]*[0-9]*(\.[0-9]+)?[a-zA-Z%]`)

func verbs(msg string) string { return strings.Join(verbPattern.FindAllString(msg, -1), " ") }

func TestEveryKeyExistsInEveryLanguageWithTheSamePlaceholders(t *testing.T) {
	fr, err := Messages("fr")
	if err != nil {
		t.Fatal(err)
	}
	en, err := Messages("en")
	if err != nil {
		t.Fatal(err)
	}
	for key, msg := range fr {
		other, ok := en[key]
		if !ok {
			t.Errorf("key %q missing in en.json", key)
			continue
		}
		if verbs(msg) != verbs(other) {
			t.Errorf("key %q: placeholders %q in fr, %q in en", key, verbs(msg), verbs(other))
		}
	}
	for key := range en {
		if _, ok := fr[key]; !ok {
			t.Errorf("key %q missing in fr.json", key)
		}
	}
}

// TestEveryKeyUsedInTheCodeIsTranslated scans the Go sources for T("…")
// calls with a literal key.
func TestEveryKeyUsedInTheCodeIsTranslated(t *testing.T) {
	fr, _ := Messages("fr")
	call := regexp.MustCompile(`\bT\("([a-z0-9_.]+)"|"(letternote\.[a-z0-9_]+)"`)
	counted := regexp.MustCompile(`\bN\("([a-z0-9_.]+)"`)
	var missing []string
	for _, root := range []string{"../app", "../internal"} {
		err := filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
			if err != nil || info.IsDir() || !strings.HasSuffix(path, ".go") {
				return err
			}
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			for _, m := range counted.FindAllStringSubmatch(string(src), -1) {
				for _, form := range []string{".one", ".other"} {
					if _, ok := fr[m[1]+form]; !ok {
						missing = append(missing, path+": "+m[1]+form)
					}
				}
			}
			for _, m := range call.FindAllStringSubmatch(string(src), -1) {
				key := m[1] + m[2]
				if _, ok := fr[key]; !ok && !strings.HasSuffix(key, ".") && !strings.HasSuffix(key, "_") {
					missing = append(missing, path+": "+key)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("keys used but not translated:\n%s", strings.Join(missing, "\n"))
	}
}

func TestTranslatorFormatsAndFallsBackToFrench(t *testing.T) {
	tests := []struct {
		lang, key string
		args      []any
		want      string
	}{
		{"fr", "screen.settings", nil, "Paramètres"},
		{"en", "screen.settings", nil, "Settings"},
		{"de", "screen.settings", nil, "Paramètres"},
		{"en", "mail.count.other", []any{3}, "3 mails"},
		{"fr", "cli.error", []any{"x"}, "Erreur\u00a0: x"},
	}
	for _, tt := range tests {
		if got := New(tt.lang).T(tt.key, tt.args...); got != tt.want {
			t.Errorf("%s %s: %q, want %q", tt.lang, tt.key, got, tt.want)
		}
	}
}

func TestLanguageFromEnvironment(t *testing.T) {
	tests := []struct{ lang, want string }{{"C", "fr"}, {"en_US.UTF-8", "en"}, {"fr_FR.UTF-8", "fr"}, {"", "fr"}}
	for _, tt := range tests {
		for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANGUAGE"} {
			t.Setenv(v, "")
		}
		t.Setenv("LANG", tt.lang)
		if got := FromEnvironment(); got != tt.want {
			t.Errorf("LANG=%q gives %q, want %q", tt.lang, got, tt.want)
		}
	}
}
