package journal

import "time"

// StatusChangeOnSave returns the status-history entry that saving a must
// append, and false when a's status equals prev, the status stored before
// (StatusNone for a new act). existed tells whether a was stored already.
// The entry is dated a.StatusSince when set; otherwise the act's own date
// for a new act, and the day of now for a stored one. It gets a new ID and
// was created at now.
func StatusChangeOnSave(prev Status, existed bool, a Act, now time.Time) (StatusChange, bool) {
	if a.Status == prev {
		return StatusChange{}, false
	}
	c := StatusChange{ID: NewID(), Status: a.Status, Date: Day(now), CreatedAt: now}
	if !existed {
		c.Date = a.Date
	}
	if !a.StatusSince.IsZero() {
		c.Date = a.StatusSince
	}
	return c, true
}

// PlanAgreedActions turns every agreed action of m that has a date and no
// act yet into a planned act in the journal: theme P06 (code "-"), with
// France Travail as organisation, the action's text as label and a note
// naming the meeting's date, created at now. It returns m with those
// actions linked to their new acts (m's own Agreed slice is not modified)
// and the acts to store with it.
func PlanAgreedActions(m Meeting, now time.Time) (Meeting, []Act) {
	var acts []Act
	m.Agreed = append([]AgreedAction(nil), m.Agreed...)
	for i, ag := range m.Agreed {
		if ag.Date.IsZero() || ag.ActID != "" {
			continue
		}
		a := Act{ID: NewID(), Date: ag.Date, Theme: "P06", Code: "-", Label: ag.Text,
			Organisation: "France Travail",
			Notes:        "Action convenue lors de l’entretien du " + FormatLongDate(m.Date) + ".",
			CreatedAt:    now, UpdatedAt: now}
		acts = append(acts, a)
		m.Agreed[i].ActID = a.ID
	}
	return m, acts
}
