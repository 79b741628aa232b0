package answerfind

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

var (
	numericDate = regexp.MustCompile(`\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b`)
	wordDate    = regexp.MustCompile(`(?i)\b(1er|\d{1,2}) (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre) (\d{4})\b`)
	isoDate     = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
)

var frenchMonths = []string{"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"}

// firstDate returns the first complete date written in s (« 12/03/2026 »,
// « 12/03/26 », « 12 mars 2026 », « 2026-03-12 ») and where it stands in s
// as bytes, or ok false. A month without its day is no date.
func firstDate(s string) (d time.Time, start, end int, ok bool) {
	best := -1
	try := func(at []int, day, month, year int) {
		if at == nil || (best >= 0 && at[0] >= best) {
			return
		}
		if year < 100 {
			year += 2000
		}
		t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		if t.Day() != day || int(t.Month()) != month || year < 1900 || year > 2200 {
			return
		}
		d, start, end, best, ok = t, at[0], at[1], at[0], true
	}
	if m := numericDate.FindStringSubmatchIndex(s); m != nil {
		try(m[:2], atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]))
	}
	if m := isoDate.FindStringSubmatchIndex(s); m != nil {
		try(m[:2], atoi(s[m[6]:m[7]]), atoi(s[m[4]:m[5]]), atoi(s[m[2]:m[3]]))
	}
	// Month names are matched on the folded text, whose length may differ
	// from s: a folded match is mapped back by searching its day and year.
	folded := journal.FoldText(s)
	if m := wordDate.FindStringSubmatch(folded); m != nil {
		day := 1
		if m[1] != "1er" {
			day = atoi(m[1])
		}
		month := 0
		for i, name := range frenchMonths {
			if name == m[2] {
				month = i + 1
			}
		}
		if at := rawSpan(s, m[1], m[3]); at != nil {
			try(at, day, month, atoi(m[3]))
		}
	}
	return d, start, end, ok
}

// rawSpan finds in s the first run from the word first to the 4-digit year
// after it, or nil.
func rawSpan(s, first, year string) []int {
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], first)
		if i < 0 {
			return nil
		}
		i += from
		if j := strings.Index(s[i:], year); j >= 0 && j < 40 {
			return []int{i, i + j + len(year)}
		}
		from = i + len(first)
	}
	return nil
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
