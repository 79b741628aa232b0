package pdf

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/doc"
)

const layoutClosing = "Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées."

var (
	layoutHeadings = []string{"Chronologie", "Ma demande", "Éléments manquants"}
	fillerWords    = strings.Fields("demande données traitement article règlement réponse délai accès copie " +
		"profil score indicateur agence conseiller décision motif finalité catégorie destinataire durée " +
		"conservation source logique conséquence entretien accompagnement allocation contrôle")
	pageFooter = regexp.MustCompile(`^Page \d+/\d+$`)
)

// filler returns a paragraph of about words words, unique to (seed, words):
// no line of it can be read as a line of another one.
func filler(seed, words int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "§%d.", seed)
	for i := 0; i < words; i++ {
		fmt.Fprintf(&b, " %s", fillerWords[(seed*7+i*i*3+i)%len(fillerWords)])
		if i%6 == 5 {
			fmt.Fprintf(&b, " n°%d-%d", seed, i)
		}
	}
	return b.String() + "."
}

// layoutLetter returns a letter whose body is pushed down by n filler
// paragraphs of varied length and shift lines more, so that page breaks
// fall on every kind of block: headings, list items, the last paragraph,
// the closing and the attachments.
func layoutLetter(n, shift int) doc.Letter {
	var body []doc.Block
	if shift > 0 {
		body = append(body, doc.Block{Kind: doc.Paragraph, Text: filler(1000+shift, shift*14)})
	}
	for i := 0; i < n; i++ {
		body = append(body, doc.Block{Kind: doc.Paragraph, Text: filler(i, 4+(i*11)%60)})
	}
	body = append(body,
		doc.Block{Kind: doc.Heading, Text: layoutHeadings[0]},
		doc.Block{Kind: doc.Bullets, Items: []string{
			"Premier envoi le 1er septembre 2026 : " + filler(2001, 18),
			"Réception le 3 septembre 2026 : " + filler(2002, 30),
			"Relance le 5 octobre 2026 : " + filler(2003, 6),
			"Aucune réponse à ce jour : " + filler(2004, 42),
		}},
		doc.Block{Kind: doc.Heading, Text: layoutHeadings[1]},
		doc.Block{Kind: doc.Paragraph, Text: filler(3001, 50)},
		doc.Block{Kind: doc.Heading, Text: layoutHeadings[2]},
		doc.Block{Kind: doc.Bullets, Items: []string{filler(3101, 8), filler(3102, 20)}},
		doc.Block{Kind: doc.Paragraph, Text: filler(4000+n, 6+(n*17)%90)},
	)
	var attachments []string
	for i := 0; i < 3+n%4; i++ {
		attachments = append(attachments, fmt.Sprintf("Pièce n°%d : %s", i+1, filler(5000+i, 3+i*3)))
	}
	return doc.Letter{
		Date:        time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC),
		Sender:      []string{"Camille Martin", "12 rue des Lilas", "69003 Lyon", "Identifiant France Travail : 1234567A"},
		Recipient:   []string{"France Travail", "Délégué à la protection des données", "1 avenue du Docteur Gley", "75987 Paris Cedex 20"},
		PlaceDate:   "Fait à Lyon, le 26 novembre 2026",
		Mode:        "Lettre recommandée avec accusé de réception",
		Subject:     "Mise en page des sauts de page",
		References:  []string{"Réf. : 1A 234 567 8901 2"},
		Salutation:  "Madame, Monsieur,",
		Body:        body,
		Closing:     layoutClosing,
		Signature:   "Camille Martin",
		Attachments: attachments,
	}
}

// norm joins the words of s with single spaces (no-break spaces are spaces).
func norm(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// pdfPages returns the non-empty lines of each page of the PDF data
// as laid out by pdftotext -layout, without the page number, and the page
// numbers found.
func pdfPages(t *testing.T, data []byte) (pages [][]string, footers []string) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext is needed (poppler-utils; make test installs it)")
	}
	path := filepath.Join(t.TempDir(), "letter.pdf")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	texts := strings.Split(string(out), "\f")
	if len(texts) > 0 && strings.TrimSpace(texts[len(texts)-1]) == "" {
		texts = texts[:len(texts)-1]
	}
	for _, text := range texts {
		var lines []string
		for _, line := range strings.Split(text, "\n") {
			switch line = norm(line); {
			case line == "":
			case pageFooter.MatchString(line):
				footers = append(footers, line)
			default:
				lines = append(lines, line)
			}
		}
		pages = append(pages, lines)
	}
	return pages, footers
}

// checkLayout reports every broken keep rule of the rendered letter l.
func checkLayout(t *testing.T, l doc.Letter, pages [][]string, footers []string) {
	t.Helper()
	checkHeadings(t, l, pages)
	checkItems(t, l, pages)
	checkAttachments(t, l, pages)
	checkClosing(t, l, pages)
	checkParagraphs(t, l, pages)
	checkFooters(t, pages, footers)
}

// checkHeadings: no heading (nor the attachments' title) ends a page, and a
// heading is followed by two lines at least on its page.
func checkHeadings(t *testing.T, l doc.Letter, pages [][]string) {
	t.Helper()
	var headings []string
	for _, b := range l.Body {
		if b.Kind == doc.Heading {
			headings = append(headings, norm(b.Text))
		}
	}
	for p, lines := range pages {
		for i, line := range lines {
			if line == "Pièces jointes :" && i == len(lines)-1 {
				t.Errorf("page %d ends with the attachments' title", p+1)
			}
			for _, h := range headings {
				if line == h && i > len(lines)-3 {
					t.Errorf("heading %q at the foot of page %d, followed by %d lines", h, p+1, len(lines)-1-i)
				}
			}
		}
	}
}

// pageHolding returns the index of the page whose text contains s, or -1.
func pageHolding(pages [][]string, s string) int {
	for p, lines := range pages {
		if strings.Contains(strings.Join(lines, " "), norm(s)) {
			return p
		}
	}
	return -1
}

// checkItems: every list item is whole on one page.
func checkItems(t *testing.T, l doc.Letter, pages [][]string) {
	t.Helper()
	for _, b := range l.Body {
		for _, it := range b.Items {
			if pageHolding(pages, "– "+it) < 0 {
				t.Errorf("list item split across pages: %.40q…", it)
			}
		}
	}
}

// checkAttachments: the attachments' title and all its items are on one
// page, after the signature rather than alone (the lists here are short).
func checkAttachments(t *testing.T, l doc.Letter, pages [][]string) {
	t.Helper()
	p := pageHolding(pages, "Pièces jointes :")
	if p < 0 {
		t.Fatal("no attachments' title")
	}
	if pages[p][0] == "Pièces jointes :" {
		t.Errorf("the short list of attachments is alone at the top of page %d", p+1)
	}
	text := strings.Join(pages[p], " ")
	for _, a := range l.Attachments {
		if !strings.Contains(text, norm("– "+a)) {
			t.Errorf("attachment %.30q… is not on page %d with the title", a, p+1)
		}
	}
}

// checkClosing: the closing formula starts no page, and the closing and
// the signature are on the page where the last paragraph ends, with its
// last two lines at least (all of them when it has fewer than four).
func checkClosing(t *testing.T, l doc.Letter, pages [][]string) {
	t.Helper()
	for p, lines := range pages {
		if len(lines) > 0 && strings.HasPrefix(norm(l.Closing), lines[0]) {
			t.Errorf("page %d starts with the closing formula", p+1)
		}
	}
	p := pageHolding(pages, l.Closing)
	if p < 0 {
		t.Fatal("the closing formula is split or missing")
	}
	lines := pages[p]
	closing := firstLineOf(lines, norm(l.Closing))
	if closing < 0 {
		t.Fatalf("no line of page %d starts the closing", p+1)
	}
	if !strings.Contains(strings.Join(lines[closing:], " "), l.Signature) {
		t.Errorf("the signature is not on page %d with the closing", p+1)
	}
	last := norm(l.Body[len(l.Body)-1].Text)
	start := closing // first line of the last paragraph before the closing
	for start > 0 && strings.HasSuffix(last, strings.Join(lines[start-1:closing], " ")) {
		start--
	}
	whole := strings.Join(lines[start:closing], " ") == last
	if closing-start < 2 && !whole {
		t.Errorf("page %d holds the closing with %d line(s) of the last paragraph", p+1, closing-start)
	}
	if !whole && len(strings.Fields(last)) < 30 {
		t.Errorf("the short last paragraph is not whole with the closing on page %d", p+1)
	}
}

// firstLineOf returns the index of the first line that starts s, or -1.
func firstLineOf(lines []string, s string) int {
	for i, line := range lines {
		if strings.HasPrefix(s, line) {
			return i
		}
	}
	return -1
}

// checkParagraphs: a paragraph split across pages leaves two lines at least
// at the foot of the first page and at the top of the next one.
func checkParagraphs(t *testing.T, l doc.Letter, pages [][]string) {
	t.Helper()
	for p := 0; p+1 < len(pages); p++ {
		foot, top := pages[p], pages[p+1]
		if len(foot) == 0 || len(top) == 0 {
			continue
		}
		for _, b := range l.Body {
			text := norm(b.Text)
			if b.Kind != doc.Paragraph || !strings.Contains(text, foot[len(foot)-1]+" "+top[0]) {
				continue
			}
			if len(foot) < 2 || !strings.Contains(text, foot[len(foot)-2]+" "+foot[len(foot)-1]) {
				t.Errorf("a single line of a paragraph at the foot of page %d: %q", p+1, foot[len(foot)-1])
			}
			if len(top) < 2 || !strings.Contains(text, top[0]+" "+top[1]) {
				t.Errorf("a single line of a paragraph at the top of page %d: %q", p+2, top[0])
			}
		}
	}
}

// checkFooters: « Page n/N » on every page when there are several.
func checkFooters(t *testing.T, pages [][]string, footers []string) {
	t.Helper()
	var want []string
	for p := range pages {
		if len(pages) > 1 {
			want = append(want, fmt.Sprintf("Page %d/%d", p+1, len(pages)))
		}
	}
	if strings.Join(footers, ",") != strings.Join(want, ",") {
		t.Errorf("page numbers %q, want %q", footers, want)
	}
}

func TestLetterPageBreaksKeepBlocksTogether(t *testing.T) {
	shifts := 3
	if testing.Short() {
		shifts = 1
	}
	var mu sync.Mutex
	pageCounts := map[int]int{}
	t.Run("letters", func(t *testing.T) {
		for shift := 0; shift < shifts; shift++ {
			for n := 0; n <= 40; n++ {
				t.Run(fmt.Sprintf("shift%d-fillers%d", shift, n), func(t *testing.T) {
					t.Parallel()
					l := layoutLetter(n, shift)
					data, err := Letter(l)
					if err != nil {
						t.Fatal(err)
					}
					pages, footers := pdfPages(t, data)
					mu.Lock()
					pageCounts[len(pages)]++
					mu.Unlock()
					checkLayout(t, l, pages, footers)
				})
			}
		}
	})
	if len(pageCounts) < 4 {
		t.Errorf("the letters should run over 1 to 4 pages or more, got %v", pageCounts)
	}
}

func TestLetterIsDeterministic(t *testing.T) {
	for _, n := range []int{0, 13, 40} {
		l := layoutLetter(n, 1)
		a, err := Letter(l)
		if err != nil {
			t.Fatal(err)
		}
		b, err := Letter(l)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%d fillers: two renderings of the same letter differ", n)
		}
	}
}
