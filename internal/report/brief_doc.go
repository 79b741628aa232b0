package report

import (
	"fmt"
	"strings"
	"time"

	"github.com/carnet-app/carnet/internal/answerfind"
	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// The most items of each list of the brief, so that it holds on one page.
const (
	briefMaxApplications = 9
	briefMaxRequests     = 5
	briefMaxMails        = 4
	briefMaxQuestions    = 6
	briefMaxDocuments    = 5
	briefMaxFacts        = 3
)

// briefMore is the line that ends a list cut short.
const briefMore = "… et " + doc.ListRest + " autres"

// BriefDocument lays a meeting brief out as a compact document: the
// meeting, the activity since the last one with the hours of each week,
// the applications in progress, the open requests with their due dates,
// the mails awaiting a reply, my questions, the documents to bring, and
// ruled lines for notes. Lists too long for one page end with « … et N
// autres ».
func BriefDocument(b Brief) doc.Report {
	m := b.Meeting
	title := "Entretien du " + journal.FormatLongDate(m.Date)
	if m.StartTime != "" {
		title += " à " + clock(m.StartTime)
	}
	var sub []string
	if mode := meetingModes[m.Mode]; mode != "" {
		sub = append(sub, mode)
	}
	if m.Adviser != "" {
		sub = append(sub, "avec "+m.Adviser)
	}
	if m.Place != "" {
		sub = append(sub, m.Place)
	}
	elements := []doc.Element{
		doc.Title{Text: title, Level: 1},
		doc.Para{Text: strings.Join(sub, " — ")},
		doc.Para{Text: b.Profile.Name + " — identifiant France Travail\u00a0: " + b.Profile.FranceTravailID},
		section("Depuis le " + journal.FormatLongDate(b.Since) + "\u00a0: " + count(b.ActsCount, "démarche", "démarches") + ", " + journal.FormatMinutes(b.TotalMinutes) + " d’activité"),
		doc.Para{Text: briefWeeks(b)},
		section(fmt.Sprintf("Candidatures en cours (%d)", len(b.InProgress))),
		doc.List{Items: briefApplications(b.InProgress), Max: briefMaxApplications, More: briefMore, Empty: "Aucune candidature en attente de réponse."},
		section("Mes demandes à France Travail"),
		doc.List{Items: briefRequests(b.Requests), Max: briefMaxRequests, More: briefMore, Empty: "Aucune demande en cours."},
	}
	if len(b.Facts) > 0 {
		elements = append(elements, section("Ce que France Travail a enregistré (d’après ses réponses)"),
			doc.List{Items: briefFacts(b.Facts), Max: briefMaxFacts, More: briefMore})
	}
	elements = append(elements,
		section("Courriers de France Travail en attente de ma réponse"),
		doc.List{Items: briefMails(b.MailsDue), Max: briefMaxMails, More: briefMore, Empty: "Aucun."},
		section("Mes questions"),
		doc.List{Items: m.Questions, Max: briefMaxQuestions, More: briefMore, Empty: "—"},
		section("Documents à apporter"),
		doc.List{Items: m.Documents, Max: briefMaxDocuments, More: briefMore, Empty: "—"},
		section("Notes pendant l’entretien"),
		doc.WritingLines{},
	)
	return doc.Report{
		Title:    "Préparation de l’entretien — " + b.Profile.Name,
		Created:  b.Generated,
		Footer:   "Généré par Carnet le " + journal.FormatLongDate(b.Generated),
		Compact:  true,
		Elements: elements,
	}
}

// section is a section title of the brief.
func section(text string) doc.Title { return doc.Title{Text: text, Level: 2} }

// briefWeeks writes the hours of each week since the last meeting, and the
// target.
func briefWeeks(b Brief) string {
	var weeks []string
	for _, w := range b.Weeks {
		weeks = append(weeks, dayMonth(w.Monday)+"\u00a0: "+journal.FormatMinutes(w.Minutes))
	}
	line := "Heures par semaine (lundi)\u00a0: " + strings.Join(weeks, " · ")
	if b.Profile.TargetMinutes > 0 {
		line += " — objectif\u00a0: " + journal.FormatMinutes(b.Profile.TargetMinutes)
	}
	return line
}

// briefApplications writes each application in progress with its next
// action.
func briefApplications(acts []journal.Act) []string {
	var out []string
	for _, a := range acts {
		s := journal.FormatShortDate(a.Date) + " — " + a.Organisation + " — " + a.Title() + " — " + a.Status.FrenchLabel()
		if a.NextAction != "" {
			s += " ; prochaine action\u00a0: " + a.NextAction + " le " + journal.FormatShortDate(a.NextActionOn)
		}
		out = append(out, s)
	}
	return out
}

// briefRequests writes each open request with its due date.
func briefRequests(reqs []BriefRequest) []string {
	var out []string
	for _, r := range reqs {
		s := requestKinds[r.Request.Kind] + " — envoyée le " + journal.FormatShortDate(r.Request.SentOn)
		switch {
		case r.Status == rights.StatusIncomplete:
			s += " — réponse incomplète"
		case !r.Due.Due.IsZero():
			s += " — réponse due le " + journal.FormatShortDate(r.Due.Due)
			if r.Status == rights.StatusOverdue {
				s += " (en retard)"
			}
		default:
			s += " — date de réception à confirmer"
		}
		out = append(out, s)
	}
	return out
}

// briefMails writes each mail that awaits my reply with its reply-by date.
func briefMails(mails []journal.Mail) []string {
	var out []string
	for _, ml := range mails {
		out = append(out, ml.Subject+" — reçu le "+journal.FormatShortDate(ml.Date)+" — répondre avant le "+journal.FormatShortDate(ml.ReplyBy))
	}
	return out
}

// briefFacts writes each value France Travail recorded, as the user
// confirmed it from its answers, with the month it stands for; a value
// that changed between two answers shows both: « Modalité
// d’accompagnement\u00a0: Guidé (mars 2026) → Renforcé (octobre 2026) ».
func briefFacts(histories []answerfind.FactHistory) []string {
	var out []string
	for _, h := range histories {
		if len(h.Entries) == 0 {
			continue
		}
		if changes := h.Changes(); len(changes) > 0 {
			c := changes[len(changes)-1]
			out = append(out, h.Name+"\u00a0: "+c.Before.Value+" ("+monthYear(c.Before.When())+") → "+c.After.Value+" ("+monthYear(c.After.When())+")")
			continue
		}
		last := h.Entries[len(h.Entries)-1]
		when := monthYear(last.ValidOn)
		if last.ValidOn.IsZero() { // the answer gave no date: say when it was read
			when = "sans date, lu en " + monthYear(last.ConfirmedAt)
		}
		out = append(out, h.Name+"\u00a0: "+last.Value+" ("+when+")")
	}
	return out
}

// monthYear writes « mars 2026 ».
func monthYear(t time.Time) string {
	_, rest, _ := strings.Cut(journal.FormatLongDate(t), " ")
	return rest
}
