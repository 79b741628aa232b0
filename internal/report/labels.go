package report

import (
	"strconv"
	"strings"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// meetingModes names the meeting modes in French, as the brief's subtitle
// says them.
var meetingModes = map[journal.MeetingMode]string{journal.MeetingAgency: "en agence", journal.MeetingPhone: "par téléphone", journal.MeetingVideo: "en visio"}

// requestKinds names the kinds of request in French, for the brief's list
// of open requests (rights has no short French label of its own).
var requestKinds = map[rights.Kind]string{rights.KindAccess: "Demande d’accès à mes données et à mes scores",
	rights.KindExplanation: "Demande d’explication d’une décision", rights.KindRectification: "Demande de rectification",
	rights.KindObjection: "Opposition au profilage"}

// dayMonth writes a date as « 05/01 ».
func dayMonth(t time.Time) string { return t.Format("02/01") }

// decimalHours writes minutes as hours with one decimal, the French way:
// 90 gives « 1,5 ».
func decimalHours(minutes int) string {
	return strings.Replace(strconv.FormatFloat(float64(minutes)/60, 'f', 1, 64), ".", ",", 1)
}

// clock writes a start time « 14:00 » as « 14 h 00 ».
func clock(hhmm string) string { return strings.Replace(hhmm, ":", " h ", 1) }
