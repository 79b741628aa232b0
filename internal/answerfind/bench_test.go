package answerfind

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkFind200Pages runs the finder for every access item over 200
// pages of about 3,000 characters each, a header and a footer on every
// page.
func BenchmarkFind200Pages(b *testing.B) {
	para := "Les finalités du traitement sont l’accompagnement et l’indemnisation ; vos données sont conservées pendant deux ans. " +
		"Notre score de satisfaction atteint 87 %. Votre score d’employabilité est de 0,42 au 12 mars 2026.\n"
	pages := make([]Page, 200)
	for i := range pages {
		pages[i] = Page{File: "long.pdf", Number: i + 1,
			Text: fmt.Sprintf("France Travail — Agence de Lyon\nDossier %c%c, suite\n%sSuite au dossier %c%c\nPage %d sur 200",
				'a'+i%26, 'a'+i/26, strings.Repeat(para, 10), 'a'+i%26, 'a'+i/26, i+1)}
	}
	items := []string{"copy", "scores", "a", "b", "c", "d", "e", "f", "g", "h", "decisions", "r1", "r2", "r3", "r4"}
	for b.Loop() {
		if got := Default().Find(pages, items); !got[1].Found() {
			b.Fatal("scores not found")
		}
	}
}
