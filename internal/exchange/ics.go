package exchange

import (
	"bufio"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/carnet-app/carnet/internal/journal"
)

// Event is one all-day calendar event.
type Event struct {
	UID         string // stable across exports, so calendars update instead of duplicating
	Date        time.Time
	Summary     string
	Description string
}

// WriteICS writes the events as an iCalendar (RFC 5545) file of all-day
// events, stamped with now. It returns the writer's error.
func WriteICS(w io.Writer, events []Event, now time.Time) error {
	bw := bufio.NewWriter(w)
	line := func(s string) { writeFolded(bw, s) }
	line("BEGIN:VCALENDAR")
	line("VERSION:2.0")
	line("PRODID:-//Carnet//Carnet//FR")
	line("CALSCALE:GREGORIAN")
	stamp := now.UTC().Format("20060102T150405Z")
	for _, e := range events {
		line("BEGIN:VEVENT")
		line("UID:" + e.UID + "@carnet.local")
		line("DTSTAMP:" + stamp)
		line("DTSTART;VALUE=DATE:" + e.Date.Format("20060102"))
		line("DTEND;VALUE=DATE:" + e.Date.AddDate(0, 0, 1).Format("20060102"))
		line("SUMMARY:" + icsEscape(e.Summary))
		if e.Description != "" {
			line("DESCRIPTION:" + icsEscape(e.Description))
		}
		line("END:VEVENT")
	}
	line("END:VCALENDAR")
	return bw.Flush()
}

// icsEscape escapes text values (RFC 5545 §3.3.11).
func icsEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`)
	return r.Replace(s)
}

// writeFolded writes a content line folded at 75 octets without splitting
// a UTF-8 character, ended by CRLF.
func writeFolded(w *bufio.Writer, s string) {
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		w.WriteString(s[:cut] + "\r\n ")
		s = s[cut:]
		limit = 74 // the leading space counts
	}
	w.WriteString(s + "\r\n")
}

// DueEvents turns upcoming items into calendar events.
func DueEvents(items []journal.DueItem, summary func(journal.DueItem) string) []Event {
	var out []Event
	for _, it := range items {
		out = append(out, Event{UID: string(it.Kind) + "-" + it.OwnerID, Date: it.Date, Summary: summary(it), Description: icsDescription(it)})
	}
	return out
}

// icsDescription is a date's rule in words followed by the text setting
// it, when it is a legal deadline.
func icsDescription(it journal.DueItem) string {
	if it.Reference == "" {
		return it.Rule
	}
	return it.Rule + " (" + it.Reference + ")"
}
