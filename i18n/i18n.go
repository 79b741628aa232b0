// Package i18n holds Carnet's UI strings in French (the default) and English,
// loaded from fr.json and en.json into a golang.org/x/text catalogue.
// Messages use fmt verbs (%s, %d) for their arguments.
package i18n

import (
	"embed"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

//go:embed fr.json en.json
var files embed.FS

// Languages lists the supported UI languages, default first.
var Languages = []string{"fr", "en"}

var builder = mustBuild()

func mustBuild() *catalog.Builder {
	b := catalog.NewBuilder(catalog.Fallback(language.French))
	for _, lang := range Languages {
		msgs, err := Messages(lang)
		if err != nil {
			panic(err) // the files are embedded: a broken file is a build defect caught by tests
		}
		tag := language.MustParse(lang)
		for key, msg := range msgs {
			if err := b.SetString(tag, key, msg); err != nil {
				panic(err)
			}
		}
	}
	return b
}

// Messages returns the raw key → message map of one language, or an error
// when the language is unknown or its file is not valid JSON.
func Messages(lang string) (map[string]string, error) {
	data, err := files.ReadFile(lang + ".json")
	if err != nil {
		return nil, fmt.Errorf("no messages for language %q", lang)
	}
	var msgs map[string]string
	if err := json.Unmarshal(data, &msgs); err != nil {
		return nil, fmt.Errorf("%s.json: %w", lang, err)
	}
	return msgs, nil
}

// Translator formats messages in one language.
type Translator struct {
	lang    string
	tag     language.Tag
	printer *message.Printer
}

// New returns a translator for lang ("fr" or "en"); any other value gives French.
func New(lang string) *Translator {
	if lang != "en" {
		lang = "fr"
	}
	tag := language.MustParse(lang)
	return &Translator{lang: lang, tag: tag, printer: message.NewPrinter(tag, message.Catalog(builder))}
}

// Lang returns the translator's language code.
func (t *Translator) Lang() string { return t.lang }

// T returns the message for key with its arguments; an unknown key comes back as is.
func (t *Translator) T(key string, args ...any) string {
	return t.printer.Sprintf(key, args...)
}

// N returns the message for a count: key+".one" or key+".other", as the
// language's plural rules (CLDR, through x/text) choose for n, formatted
// with n first and then args. French says « 0 démarche, 1 démarche,
// 2 démarches »; English « 0 acts, 1 act, 2 acts ».
func (t *Translator) N(key string, n int, args ...any) string {
	suffix := ".other"
	if plural.Cardinal.MatchPlural(t.tag, n, 0, 0, 0, 0) == plural.One {
		suffix = ".one"
	}
	return t.printer.Sprintf(key+suffix, append([]any{n}, args...)...)
}

// FromEnvironment picks the language from LC_ALL, LC_MESSAGES, LANGUAGE or
// LANG: English when the first one set starts with "en", French otherwise
// (including LANG=C).
func FromEnvironment() string {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"} {
		if s := os.Getenv(v); s != "" {
			if strings.HasPrefix(s, "en") {
				return "en"
			}
			return "fr"
		}
	}
	return "fr"
}
