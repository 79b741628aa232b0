package demo

import (
	"github.com/carnet-app/carnet/internal/journal"
)

// meetings returns a past adviser meeting with notes and agreed actions,
// and the next one, two weeks ahead.
func (g *generator) meetings() []journal.Meeting {
	past := g.today.AddDate(0, 0, -40)
	next := g.today.AddDate(0, 0, 14)
	mk := func(m journal.Meeting) journal.Meeting {
		m.ID = g.id()
		m.CreatedAt = g.stamp(m.Date.AddDate(0, 0, -10), 0)
		m.UpdatedAt = m.CreatedAt
		return m
	}
	first := mk(journal.Meeting{Date: past, StartTime: "10:30", Mode: journal.MeetingAgency,
		Adviser: "M. Olivier Bernard", Place: "France Travail Lyon Part-Dieu",
		Questions: []string{journal.SuggestedQuestions[0]}, Documents: []string{"CV à jour"},
		Notes:    "Point sur les candidatures en comptabilité ; proposition d’un atelier CV.",
		Agreed:   []journal.AgreedAction{{Text: "Atelier « CV et lettre » à l’agence", Date: past.AddDate(0, 0, 12), ActID: ""}},
		NextDate: next})
	first.UpdatedAt = g.stamp(past, 0)
	second := mk(journal.Meeting{Date: next, StartTime: "14:00", Mode: journal.MeetingPhone, Adviser: "M. Olivier Bernard",
		Questions: []string{journal.SuggestedQuestions[0], journal.SuggestedQuestions[1]},
		Documents: []string{"Justificatifs des candidatures récentes"}})
	return []journal.Meeting{first, second}
}
