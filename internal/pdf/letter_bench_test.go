package pdf

import (
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/doc"
)

// benchLetters returns representative letters: a short first request on
// one page and a follow-up with a timeline that runs over two pages.
func benchLetters() map[string]doc.Letter {
	short := doc.Letter{
		Date:       time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC),
		Sender:     []string{"Camille Martin", "12 rue des Lilas", "69003 Lyon", "Identifiant France Travail : 1234567A"},
		Recipient:  []string{"France Travail", "Délégué à la protection des données", "1 avenue du Docteur Gley", "75987 Paris Cedex 20"},
		PlaceDate:  "Fait à Lyon, le 26 novembre 2026",
		Mode:       "Lettre recommandée avec accusé de réception",
		Subject:    "Opposition au profilage me concernant (article 21, paragraphe 1, du RGPD)",
		Salutation: "Madame, Monsieur,",
		Body: []doc.Block{
			{Kind: doc.Paragraph, Text: filler(1, 45)},
			{Kind: doc.Paragraph, Text: filler(2, 30)},
			{Kind: doc.Bullets, Items: []string{filler(3, 10), filler(4, 14)}},
			{Kind: doc.Paragraph, Text: filler(5, 20)},
		},
		Closing:   layoutClosing,
		Signature: "Camille Martin",
	}
	return map[string]doc.Letter{"one page": short, "two pages": layoutLetter(3, 0)}
}

func TestBenchLettersHaveTheirPageCount(t *testing.T) {
	for name, want := range map[string]int{"one page": 1, "two pages": 2} {
		data, err := Letter(benchLetters()[name])
		if err != nil {
			t.Fatal(err)
		}
		if pages, _ := pdfPages(t, data); len(pages) != want {
			t.Errorf("the %s letter has %d pages", name, len(pages))
		}
	}
}

// BenchmarkLetterPDF measures the render of a letter after a first one in
// the same process. fpdf (v0.9.0) cannot share a parsed font between
// documents: every letter parses its two serif faces, and no other.
func BenchmarkLetterPDF(b *testing.B) {
	for name, l := range benchLetters() {
		b.Run(name, func(b *testing.B) {
			if _, err := Letter(l); err != nil { // warm up
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Letter(l); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
