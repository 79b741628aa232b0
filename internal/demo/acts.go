package demo

import (
	"fmt"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

var (
	organisations = []string{"Société Générale", "Boulangerie Dupont", "Clinique Saint-Éloi",
		"Mairie de Villeurbanne", "Transports Rhône-Express", "Hôtel du Parc", "Leroy Bâtiment",
		"Cabinet Lefèvre & Associés", "Crédit Mutuel", "Biocoop Croix-Rousse", "Adecco Lyon",
		"Manpower Part-Dieu", "Groupe SEB", "Éditions du Rhône", "Carrefour Vénissieux",
		"La Poste", "Décathlon Confluence", "Association Habitat & Humanisme", "Keolis Lyon",
		"Café des Négociants", "Imprimerie Morel", "EHPAD Les Tilleuls", "Atelier Numérique Lyonnais"}
	jobs     = []string{"comptable", "assistant·e administratif·ve", "gestionnaire de paie", "agent·e d’accueil", "secrétaire médical·e", "chargé·e de clientèle"}
	contacts = []string{"Mme Sophie Laurent", "M. Karim Benali", "Mme Claire Moreau", "M. Julien Petit", "Mme Nadia Haddad", "M. Thomas Girard"}
	roles    = []string{"Responsable RH", "Chargée de recrutement", "Gérant", "Directrice administrative", "Consultant"}
)

// kind describes one family of generated acts.
type kind struct {
	theme, code string
	weight      int
	application bool
	channels    []journal.Channel
	minutes     [2]int
}

var kinds = []kind{
	{"P03", "Q14", 30, true, []journal.Channel{journal.ChannelFranceTravail, journal.ChannelJobBoard, journal.ChannelEmail}, [2]int{30, 90}},
	{"P03", "Q15", 14, true, []journal.Channel{journal.ChannelEmail, journal.ChannelPost, journal.ChannelInPerson}, [2]int{30, 120}},
	{"P03", "Q12", 12, false, []journal.Channel{journal.ChannelJobBoard, journal.ChannelFranceTravail}, [2]int{45, 180}},
	{"P03", "Q16", 8, false, []journal.Channel{journal.ChannelEmail, journal.ChannelPhone}, [2]int{15, 60}},
	{"P03", "Q11", 6, false, []journal.Channel{journal.ChannelOther}, [2]int{60, 240}},
	{"P03", "Q50", 3, false, []journal.Channel{journal.ChannelAgency, journal.ChannelInPerson}, [2]int{30, 90}},
	{"P03", "Q43", 4, false, []journal.Channel{journal.ChannelNetwork, journal.ChannelInPerson}, [2]int{60, 180}},
	{"P04", "Q18", 6, false, []journal.Channel{journal.ChannelInPerson, journal.ChannelPhone}, [2]int{30, 120}},
	{"P04", "Q17", 4, false, []journal.Channel{journal.ChannelOther}, [2]int{60, 180}},
	{"P01", "Q02", 3, false, []journal.Channel{journal.ChannelFranceTravail, journal.ChannelNetwork}, [2]int{60, 180}},
	{"P01", "Q05", 2, false, []journal.Channel{journal.ChannelInPerson}, [2]int{120, 300}},
	{"P02", "Q08", 3, false, []journal.Channel{journal.ChannelInPerson, journal.ChannelOther}, [2]int{180, 420}},
	{"P02", "Q120", 3, false, []journal.Channel{journal.ChannelOther}, [2]int{60, 180}},
	{"P05", "Q22", 1, false, []journal.Channel{journal.ChannelOther}, [2]int{60, 180}},
	{"P06", "-", 2, false, []journal.Channel{journal.ChannelFranceTravail, journal.ChannelPhone}, [2]int{30, 60}},
	{"P07", "Q39", 2, false, []journal.Channel{journal.ChannelInPerson, journal.ChannelPhone}, [2]int{30, 120}},
}

func (g *generator) kind(i int) kind {
	if i < len(kinds) { // every theme appears at least once
		return kinds[i]
	}
	total := 0
	for _, k := range kinds {
		total += k.weight
	}
	r := g.rng.IntN(total)
	for _, k := range kinds {
		if r < k.weight {
			return k
		}
		r -= k.weight
	}
	return kinds[0]
}

// act returns the i-th of n acts; dates go from 18 months ago to today.
func (g *generator) act(i, n int) journal.Act {
	k := g.kind(i)
	span := int(g.today.Sub(g.today.AddDate(0, -18, 0)).Hours() / 24)
	dayIndex := span - 1 - (i*span)/n - g.rng.IntN(3)
	if i < 5 { // a few acts this week, so the home screen has something to show
		dayIndex = span - 1 - g.rng.IntN(int(g.today.Weekday()+6)%7+1)
	}
	date := g.today.AddDate(0, 0, dayIndex-span+1)
	if date.After(g.today) {
		date = g.today
	}
	a := journal.Act{ID: g.id(), Date: date, Theme: k.theme, Code: k.code,
		Minutes:   k.minutes[0] + 5*g.rng.IntN((k.minutes[1]-k.minutes[0])/5+1),
		StartTime: fmt.Sprintf("%02d:%02d", 8+g.rng.IntN(10), 15*g.rng.IntN(4)),
		Channel:   k.channels[g.rng.IntN(len(k.channels))]}
	a.CreatedAt = g.stamp(date, 8)
	a.UpdatedAt = a.CreatedAt
	switch k.theme {
	case "P03", "P04":
		a.Organisation = g.pick(organisations)
		job := g.pick(jobs)
		a.Label = "Candidature : " + job
		if g.rng.IntN(2) == 0 {
			a.Contact = journal.Contact{Name: g.pick(contacts), Role: g.pick(roles),
				Email: fmt.Sprintf("recrutement%d@exemple.fr", g.rng.IntN(90)+10)}
		}
		a.Notes = "Poste visé : " + job + " ; CV et lettre adaptés à l’annonce."
	case "P06":
		a.Organisation = "France Travail"
		a.Label = "Entretien de suivi avec mon conseiller"
	case "P07":
		a.Label = g.pick([]string{"Rendez-vous assistante sociale (logement)", "Recherche de mode de garde", "Rendez-vous médical"})
		a.Notes = "Démarche personnelle."
		a.Private = true
	default:
		a.Organisation = g.pick([]string{"AFPA Lyon", "Cité des métiers", "CCI Lyon Métropole", "OpenClassrooms"})
	}
	if k.application {
		a.OfferRef = fmt.Sprintf("%03dKXR%d", g.rng.IntN(1000), g.rng.IntN(10))
		g.applicationHistory(&a)
	}
	a.Attachments = g.proofs(a)
	return a
}

// applicationHistory gives an application a plausible status history.
func (g *generator) applicationHistory(a *journal.Act) {
	age := int(g.today.Sub(a.Date).Hours() / 24)
	path := []journal.Status{journal.StatusSent}
	r := g.rng.IntN(100)
	switch {
	case age < 14:
		if r < 30 {
			path = append(path, journal.StatusFollowedUp)
		}
	case r < 45:
		path = append(path, journal.StatusFollowedUp, journal.StatusNoAnswer)
	case r < 70:
		path = append(path, journal.StatusRejected)
	case r < 85:
		path = append(path, journal.StatusInterview, journal.StatusRejected)
	case r < 90:
		path = append(path, journal.StatusInterview, journal.StatusHired)
	case r < 95:
		path = append(path, journal.StatusAbandoned)
	default:
		path = append(path, journal.StatusFollowedUp, journal.StatusInterview)
	}
	day := a.Date
	for i, st := range path {
		if i > 0 {
			day = day.AddDate(0, 0, 3+g.rng.IntN(12))
			if day.After(g.today) {
				day = g.today
			}
		}
		created := g.stamp(day, 0)
		if n := len(a.History); n > 0 && !created.After(a.History[n-1].CreatedAt) {
			created = a.History[n-1].CreatedAt.Add(time.Minute) // entered in the order it happened
		}
		a.History = append(a.History, journal.StatusChange{ID: g.id(), Status: st, Date: day, CreatedAt: created})
	}
	a.Status = path[len(path)-1]
	if last := a.History[len(a.History)-1].CreatedAt; last.After(a.UpdatedAt) {
		a.UpdatedAt = last
	}
	if a.Status.Open() {
		a.NextAction = "Relancer par téléphone"
		a.NextActionOn = g.today.AddDate(0, 0, g.rng.IntN(10))
	}
}

// proofs attaches small generated files to about a third of the acts.
func (g *generator) proofs(a journal.Act) []journal.Attachment {
	if g.rng.IntN(3) != 0 {
		return nil
	}
	name := "preuve.txt"
	body := fmt.Sprintf("Preuve de la démarche du %s\n%s — %s\n", journal.FormatLongDate(a.Date), a.Organisation, a.Title())
	if a.Channel == journal.ChannelEmail {
		name = "candidature.eml"
		body = fmt.Sprintf("From: camille.martin@exemple.fr\r\nTo: %s\r\nDate: %s\r\nSubject: Candidature — %s\r\n\r\nMadame, Monsieur,\r\nVeuillez trouver ci-joint mon CV.\r\n",
			a.Contact.Email, a.Date.Format(time.RFC1123Z), a.Title())
	}
	att, _ := journal.NewAttachment(name, "text/plain", []byte(body), a.CreatedAt)
	att.ID = g.id()
	return []journal.Attachment{att}
}
