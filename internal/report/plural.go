package report

import "strconv"

// count writes n with the French noun phrase in the right number: 0 and 1
// take the singular (« 1 démarche », « 0 justificatif »), from 2 on the
// plural (« 2 démarches »).
func count(n int, singular, plural string) string {
	if n < 2 {
		return strconv.Itoa(n) + " " + singular
	}
	return strconv.Itoa(n) + " " + plural
}
