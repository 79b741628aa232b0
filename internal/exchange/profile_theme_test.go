package exchange

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/carnet-app/carnet/internal/journal"
)

func TestJSONCarriesTheColorThemeLosslessly(t *testing.T) {
	for _, theme := range journal.ColorThemes {
		t.Run("theme "+theme, func(t *testing.T) {
			b := profileBundle(t)
			b.Profile.Theme = theme
			var first bytes.Buffer
			if err := WriteJSON(&first, b); err != nil {
				t.Fatal(err)
			}
			text := first.String()
			profile := text[strings.Index(text, `"profile"`):]
			profile = profile[:strings.Index(profile, "}")]
			has := strings.Contains(profile, `"theme"`)
			if has != (theme != journal.ColorThemeSystem) || has && !strings.Contains(profile, `"theme": "`+theme+`"`) {
				t.Fatalf("theme %q written=%v:\n%s", theme, has, first.String())
			}
			read, err := ReadJSON(first.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			if read.Profile.Theme != theme {
				t.Fatalf("theme read back as %q, want %q", read.Profile.Theme, theme)
			}
			var second bytes.Buffer
			if err := WriteJSON(&second, read); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(first.Bytes(), second.Bytes()) {
				t.Fatalf("round trip changed the file:\n%s\n---\n%s", first.String(), second.String())
			}
		})
	}
}

func TestReadJSONRefusesAnUnknownThemeWithTheLine(t *testing.T) {
	b := profileBundle(t)
	b.Profile.Theme = journal.ColorThemeDark
	var good bytes.Buffer
	if err := WriteJSON(&good, b); err != nil {
		t.Fatal(err)
	}
	data := strings.Replace(good.String(), `"theme": "dark"`, `"theme": "sepia"`, 1)
	if data == good.String() {
		t.Fatalf("no theme in the file:\n%s", data)
	}
	_, err := ReadJSON([]byte(data))
	var in *InputError
	if !errors.As(err, &in) || in.Problem != ProblemField || in.Field != "theme" || in.Value != "sepia" {
		t.Fatalf("error %v, want the field theme with the value sepia", err)
	}
}
