package pdf

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/go-pdf/fpdf"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/report"
	"github.com/carnet-app/carnet/internal/rights"
)

// briefModes names the meeting modes in French.
var briefModes = map[journal.MeetingMode]string{journal.MeetingAgency: "en agence", journal.MeetingPhone: "par téléphone", journal.MeetingVideo: "en visio"}

// briefKinds names request kinds in French for the brief.
var briefKinds = map[rights.Kind]string{rights.KindAccess: "Demande d’accès à mes données et à mes scores",
	rights.KindExplanation: "Demande d’explication d’une décision", rights.KindRectification: "Demande de rectification",
	rights.KindObjection: "Opposition au profilage"}

// Brief renders the one-page meeting brief. Lists too long for one page
// are cut with « … et N autres ». It returns fpdf's error, if any.
func Brief(b report.Brief) ([]byte, error) {
	pdf := newPDF("Préparation de l’entretien — " + b.Profile.Name)
	pdf.SetCreationDate(b.Generated)
	pdf.SetModificationDate(b.Generated)
	pdf.SetMargins(15, 13, 15)
	pdf.SetAutoPageBreak(false, 10)
	pdf.AddPage()
	m := b.Meeting
	pdf.SetFont("sans", "B", 14)
	title := "Entretien du " + journal.FormatLongDate(m.Date)
	if m.StartTime != "" {
		title += " à " + strings.Replace(m.StartTime, ":", " h ", 1)
	}
	pdf.MultiCell(0, 7, title, "", "L", false)
	pdf.SetFont("sans", "", 9.5)
	var sub []string
	if mode := briefModes[m.Mode]; mode != "" {
		sub = append(sub, mode)
	}
	if m.Adviser != "" {
		sub = append(sub, "avec "+m.Adviser)
	}
	if m.Place != "" {
		sub = append(sub, m.Place)
	}
	pdf.MultiCell(0, 5, strings.Join(sub, " — "), "", "L", false)
	pdf.MultiCell(0, 5, b.Profile.Name+" — identifiant France Travail\u00a0: "+b.Profile.FranceTravailID, "", "L", false)
	pdf.Ln(2)

	section(pdf, fmt.Sprintf("Depuis le %s\u00a0: %d démarches, %s d’activité", journal.FormatLongDate(b.Since), b.ActsCount, journal.FormatMinutes(b.TotalMinutes)))
	var weeks []string
	for _, w := range b.Weeks {
		weeks = append(weeks, w.Monday.Format("02/01")+"\u00a0: "+journal.FormatMinutes(w.Minutes))
	}
	line := "Heures par semaine (lundi)\u00a0: " + strings.Join(weeks, " · ")
	if b.Profile.TargetMinutes > 0 {
		line += " — objectif\u00a0: " + journal.FormatMinutes(b.Profile.TargetMinutes)
	}
	pdf.MultiCell(0, 4.5, line, "", "L", false)

	section(pdf, fmt.Sprintf("Candidatures en cours (%d)", len(b.InProgress)))
	var apps []string
	for _, a := range b.InProgress {
		s := journal.FormatShortDate(a.Date) + " — " + a.Organisation + " — " + a.Title() + " — " + a.Status.FrenchLabel()
		if a.NextAction != "" {
			s += " ; prochaine action\u00a0: " + a.NextAction + " le " + journal.FormatShortDate(a.NextActionOn)
		}
		apps = append(apps, s)
	}
	items(pdf, apps, 9, "Aucune candidature en attente de réponse.")

	section(pdf, "Mes demandes à France Travail")
	var reqs []string
	for _, r := range b.Requests {
		s := briefKinds[r.Request.Kind] + " — envoyée le " + journal.FormatShortDate(r.Request.SentOn)
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
		reqs = append(reqs, s)
	}
	items(pdf, reqs, 5, "Aucune demande en cours.")

	section(pdf, "Courriers de France Travail en attente de ma réponse")
	var mails []string
	for _, ml := range b.MailsDue {
		mails = append(mails, ml.Subject+" — reçu le "+journal.FormatShortDate(ml.Date)+" — répondre avant le "+journal.FormatShortDate(ml.ReplyBy))
	}
	items(pdf, mails, 4, "Aucun.")

	section(pdf, "Mes questions")
	items(pdf, m.Questions, 6, "—")
	section(pdf, "Documents à apporter")
	items(pdf, m.Documents, 5, "—")
	section(pdf, "Notes pendant l’entretien")
	pdf.SetDrawColor(170, 170, 170)
	_, pageH := pdf.GetPageSize()
	for y := pdf.GetY() + 6; y < pageH-18; y += 7 {
		pdf.Line(15, y, 195, y)
	}
	pdf.SetY(pageH - 12)
	pdf.SetFont("sans", "", 7.5)
	pdf.CellFormat(0, 4, "Généré par Carnet le "+journal.FormatLongDate(b.Generated), "", 0, "C", false, 0, "")
	if err := pdf.Error(); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	err := pdf.Output(&buf)
	return buf.Bytes(), err
}

func section(pdf *fpdf.Fpdf, s string) {
	pdf.Ln(1.5)
	pdf.SetFont("sans", "B", 10.5)
	pdf.SetFillColor(230, 235, 245)
	pdf.CellFormat(0, 6, s, "", 1, "L", true, 0, "")
	pdf.SetFont("sans", "", 9)
	pdf.Ln(0.5)
}

// items writes at most max bullet lines, then « … et N autres ».
func items(pdf *fpdf.Fpdf, list []string, max int, empty string) {
	if len(list) == 0 {
		pdf.MultiCell(0, 4.5, empty, "", "L", false)
		return
	}
	for i, it := range list {
		if i == max {
			pdf.MultiCell(0, 4.5, fmt.Sprintf("… et %d autres", len(list)-max), "", "L", false)
			return
		}
		pdf.SetX(18)
		pdf.MultiCell(0, 4.5, "• "+it, "", "L", false)
	}
}
