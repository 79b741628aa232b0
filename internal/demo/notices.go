package demo

import (
	"time"

	"github.com/carnet-app/carnet/internal/defence"
	"github.com/carnet-app/carnet/internal/journal"
)

// Notice is a demo notice with the mail it marks and the letters the user
// sent for it, in order: the caller builds each letter from the record as
// it stood on the day it was sent (the demo holds no rendered letter).
type Notice struct {
	Mail      journal.Mail
	Notice    defence.Notice
	Words     defence.Words
	Letters   []Letter
	CreatedAt time.Time // when the user marked the mail, the day it was seen
}

// Letter is a letter sent for a demo notice: its kind and the days it
// was sent and received.
type Letter struct {
	ID                 string
	Letter             defence.LetterKind
	SentOn, ReceivedOn time.Time
}

var agencyAddress = []string{"France Travail Lyon Part-Dieu", "10 rue Garibaldi", "69003 Lyon"}

// notices returns one notice of each kind, in realistic states: a control
// answered and waiting, an information before a sanction and a warning
// whose ten days still run, a suspension with its lifting asked, a
// radiation contested up to the mediator, and a repayment claim just
// received.
func (g *generator) notices() []Notice {
	t := g.today
	d := func(days int) time.Time { return t.AddDate(0, 0, days) }
	seq := []Notice{
		{Notice: defence.Notice{Kind: defence.KindControl, Date: d(-50), SeenOn: d(-48), Reference: "CRE-2026-0412",
			PeriodFrom: d(-140), PeriodTo: d(-51), Deadline: defence.Period{N: 15}, Addressee: agencyAddress},
			Words:   defence.Words{Answers: []defence.Answer{{Response: "j’ai poursuivi mes recherches chaque semaine, comme le montre le dossier joint"}}},
			Letters: []Letter{{Letter: defence.LetterObservations, SentOn: d(-45), ReceivedOn: d(-43)}}},
		{Notice: defence.Notice{Kind: defence.KindPreSanction, Date: d(-5), SeenOn: d(-4), Reference: "PS-2026-1187",
			Failure:    defence.Failure{Kind: defence.FailureAbsence, Text: "absence au rendez-vous du " + journal.FormatLongDate(d(-20))},
			PeriodFrom: d(-35), PeriodTo: d(-6), Deadline: defence.Period{N: 10}, Addressee: agencyAddress},
			Words: defence.Words{Answers: []defence.Answer{{Point: "absence au rendez-vous", Response: "la convocation est arrivée sur mon espace personnel après la date du rendez-vous"}},
				Reasons: []defence.Reason{{Kind: defence.ReasonTransport, Text: "grève des transports en commun ce jour-là"}}, AskHearing: true}},
		{Notice: defence.Notice{Kind: defence.KindWarning, Date: d(-6), SeenOn: d(-6), Reference: "AV-2026-0931",
			Failure:    defence.Failure{Kind: defence.FailureSearch, Text: "recherche d’emploi insuffisante au regard de votre contrat d’engagement"},
			PeriodFrom: d(-96), PeriodTo: d(-7), Deadline: defence.Period{N: 10}, Addressee: agencyAddress},
			Words: defence.Words{Answers: []defence.Answer{{Response: "j’ai accompli chaque semaine des démarches datées et justifiées, détaillées dans le dossier joint"}},
				Reasons: []defence.Reason{{Kind: defence.ReasonChildcare, Text: "garde de mon enfant malade pendant deux semaines"}}}},
		{Notice: defence.Notice{Kind: defence.KindSanction, Date: d(-30), SeenOn: d(-28), Reference: "SUSP-2026-0077",
			Failure:  defence.Failure{Kind: defence.FailureAbsence, Text: "absence à l’atelier « Rédiger son CV » du " + journal.FormatLongDate(d(-60))},
			Deadline: defence.Period{N: 2, Unit: defence.UnitMonths}, Addressee: []string{"Direction régionale de France Travail", "4 rue Desaix", "69003 Lyon"},
			RoutesStated: defence.RoutesMissing,
			Sanction:     defence.Sanction{Measure: defence.MeasureSuspension, Rate: 50, Months: 2, Start: d(-25)}},
			Words:   defence.Words{Grounds: "j’étais en formation ce jour-là et j’avais prévenu ma conseillère par écrit"},
			Letters: []Letter{{Letter: defence.LetterRemobilisation, SentOn: d(-10), ReceivedOn: d(-8)}}},
		{Notice: defence.Notice{Kind: defence.KindRadiation, Date: d(-200), SeenOn: d(-199), Reference: "RAD-2025-3310",
			Failure:  defence.Failure{Kind: defence.FailureAbsence, Text: "absence de réponse à une convocation"},
			Deadline: defence.Period{N: 2, Unit: defence.UnitMonths}, Addressee: []string{"Direction régionale de France Travail", "4 rue Desaix", "69003 Lyon"},
			RoutesStated: defence.RoutesStated},
			Words: defence.Words{Contest: "ma radiation de la liste des demandeurs d’emploi",
				Grounds: "la convocation a été envoyée à mon ancienne adresse, dont j’avais signalé le changement"},
			Letters: []Letter{{Letter: defence.LetterAppeal, SentOn: d(-185), ReceivedOn: d(-183)}, {Letter: defence.LetterMediation, SentOn: d(-110), ReceivedOn: d(-107)}}},
		{Notice: defence.Notice{Kind: defence.KindRepayment, Date: d(-12), SeenOn: d(-9), Reference: "TP-2026-5521",
			Failure:  defence.Failure{Kind: defence.FailureDeclaration, Text: "reprise d’activité non déclarée en juin"},
			Deadline: defence.Period{N: 2, Unit: defence.UnitMonths}, Addressee: []string{"France Travail — Service indemnisation", "TSA 10107", "69797 Lyon Cedex 09"},
			AmountCents: 84250}},
	}
	subjects := map[defence.Kind]journal.MailKind{defence.KindControl: journal.KindControl, defence.KindPreSanction: journal.KindWarning,
		defence.KindWarning: journal.KindWarning, defence.KindSanction: journal.KindDecision, defence.KindRadiation: journal.KindDecision,
		defence.KindRepayment: journal.KindOverpayment}
	titles := map[defence.Kind]string{defence.KindControl: "Contrôle de la recherche d’emploi", defence.KindPreSanction: "Information préalable à une sanction",
		defence.KindWarning: "Avertissement", defence.KindSanction: "Décision de suspension de votre allocation",
		defence.KindRadiation: "Décision de radiation", defence.KindRepayment: "Demande de remboursement d’un trop-perçu"}
	for i := range seq {
		n := &seq[i].Notice
		n.ID = g.id()
		seq[i].Mail = journal.Mail{ID: g.id(), Direction: journal.DirectionReceived, Date: n.Date, Channel: journal.MailPersonalSpace,
			Kind: subjects[n.Kind], Subject: titles[n.Kind] + " (" + n.Reference + ")", Notes: "Reçu sur l’espace personnel.",
			PeriodFrom: n.PeriodFrom, PeriodTo: n.PeriodTo}
		seq[i].Mail.CreatedAt = g.stamp(n.Date, 10)
		seq[i].Mail.UpdatedAt = seq[i].Mail.CreatedAt
		n.MailID = seq[i].Mail.ID
		seq[i].CreatedAt = g.stamp(n.SeenOn, 0)
		for j := range seq[i].Letters {
			seq[i].Letters[j].ID = g.id()
		}
	}
	return seq
}
