package demo

import (
	"github.com/carnet-app/carnet/internal/journal"
)

type mailModel struct {
	kind     journal.MailKind
	subject  string
	replyIn  int // days to reply, 0 when none
	channels []journal.MailChannel
}

var mailModels = []mailModel{
	{journal.KindConvocation, "Convocation à un entretien avec votre conseiller", 0, []journal.MailChannel{journal.MailPersonalSpace, journal.MailPost}},
	{journal.KindInformation, "Actualisation mensuelle enregistrée", 0, []journal.MailChannel{journal.MailPersonalSpace, journal.MailEmail}},
	{journal.KindInformation, "Nouvelle offre correspondant à votre profil", 0, []journal.MailChannel{journal.MailEmail, journal.MailSMS}},
	{journal.KindControl, "Questionnaire de contrôle de la recherche d’emploi", 10, []journal.MailChannel{journal.MailPersonalSpace, journal.MailPost}},
	{journal.KindDecision, "Notification de vos droits à l’allocation", 0, []journal.MailChannel{journal.MailPost}},
	{journal.KindOverpayment, "Demande de remboursement d’un trop-perçu", 30, []journal.MailChannel{journal.MailPost}},
	{journal.KindWarning, "Avertissement avant sanction", 10, []journal.MailChannel{journal.MailPost, journal.MailPersonalSpace}},
}

// mail returns the i-th of n mails; the most recent is a control
// questionnaire still awaiting a reply, so due dates are visible.
func (g *generator) mail(i, n int) journal.Mail {
	model := mailModels[g.rng.IntN(len(mailModels))]
	if i == n-1 {
		model = mailModels[3]
	}
	span := int(g.today.Sub(g.today.AddDate(0, -18, 0)).Hours() / 24)
	date := g.today.AddDate(0, 0, -span+1+(i*span)/n)
	if i == n-1 {
		date = g.today.AddDate(0, 0, -3)
	}
	m := journal.Mail{ID: g.id(), Direction: journal.DirectionReceived, Date: date,
		Channel: model.channels[g.rng.IntN(len(model.channels))], Kind: model.kind,
		Subject: model.subject, Notes: "Reçu sur l’espace personnel."}
	if model.replyIn > 0 {
		m.ReplyBy = date.AddDate(0, 0, model.replyIn)
	}
	if model.kind == journal.KindControl {
		// A control questionnaire asks about the three months before it.
		m.PeriodFrom, m.PeriodTo = date.AddDate(0, -3, 0), date.AddDate(0, 0, -1)
	}
	m.CreatedAt = g.stamp(date, 5)
	m.UpdatedAt = m.CreatedAt
	if model.kind == journal.KindControl || model.kind == journal.KindConvocation {
		att, _ := journal.NewAttachment("courrier-france-travail.txt", "text/plain",
			[]byte("France Travail — "+model.subject+"\nDate : "+journal.FormatLongDate(date)+"\n"), m.CreatedAt)
		att.ID = g.id()
		m.Attachments = []journal.Attachment{att}
	}
	return m
}

// reply returns the answer sent to a mail whose reply date has passed.
func (g *generator) reply(m journal.Mail) journal.Mail {
	days := int(m.ReplyBy.Sub(m.Date).Hours()/24) - 1
	date := m.Date.AddDate(0, 0, 1+g.rng.IntN(max(days, 1)))
	r := journal.Mail{ID: g.id(), Direction: journal.DirectionSent, Date: date,
		Channel: journal.MailPersonalSpace, Kind: m.Kind, Subject: "Réponse : " + m.Subject,
		Notes: "Réponse envoyée avec les justificatifs demandés."}
	r.CreatedAt = g.stamp(date, 0)
	r.UpdatedAt = r.CreatedAt
	return r
}
