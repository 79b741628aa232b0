package casefile

import (
	"encoding/base64"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// The longest name and value a case file keeps: a score's or a category's
// name, and a value such as « 0,42 » or « Renforcé ». Longer text is free
// text and is left out.
const (
	MaxNameLen  = 80
	MaxValueLen = 40
)

// identityWords are the folded words of a fact name that says it is about
// who the user is, not how France Travail rates them.
var identityWords = []string{
	"nom", "prenom", "adresse", "identifiant", "naissance", "ne le", "nee le", "conseiller", "conseillere",
	"referent", "agence", "courriel", "mail", "telephone", "portable", "nir", "securite sociale",
	"numero", "code postal", "commune", "ville", "domicile", "iban", "civilite", "matricule", "suivi par",
	"observation", "observations", "commentaire", "remarque", "fichier",
}

var (
	dayDate   = regexp.MustCompile(`\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}|\d{4}-\d{2}-\d{2}`)
	longDigit = regexp.MustCompile(`\d[\d\s]{5,}\d`)
	fileName  = regexp.MustCompile(`(?i)\.(pdf|png|jpe?g|gif|tiff?|csv|xlsx?|ods|odt|docx?|txt|eml|msg|zip)\b`)
)

// Facts returns the facts a case file keeps, in the given order: each name
// once (the first), its value only when withValues is set. A fact is left
// out when its name is empty, longer than MaxNameLen, names the person
// (nom, adresse, identifiant, conseiller, agence…) or holds an e-mail
// address, a dated day, a long number or a file name; a value is left out
// on the same grounds or when longer than MaxValueLen.
func Facts(facts []Fact, withValues bool) []Disclosed {
	out := []Disclosed{}
	seen := map[string]bool{}
	for _, f := range facts {
		name := oneLine(f.Name)
		key := fold(name)
		if name == "" || utf8.RuneCountInString(name) > MaxNameLen || identifying(name) || namesIdentity(key) || seen[key] {
			continue
		}
		seen[key] = true
		d := Disclosed{Name: name}
		if v := oneLine(f.Value); withValues && utf8.RuneCountInString(v) <= MaxValueLen && !identifying(v) {
			d.Value = v
		}
		out = append(out, d)
	}
	return out
}

// Scrub returns the case file without any disclosed fact whose name or
// value contains one of the identifying strings (the user's name,
// identifier, address, adviser, agency, e-mail…) or a word of four letters
// or more of one of them, compared without case or accents. It is the
// second guard after Facts: a fact such as « Dossier suivi par Mme Haddad »
// names nobody in general but the user's adviser here. Base64-looking runs
// of a name or value are decoded and searched too.
func (c CaseFile) Scrub(identifyingStrings []string) CaseFile {
	var needles []string
	for _, s := range identifyingStrings {
		s = fold(oneLine(s))
		if utf8.RuneCountInString(s) >= 3 {
			needles = append(needles, s)
		}
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if utf8.RuneCountInString(w) >= 4 {
				needles = append(needles, w)
			}
		}
	}
	kept := []Disclosed{}
	for _, d := range c.Disclosed {
		text := fold(d.Name) + "\n" + fold(d.Value) + "\n" + fold(decodedRuns(d.Name+" "+d.Value))
		if !containsAny(text, needles) {
			kept = append(kept, d)
		}
	}
	c.Disclosed = kept
	return c
}

func containsAny(s string, needles []string) bool {
	for _, n := range needles {
		if strings.Contains(s, n) {
			return true
		}
	}
	return false
}

// base64Run is a run of characters that may be base64 text.
var base64Run = regexp.MustCompile(`[A-Za-z0-9+/_-]{8,}={0,2}`)

// decodedRuns returns what every base64-looking run of s decodes to, in
// the standard or URL alphabet, padded or not, so that a name hidden in
// base64 is found too.
func decodedRuns(s string) string {
	var b strings.Builder
	for _, run := range base64Run.FindAllString(s, -1) {
		bare := strings.TrimRight(run, "=")
		for _, enc := range []*base64.Encoding{base64.RawStdEncoding, base64.RawURLEncoding} {
			if out, err := enc.DecodeString(bare); err == nil {
				b.Write(out)
				b.WriteByte('\n')
			}
		}
	}
	return b.String()
}

// identifying reports whether s holds an e-mail address, a dated day, a
// long number (an identifier, a phone number) or a file name.
func identifying(s string) bool {
	return strings.Contains(s, "@") || dayDate.MatchString(s) || longDigit.MatchString(s) || fileName.MatchString(s)
}

// namesIdentity reports whether a folded fact name is one of the person's
// particulars.
func namesIdentity(folded string) bool {
	padded := " " + strings.Join(strings.FieldsFunc(folded, func(r rune) bool { return !unicode.IsLetter(r) }), " ") + " "
	for _, w := range identityWords {
		if strings.Contains(padded, " "+w+" ") {
			return true
		}
	}
	return false
}

// oneLine trims s and turns every run of white space into one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// fold lowercases s, removes its accents and writes its apostrophes
// straight.
func fold(s string) string {
	s = strings.ReplaceAll(strings.ToLower(s), "’", "'")
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return out
}
