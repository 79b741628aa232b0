package pdf

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/go-pdf/fpdf"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/report"
)

// Dossier renders a proof-of-search dossier: cover page, summary with the
// weekly-hours chart, chronological table of acts with their proofs, and
// optional detail pages; every page carries « Généré par Carnet le … » and
// its number. It returns fpdf's error, if any.
func Dossier(d report.Dossier) ([]byte, error) {
	pdf := newPDF("Dossier de recherche d’emploi — " + d.Profile.Name)
	pdf.SetCreationDate(d.Generated)
	pdf.SetModificationDate(d.Generated)
	pdf.SetMargins(15, 15, 15)
	pdf.SetAutoPageBreak(true, 18)
	pdf.AliasNbPages("{nb}")
	generated := "Généré par Carnet le " + journal.FormatLongDate(d.Generated)
	pdf.SetFooterFunc(func() {
		pdf.SetY(-13)
		pdf.SetFont("sans", "", 8)
		pdf.SetTextColor(90, 90, 90)
		pdf.CellFormat(0, 5, generated+" — "+d.Profile.Name+" — page "+strconv.Itoa(pdf.PageNo())+"/{nb}", "", 0, "C", false, 0, "")
		pdf.SetTextColor(0, 0, 0)
	})
	dossierCover(pdf, d)
	dossierSummary(pdf, d)
	dossierTable(pdf, d)
	if d.Details {
		dossierDetails(pdf, d)
	}
	if err := pdf.Error(); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	err := pdf.Output(&buf)
	return buf.Bytes(), err
}

func period(d report.Dossier) string {
	return "du " + journal.FormatLongDate(d.From) + " au " + journal.FormatLongDate(d.To)
}

func dossierCover(pdf *fpdf.Fpdf, d report.Dossier) {
	pdf.AddPage()
	pdf.SetY(60)
	pdf.SetFont("sans", "B", 22)
	pdf.MultiCell(0, 11, "Dossier de recherche d’emploi", "", "C", false)
	pdf.SetFont("sans", "", 13)
	pdf.MultiCell(0, 8, "Démarches accomplies "+period(d), "", "C", false)
	pdf.Ln(18)
	pdf.SetFont("sans", "B", 14)
	pdf.MultiCell(0, 8, d.Profile.Name, "", "C", false)
	pdf.SetFont("sans", "", 12)
	if d.Profile.FranceTravailID != "" {
		pdf.MultiCell(0, 7, "Identifiant France Travail\u00a0: "+d.Profile.FranceTravailID, "", "C", false)
	}
	for _, l := range strings.Split(strings.TrimSpace(d.Profile.Address), "\n") {
		pdf.MultiCell(0, 6, strings.TrimSpace(l), "", "C", false)
	}
	pdf.Ln(18)
	pdf.SetFont("sans", "", 11)
	facts := []string{
		fmt.Sprintf("%d démarches, %s d’activité au total", len(d.Acts), journal.FormatMinutes(d.TotalMinutes)),
		fmt.Sprintf("%d justificatifs joints", d.Proofs),
		"Document établi le " + journal.FormatLongDate(d.Generated) + " à partir du journal tenu par l’intéressé(e)",
	}
	switch {
	case d.Excluded > 0:
		facts = append(facts, fmt.Sprintf("%d démarche(s) personnelle(s) non reprise(s), à la demande de l’intéressé(e)", d.Excluded))
	case d.Redacted > 0:
		facts = append(facts, fmt.Sprintf("%d démarche(s) personnelle(s) dont le détail est masqué", d.Redacted))
	}
	for _, f := range facts {
		pdf.MultiCell(0, 7, f, "", "C", false)
	}
}

func dossierSummary(pdf *fpdf.Fpdf, d report.Dossier) {
	pdf.AddPage()
	heading(pdf, "Synthèse")
	t := &table{pdf: pdf, widths: []float64{120, 30, 30}, header: []string{"Thème", "Démarches", "Durée"}, line: 5, size: 9.5}
	t.drawHeader()
	for _, c := range d.ByTheme {
		t.row([]string{c.Key + " — " + c.Label, strconv.Itoa(c.Count), journal.FormatMinutes(c.Minutes)})
	}
	t.row([]string{"Total", strconv.Itoa(len(d.Acts)), journal.FormatMinutes(d.TotalMinutes)})
	pdf.Ln(5)
	if len(d.ByStatus) > 0 {
		t = &table{pdf: pdf, widths: []float64{120, 30}, header: []string{"Candidatures, par statut actuel", "Nombre"}, line: 5, size: 9.5}
		t.drawHeader()
		for _, c := range d.ByStatus {
			t.row([]string{c.Label, strconv.Itoa(c.Count)})
		}
		pdf.Ln(5)
	}
	heading(pdf, "Heures par semaine")
	pdf.SetFont("sans", "", 9.5)
	target := d.Profile.TargetMinutes
	if target > 0 {
		pdf.MultiCell(0, 5, "Objectif hebdomadaire du contrat d’engagement\u00a0: "+journal.FormatMinutes(target)+" (ligne rouge).", "", "L", false)
	}
	weekChart(pdf, d.Weeks, target)
}

func heading(pdf *fpdf.Fpdf, s string) {
	pdf.SetFont("sans", "B", 13)
	pdf.MultiCell(0, 8, s, "", "L", false)
	pdf.Ln(1)
}

// weekChart draws one bar per week with its hours, and the target line.
func weekChart(pdf *fpdf.Fpdf, weeks []journal.WeekTotal, target int) {
	if len(weeks) == 0 {
		return
	}
	left, _, right, _ := pdf.GetMargins()
	pageW, _ := pdf.GetPageSize()
	width := pageW - left - right
	height := 55.0
	if pdf.GetY()+height+15 > 270 {
		pdf.AddPage()
	}
	top := pdf.GetY() + 4
	base := top + height
	maxM := target
	for _, w := range weeks {
		if w.Minutes > maxM {
			maxM = w.Minutes
		}
	}
	if maxM == 0 {
		maxM = 60
	}
	slot := width / float64(len(weeks))
	barW := slot * 0.7
	pdf.SetDrawColor(120, 120, 120)
	pdf.Line(left, base, left+width, base)
	fontSize := 7.0
	if len(weeks) > 20 {
		fontSize = 5.5
	}
	for i, w := range weeks {
		h := float64(w.Minutes) / float64(maxM) * height
		x := left + float64(i)*slot + (slot-barW)/2
		if target > 0 && w.Minutes < target {
			pdf.SetFillColor(150, 170, 210)
		} else {
			pdf.SetFillColor(40, 90, 180)
		}
		if h > 0 {
			pdf.Rect(x, base-h, barW, h, "F")
		}
		pdf.SetFont("sans", "", fontSize)
		pdf.SetXY(left+float64(i)*slot, base-h-4)
		pdf.CellFormat(slot, 4, strings.Replace(strconv.FormatFloat(float64(w.Minutes)/60, 'f', 1, 64), ".", ",", 1), "", 0, "C", false, 0, "")
		pdf.SetXY(left+float64(i)*slot, base+1)
		pdf.CellFormat(slot, 4, w.Monday.Format("02/01"), "", 0, "C", false, 0, "")
	}
	if target > 0 {
		y := base - float64(target)/float64(maxM)*height
		pdf.SetDrawColor(200, 30, 30)
		pdf.SetLineWidth(0.5)
		pdf.Line(left, y, left+width, y)
		pdf.SetLineWidth(0.2)
	}
	pdf.SetDrawColor(0, 0, 0)
	pdf.SetXY(left, base+7)
	pdf.SetFont("sans", "", 8)
	pdf.MultiCell(0, 4, "Semaines du lundi au dimanche ; la date est celle du lundi. Heures en décimal (1,5 = 1 h 30).", "", "L", false)
}

func dossierTable(pdf *fpdf.Fpdf, d report.Dossier) {
	pdf.AddPage()
	heading(pdf, "Démarches, dans l’ordre chronologique")
	t := &table{pdf: pdf, widths: []float64{22, 44, 30, 20, 28, 15, 21}, line: 3.8, size: 7.5,
		header: []string{"Date", "Démarche", "Organisation", "Canal", "Statut", "Durée", "Justificatifs"}}
	t.drawHeader()
	for _, a := range d.Acts {
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
		t.row([]string{date, what, org, a.Channel.FrenchLabel(), report.HistoryShort(a.History), journal.FormatMinutes(a.Minutes), strings.Join(proofs, "\n")})
	}
	pdf.Ln(3)
	pdf.SetFont("sans", "", 7.5)
	pdf.MultiCell(0, 3.8, "« saisi le » : date d’enregistrement dans le journal, indiquée quand elle suit la démarche de plus de "+
		strconv.Itoa(report.LateEntryDays)+" jours. Les justificatifs sont identifiés par leur nom et le début de leur empreinte SHA-256.", "", "L", false)
}

func dossierDetails(pdf *fpdf.Fpdf, d report.Dossier) {
	for _, a := range d.Acts {
		if !a.IsApplication() || a.Redacted {
			continue
		}
		pdf.AddPage()
		heading(pdf, "Candidature — "+a.Organisation)
		pdf.SetFont("sans", "", 10)
		lines := []string{
			"Date\u00a0: " + journal.FormatLongDate(a.Date),
			"Démarche\u00a0: " + a.Title(),
			"Canal\u00a0: " + a.Channel.FrenchLabel(),
			"Offre\u00a0: " + a.OfferRef,
			"Contact\u00a0: " + strings.TrimSpace(a.Contact.Name+" "+a.Contact.Role+" "+a.Contact.Email+" "+a.Contact.Phone),
			"Historique\u00a0: " + report.HistoryShort(a.History),
			"Notes\u00a0: " + a.Notes,
			"Saisi le\u00a0: " + journal.FormatLongDate(a.CreatedAt),
		}
		for _, l := range lines {
			pdf.MultiCell(0, 6, l, "", "L", false)
		}
	}
}
