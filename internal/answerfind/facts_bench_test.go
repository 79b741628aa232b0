package answerfind

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkFacts200Pages runs the fact detector over 200 pages of about
// 3,000 characters, a table and prose mixed.
func BenchmarkFacts200Pages(b *testing.B) {
	body := strings.Repeat("Les finalités du traitement sont votre accompagnement et le versement de vos allocations. ", 20) +
		"\nScore d'employabilité : 0,42\nModalité d'accompagnement | Renforcé | 12/03/2026\n" +
		strings.Repeat("Votre score d’employabilité au 12 mars 2026 est de 0,42 et votre catégorie est « B ». ", 10)
	pages := make([]Page, 200)
	for i := range pages {
		// Lines at the edges differ from page to page, so none is a header.
		pages[i] = Page{File: "r.pdf", Number: i + 1, Text: fmt.Sprintf("Page %c\nDossier %c\n%s\nFin %c\nSuite %c", 'A'+i%26, 'a'+i%26, body, 'A'+i%26, 'a'+i%26)}
	}
	lex := Default()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if len(lex.Facts(pages)) == 0 {
			b.Fatal("no facts")
		}
	}
}
