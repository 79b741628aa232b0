package report

import (
	"strconv"
	"strings"

	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/journal"
)

// Column widths of the dossier's tables, in millimetres of a 180 mm line.
var (
	themeColumns  = []float64{120, 30, 30}
	statusColumns = []float64{120, 30}
	actColumns    = []float64{22, 44, 30, 20, 28, 15, 21}
)

// DossierDocument lays a dossier out as a document: a cover page, the
// summary (acts and hours by theme, applications by status, the weekly
// hours against the target), the chronological table of acts with their
// proofs and, with Details, one page per application. Every page's footer
// says when and for whom it was generated, and its number.
func DossierDocument(d Dossier) doc.Report {
	r := doc.Report{
		Title:   "Dossier de recherche d’emploi — " + d.Profile.Name,
		Created: d.Generated,
		Footer: "Généré par Carnet le " + journal.FormatLongDate(d.Generated) + " — " + d.Profile.Name +
			" — page " + doc.PageNumber + "/" + doc.PageCount,
	}
	r.Elements = append(r.Elements, dossierCover(d), doc.PageBreak{})
	r.Elements = append(r.Elements, dossierSummary(d)...)
	r.Elements = append(r.Elements, doc.PageBreak{})
	r.Elements = append(r.Elements, dossierActs(d)...)
	if d.Details {
		r.Elements = append(r.Elements, dossierDetails(d)...)
	}
	return r
}

// dossierCover names the period, the person and the figures that matter.
func dossierCover(d Dossier) doc.Cover {
	c := doc.Cover{
		Title:    "Dossier de recherche d’emploi",
		Subtitle: "Démarches accomplies du " + journal.FormatLongDate(d.From) + " au " + journal.FormatLongDate(d.To),
		Name:     d.Profile.Name,
	}
	if d.Profile.FranceTravailID != "" {
		c.Details = append(c.Details, "Identifiant France Travail\u00a0: "+d.Profile.FranceTravailID)
	}
	for _, l := range strings.Split(d.Profile.Address, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			c.Details = append(c.Details, l)
		}
	}
	c.Facts = []string{
		count(len(d.Acts), "démarche", "démarches") + ", " + journal.FormatMinutes(d.TotalMinutes) + " d’activité au total",
		count(d.Proofs, "justificatif joint", "justificatifs joints"),
		"Document établi le " + journal.FormatLongDate(d.Generated) + " à partir du journal tenu par l’intéressé(e)",
	}
	switch {
	case d.Excluded > 0:
		c.Facts = append(c.Facts, count(d.Excluded, "démarche personnelle non reprise", "démarches personnelles non reprises")+", à la demande de l’intéressé(e)")
	case d.Redacted > 0:
		c.Facts = append(c.Facts, count(d.Redacted, "démarche personnelle dont le détail est masqué", "démarches personnelles dont le détail est masqué"))
	}
	return c
}

// dossierSummary counts acts and time by theme, applications by status,
// and charts the weekly hours against the target.
func dossierSummary(d Dossier) []doc.Element {
	themes := doc.Table{Header: []string{"Thème", "Démarches", "Durée"}, Widths: fractions(themeColumns)}
	for _, c := range d.ByTheme {
		themes.Rows = append(themes.Rows, []string{c.Key + " — " + c.Label, strconv.Itoa(c.Count), journal.FormatMinutes(c.Minutes)})
	}
	themes.Rows = append(themes.Rows, []string{"Total", strconv.Itoa(len(d.Acts)), journal.FormatMinutes(d.TotalMinutes)})
	out := []doc.Element{doc.Title{Text: "Synthèse", Level: 1}, themes}
	if len(d.ByStatus) > 0 {
		statuses := doc.Table{Header: []string{"Candidatures, par statut actuel", "Nombre"}, Widths: fractions(statusColumns)}
		for _, c := range d.ByStatus {
			statuses.Rows = append(statuses.Rows, []string{c.Label, strconv.Itoa(c.Count)})
		}
		out = append(out, statuses)
	}
	out = append(out, doc.Title{Text: "Heures par semaine", Level: 1})
	target := d.Profile.TargetMinutes
	if target > 0 {
		out = append(out, doc.Para{Text: "Objectif hebdomadaire du contrat d’engagement\u00a0: " + journal.FormatMinutes(target) + " (ligne rouge)."})
	}
	return append(out, weeksChart(d.Weeks, target))
}

// weeksChart charts the hours of each week, in decimal hours, with the
// target as a line.
func weeksChart(weeks []journal.WeekTotal, target int) doc.BarChart {
	c := doc.BarChart{Target: float64(max(target, 0)) / 60,
		Caption: "Semaines du lundi au dimanche ; la date est celle du lundi. Heures en décimal (1,5 = 1 h 30)."}
	for _, w := range weeks {
		c.Bars = append(c.Bars, doc.Bar{Value: float64(w.Minutes) / 60, Text: decimalHours(w.Minutes), Label: dayMonth(w.Monday)})
	}
	return c
}

// dossierActs is the chronological table of acts and its legend.
func dossierActs(d Dossier) []doc.Element {
	t := doc.Table{Header: []string{"Date", "Démarche", "Organisation", "Canal", "Statut", "Durée", "Justificatifs"},
		Widths: fractions(actColumns), Dense: true}
	for _, a := range d.Acts {
		t.Rows = append(t.Rows, actRow(a))
	}
	return []doc.Element{
		doc.Title{Text: "Démarches, dans l’ordre chronologique", Level: 1},
		t,
		doc.Para{Small: true, Text: "« saisi le » : date d’enregistrement dans le journal, indiquée quand elle suit la démarche de plus de " +
			strconv.Itoa(LateEntryDays) + " jours. Les justificatifs sont identifiés par leur nom et le début de leur empreinte SHA-256."},
	}
}

// actRow is one act as a row of the chronological table.
func actRow(a DossierAct) []string {
	date := journal.FormatShortDate(a.Date)
	if a.StartTime != "" {
		date += " " + a.StartTime
	}
	if a.LateEntry {
		date += "\nsaisi le " + journal.FormatShortDate(a.CreatedAt)
	}
	what := a.Theme + " " + a.Code
	if typ, ok := a.Type(); ok {
		what = typ.Label
	}
	if a.Label != "" && a.Label != what {
		what += "\n" + a.Label
	}
	if a.OfferRef != "" {
		what += "\nOffre\u00a0: " + a.OfferRef
	}
	org := a.Organisation
	if a.Contact.Name != "" {
		org += "\n" + a.Contact.Name
	}
	var proofs []string
	for _, p := range a.Attachments {
		prefix := p.SHA256
		if len(prefix) > 8 {
			prefix = prefix[:8]
		}
		proofs = append(proofs, p.Name+" ("+prefix+")")
	}
	return []string{date, what, org, a.Channel.FrenchLabel(), HistoryShort(a.History), journal.FormatMinutes(a.Minutes), strings.Join(proofs, "\n")}
}

// dossierDetails is one page per application not redacted.
func dossierDetails(d Dossier) []doc.Element {
	var out []doc.Element
	for _, a := range d.Acts {
		if !a.IsApplication() || a.Redacted {
			continue
		}
		out = append(out, doc.PageBreak{}, doc.Title{Text: "Candidature — " + a.Organisation, Level: 1}, doc.KeyFigures{Figures: []doc.Figure{
			{Label: "Date", Value: journal.FormatLongDate(a.Date)},
			{Label: "Démarche", Value: a.Title()},
			{Label: "Canal", Value: a.Channel.FrenchLabel()},
			{Label: "Offre", Value: a.OfferRef},
			{Label: "Contact", Value: strings.TrimSpace(a.Contact.Name + " " + a.Contact.Role + " " + a.Contact.Email + " " + a.Contact.Phone)},
			{Label: "Historique", Value: HistoryShort(a.History)},
			{Label: "Notes", Value: a.Notes},
			{Label: "Saisi le", Value: journal.FormatLongDate(a.CreatedAt)},
		}})
	}
	return out
}

// fractions turns widths in millimetres of the 180 mm text line into
// fractions of it.
func fractions(mm []float64) []float64 {
	out := make([]float64, len(mm))
	for i, w := range mm {
		out[i] = w / 180
	}
	return out
}
