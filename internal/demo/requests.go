package demo

import (
	"time"

	"github.com/carnet-app/carnet/internal/rights"
)

// requests returns requests in every state: a draft, one waiting for its
// answer, one overdue, one answered incompletely, one escalated to the
// CNIL after a reminder, and a draft objection.
func (g *generator) requests() []rights.Request {
	ago := func(days int) time.Time { return g.today.AddDate(0, 0, -days) }
	stamp := func(t time.Time) time.Time { return g.stamp(t, 0) }
	mk := func(r rights.Request, created time.Time) rights.Request {
		r.ID = g.id()
		r.CreatedAt, r.UpdatedAt = stamp(created), stamp(created)
		if r.Recipient == nil && !r.Kind.FollowUp() {
			r.RecipientKind, r.Recipient = rights.RecipientDPO, rights.AddressDPO
		}
		return r
	}
	draft := mk(rights.Request{Kind: rights.KindAccess, ElectronicCopy: true, Mode: rights.ModeRegistered}, ago(1))
	waiting := mk(rights.Request{Kind: rights.KindExplanation, Mode: rights.ModeEmail, SentOn: ago(9),
		RecipientKind: rights.RecipientAgency, Recipient: []string{"France Travail Lyon Part-Dieu", "Service des demandeurs d’emploi", "69003 Lyon"},
		Decision: rights.Decision{Date: ago(20), Reference: "ACC-2026-0457", Nature: "accompaniment",
			Description: "Mon accompagnement est passé de « guidé » à « suivi » sans entretien préalable.", ScoreWeighed: true}}, ago(9))
	overdue := mk(rights.Request{Kind: rights.KindAccess, Mode: rights.ModeRegistered, SentOn: ago(52),
		RegisteredNumber: "1A 183 422 9051 7", ReceivedOn: ago(49)}, ago(52))
	incomplete := mk(rights.Request{Kind: rights.KindAccess, Mode: rights.ModeRegistered, SentOn: ago(120),
		RegisteredNumber: "1A 172 004 3318 2", ReceivedOn: ago(117), AnsweredOn: ago(95),
		Checklist: map[string]bool{"copy": true, "a": true, "b": true, "c": true, "d": true, "e": true, "f": true}}, ago(120))
	escalatedFirst := mk(rights.Request{Kind: rights.KindRectification, Mode: rights.ModeRegistered, SentOn: ago(200),
		RegisteredNumber: "1A 160 771 2290 4", ReceivedOn: ago(197),
		Corrections: []rights.Correction{{Recorded: "absente à l’atelier du 4 mars", Truth: "présente, feuille d’émargement signée", Proof: "emargement-atelier.pdf",
			ProofLabel: "feuille d’émargement de l’atelier du 4 mars"}},
		Statement: "J’ai participé à tous les ateliers auxquels j’ai été convoquée."}, ago(200))
	reminder := mk(rights.Request{Kind: rights.KindReminder, ParentID: escalatedFirst.ID, Mode: rights.ModeRegistered,
		SentOn: ago(160), RegisteredNumber: "1A 160 902 5512 0", ReceivedOn: ago(157)}, ago(160))
	complaint := mk(rights.Request{Kind: rights.KindCNIL, ParentID: escalatedFirst.ID, Mode: rights.ModeOnlineForm,
		SentOn: ago(130)}, ago(130))
	objection := mk(rights.Request{Kind: rights.KindObjection, Mode: rights.ModeRegistered,
		Statement: "J’aide ma mère, malade, plusieurs jours par semaine ; un score calculé sans le savoir me pénalise."}, ago(2))
	return []rights.Request{draft, waiting, overdue, incomplete, escalatedFirst, reminder, complaint, objection}
}
