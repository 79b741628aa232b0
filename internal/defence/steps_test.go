package defence

import (
	"strings"
	"testing"

	"github.com/carnet-app/carnet/internal/doc"
)

func TestMediatorTimelineFromTheLettersSent(t *testing.T) {
	in := fullInput(fixtureNotices()[KindWarning], LetterMediation, "2026-12-20")
	in.Steps = append(SentSteps(LetterAppeal, day("2026-12-10"), zero()),
		SentSteps(LetterObservations, day("2026-12-01"), day("2026-12-03"))...)
	l, missing := BuildLetter(in)
	if len(missing) > 0 {
		t.Fatal(missing)
	}
	text := doc.Text(l)
	want := "– 20 novembre 2026\u00a0: décision de France Travail\u00a0;\n" +
		"– 26 novembre 2026\u00a0: prise de connaissance de la décision\u00a0;\n" +
		"– 1er décembre 2026\u00a0: envoi de mes observations\u00a0;\n" +
		"– 3 décembre 2026\u00a0: réception de mes observations par France Travail\u00a0;\n" +
		"– 10 décembre 2026\u00a0: envoi de mon recours administratif préalable.\n"
	if !strings.Contains(text, want) {
		t.Errorf("timeline not in date order or incomplete, want\n%s\nin\n%s", want, text)
	}
}
