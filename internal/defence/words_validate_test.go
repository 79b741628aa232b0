package defence

import (
	"errors"
	"strings"
	"testing"

	"github.com/carnet-app/carnet/internal/journal"
)

func TestWordsValidate(t *testing.T) {
	many := make([]Answer, journal.MaxListLen+1)
	for i := range many {
		many[i] = Answer{Response: "oui"}
	}
	for _, c := range []struct {
		name  string
		words Words
		field string // "" when valid
		code  string
	}{
		{"no words", Words{}, "", ""},
		{"answers with points and reasons", Words{Answers: []Answer{{Point: "absence", Response: "j’étais malade"}},
			Reasons: []Reason{{Kind: ReasonHealth, Text: "arrêt de travail"}, {Text: "sans type"}}}, "", ""},
		{"a reason kind the letters do not know", Words{Reasons: []Reason{{Kind: "weather", Text: "neige"}}}, "reasons", journal.ProblemUnknownValue},
		{"too many answers", Words{Answers: many}, "answers", journal.ProblemTooLong},
		{"an answer too long", Words{Answers: []Answer{{Response: strings.Repeat("a", maxText+1)}}}, "answers", journal.ProblemTooLong},
		{"a point with a NUL", Words{Answers: []Answer{{Point: "a\x00b", Response: "c"}}}, "answers", journal.ProblemText},
		{"grounds not UTF-8", Words{Grounds: "\xff"}, "grounds", journal.ProblemText},
	} {
		err := c.words.Validate()
		var ve *journal.ValidationError
		switch {
		case c.field == "" && err != nil:
			t.Errorf("%s: refused: %v", c.name, err)
		case c.field != "" && (!errors.As(err, &ve) || ve.Fields[c.field] != c.code):
			t.Errorf("%s: %v, want %s %s", c.name, err, c.field, c.code)
		}
	}
}
