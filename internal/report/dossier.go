package report

import (
	"sort"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

// PrivateMode says what to do with sensitive acts (theme P07 or flagged private).
type PrivateMode string

// The private modes; Exclude is the default.
const (
	PrivateExclude PrivateMode = "exclude"
	PrivateRedact  PrivateMode = "redact"
	PrivateInclude PrivateMode = "include"
)

// RedactedText replaces the details of a redacted act.
const RedactedText = "[détails masqués]"

// LateEntryDays is how many days after an act its entry may come before
// the dossier shows « saisi le … » beside it.
const LateEntryDays = 2

// DossierInput is what a dossier is built from.
type DossierInput struct {
	Profile   journal.Profile
	Acts      []journal.Act // with history and attachment metadata
	From, To  time.Time     // inclusive
	Private   PrivateMode
	Generated time.Time
	Details   bool // add one detail page per application
}

// DossierAct is one act as the dossier shows it.
type DossierAct struct {
	journal.Act
	Redacted  bool
	LateEntry bool // entered more than LateEntryDays after the act
}

// Count is a labelled count with minutes.
type Count struct {
	Key     string
	Label   string
	Count   int
	Minutes int
}

// Dossier is a proof-of-search dossier, ready to render.
type Dossier struct {
	Profile      journal.Profile
	From, To     time.Time
	Generated    time.Time
	Details      bool
	Acts         []DossierAct // chronological
	ByTheme      []Count
	ByStatus     []Count
	Weeks        []journal.WeekTotal
	TotalMinutes int
	Proofs       int
	Excluded     int // sensitive acts left out
	Planned      int // acts dated after the day the dossier is made: planned, left out
	Redacted     int // sensitive acts shown without details
}

// Sensitive reports whether an act is personal: theme P07 or flagged private.
func Sensitive(a journal.Act) bool { return a.Private || journal.ThemeSensitive(a.Theme) }

// BuildDossier selects the acts of the period, applies the private mode and
// computes the summary figures.
func BuildDossier(in DossierInput) Dossier {
	mode := in.Private
	if mode == "" {
		mode = PrivateExclude
	}
	d := Dossier{Profile: in.Profile, From: journal.Day(in.From), To: journal.Day(in.To), Generated: in.Generated, Details: in.Details}
	themes, statuses := map[string]*Count{}, map[journal.Status]*Count{}
	for _, a := range in.Acts {
		day := journal.Day(a.Date)
		if day.Before(d.From) || day.After(d.To) || !a.DeletedAt.IsZero() {
			continue
		}
		if !in.Generated.IsZero() && day.After(journal.Day(in.Generated)) {
			d.Planned++ // planned, not done: never in the dossier
			continue
		}
		da := DossierAct{Act: a}
		if Sensitive(a) {
			switch mode {
			case PrivateExclude:
				d.Excluded++
				continue
			case PrivateRedact:
				da = redact(a)
				d.Redacted++
			}
		}
		da.LateEntry = !a.CreatedAt.IsZero() && journal.Day(a.CreatedAt).After(day.AddDate(0, 0, LateEntryDays))
		d.Acts = append(d.Acts, da)
		d.TotalMinutes += a.Minutes
		d.Proofs += len(da.Attachments)
		c := themes[a.Theme]
		if c == nil {
			c = &Count{Key: a.Theme, Label: journal.ThemeLabel(a.Theme)}
			themes[a.Theme] = c
		}
		c.Count++
		c.Minutes += a.Minutes
		if a.Status != journal.StatusNone {
			s := statuses[a.Status]
			if s == nil {
				s = &Count{Key: string(a.Status), Label: a.Status.FrenchLabel()}
				statuses[a.Status] = s
			}
			s.Count++
		}
	}
	sort.SliceStable(d.Acts, func(i, j int) bool {
		x, y := d.Acts[i], d.Acts[j]
		if !x.Date.Equal(y.Date) {
			return x.Date.Before(y.Date)
		}
		if x.StartTime != y.StartTime {
			return x.StartTime < y.StartTime
		}
		return x.ID < y.ID
	})
	for _, t := range journal.Themes() {
		if c := themes[t]; c != nil {
			d.ByTheme = append(d.ByTheme, *c)
		}
	}
	for _, s := range journal.Statuses() {
		if c := statuses[s]; c != nil {
			d.ByStatus = append(d.ByStatus, *c)
		}
	}
	weeks := int(journal.WeekStart(d.To).Sub(journal.WeekStart(d.From)).Hours()/24)/7 + 1
	var acts []journal.Act
	for _, a := range d.Acts {
		acts = append(acts, a.Act)
	}
	d.Weeks = journal.WeeklyTotals(acts, d.To, weeks)
	return d
}

// redact keeps when, how long and which theme; it drops who, what and the proofs.
func redact(a journal.Act) DossierAct {
	r := journal.Act{ID: a.ID, Date: a.Date, StartTime: a.StartTime, Minutes: a.Minutes, Theme: a.Theme,
		Code: a.Code, Label: RedactedText, Private: true, CreatedAt: a.CreatedAt, UpdatedAt: a.UpdatedAt}
	return DossierAct{Act: r, Redacted: true}
}

// PlainActs returns the dossier's acts as journal acts (redacted ones
// redacted), for the CSV form.
func (d Dossier) PlainActs() []journal.Act {
	out := make([]journal.Act, len(d.Acts))
	for i, a := range d.Acts {
		out[i] = a.Act
	}
	return out
}

// HistoryShort writes a status history as « 03/10 Envoyée → 10/10 Relancée ».
func HistoryShort(h []journal.StatusChange) string {
	s := ""
	for i, c := range h {
		if i > 0 {
			s += " → "
		}
		s += dayMonth(c.Date) + " " + c.Status.FrenchLabel()
	}
	return s
}
