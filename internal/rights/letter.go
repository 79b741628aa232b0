package rights

import (
	"strings"
	"time"

	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/journal"
)

// LetterInput is what a letter is built from.
type LetterInput struct {
	Profile journal.Profile
	Request Request
	Parent  *Request // the first request, for reminders, complaints and referrals
	// FollowUps are the other requests that follow Parent (reminders,
	// complaints, referrals), so that a letter states them; others are ignored.
	FollowUps []Request
	Today     time.Time // the letter's date
}

// Missing-field keys returned by BuildLetter; the UI translates
// "missing.<key>".
const (
	MissingName        = "profile.name"
	MissingAddress     = "profile.address"
	MissingFTID        = "profile.france_travail_id"
	MissingEmail       = "profile.email" // an electronic answer was asked for
	MissingRecipient   = "recipient"
	MissingDecisionDay = "decision.date"
	MissingNature      = "decision.nature"
	MissingDescription = "decision.description" // nature « other » needs words
	MissingCorrections = "corrections"
	MissingStatement   = "statement"
	MissingParent      = "parent"
	MissingParentSent  = "parent.sent_on"
	MissingParentRecv  = "parent.received_on"
	MissingGrounds     = "parent.grounds"     // nothing overdue, missing or refused
	MissingOnlyCRPA    = "parent.only_crpa"   // CNIL: only the algorithm's rules are missing, a CADA matter
	MissingRefusal     = "parent.refusal"     // CADA: no refusal yet, explicit or implicit
	MissingCRPATrack   = "parent.no_crpa"     // CADA: the request did not ask for an algorithm's rules
	MissingCADAClosed  = "parent.cada_closed" // CADA: window closed and the routes of appeal were stated
	MissingRulesGiven  = "parent.rules_given" // CADA: the rules asked for were all provided
)

const closing = "Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées."

// BuildLetter returns the letter for the request, or the list of missing
// fields (keys above) when a required one is empty or the case gives the
// letter nothing true to say: a letter is never produced with blanks.
func BuildLetter(in LetterInput) (doc.Letter, []string) {
	if missing := in.missing(); len(missing) > 0 {
		return doc.Letter{}, missing
	}
	p, r := in.Profile, in.Request
	l := doc.Letter{
		Date:       in.Today,
		Sender:     senderLines(p, r.Kind),
		Recipient:  in.recipient(),
		PlaceDate:  "Fait à " + p.City() + ", le " + journal.FormatLongDate(in.Today),
		Mode:       r.Mode.LetterLine(),
		Salutation: "Madame, Monsieur,",
		Closing:    closing,
		Signature:  p.Name,
		References: []string{"Identifiant France Travail\u00a0: " + p.FranceTravailID},
	}
	switch r.Kind {
	case KindAccess:
		accessLetter(&l, in)
	case KindExplanation:
		explanationLetter(&l, in)
	case KindRectification:
		rectificationLetter(&l, in)
	case KindObjection:
		objectionLetter(&l, in)
	case KindReminder:
		reminderLetter(&l, in, in.parentCase())
	case KindCNIL:
		cnilLetter(&l, in, in.parentCase())
	case KindCADA:
		cadaLetter(&l, in, in.parentCase())
	}
	return l, nil
}

// senderLines is the sender block: name, address, identifier, and for a
// letter to France Travail the date of birth and e-mail address when known
// (GDPR 12(6): enough to identify the user without an ID document).
func senderLines(p journal.Profile, k Kind) []string {
	lines := []string{p.Name}
	for _, s := range strings.Split(p.Address, "\n") {
		if s = strings.TrimSpace(s); s != "" {
			lines = append(lines, s)
		}
	}
	toFranceTravail := k != KindCNIL && k != KindCADA
	if toFranceTravail && !p.BirthDate.IsZero() {
		lines = append(lines, "Date de naissance\u00a0: "+journal.FormatLongDate(p.BirthDate))
	}
	lines = append(lines, "Identifiant France Travail\u00a0: "+p.FranceTravailID)
	if email := strings.TrimSpace(p.Email); email != "" {
		lines = append(lines, "Courriel\u00a0: "+email)
	}
	return lines
}

func (in LetterInput) recipient() []string {
	if len(nonEmpty(in.Request.Recipient)) > 0 {
		return nonEmpty(in.Request.Recipient)
	}
	switch in.Request.Kind {
	case KindCNIL:
		return AddressCNIL
	case KindCADA:
		return AddressCADA
	case KindReminder:
		if in.Parent != nil && len(nonEmpty(in.Parent.Recipient)) > 0 {
			return nonEmpty(in.Parent.Recipient)
		}
	}
	return nil
}

func nonEmpty(lines []string) []string {
	var out []string
	for _, s := range lines {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// parentCase decides the facts of the first request a follow-up answers.
func (in LetterInput) parentCase() Case {
	return CaseOf(*in.Parent, in.FollowUps, in.Profile.Departement, in.Today)
}

func (in LetterInput) missing() []string {
	var m []string
	p, r := in.Profile, in.Request
	if strings.TrimSpace(p.Name) == "" {
		m = append(m, MissingName)
	}
	if len(nonEmpty(strings.Split(p.Address, "\n"))) < 2 {
		m = append(m, MissingAddress)
	}
	if strings.TrimSpace(p.FranceTravailID) == "" {
		m = append(m, MissingFTID)
	}
	if len(in.recipient()) == 0 {
		m = append(m, MissingRecipient)
	}
	switch r.Kind {
	case KindAccess:
		if r.ElectronicCopy && strings.TrimSpace(p.Email) == "" {
			m = append(m, MissingEmail)
		}
	case KindExplanation:
		m = append(m, missingDecision(r.Decision)...)
	case KindRectification:
		if len(r.filledCorrections()) == 0 {
			m = append(m, MissingCorrections)
		}
	case KindObjection:
		if !r.hasStatement() {
			m = append(m, MissingStatement)
		}
	case KindReminder, KindCNIL, KindCADA:
		m = append(m, in.missingParent()...)
	}
	return m
}

func missingDecision(d Decision) []string {
	var m []string
	if d.Date.IsZero() {
		m = append(m, MissingDecisionDay)
	}
	if d.Nature == "" {
		m = append(m, MissingNature)
	}
	if d.Nature == "other" && strings.TrimSpace(d.Description) == "" {
		m = append(m, MissingDescription)
	}
	return m
}

// missingParent checks that the first request is on record and that the
// case gives the follow-up something true to say.
func (in LetterInput) missingParent() []string {
	par := in.Parent
	if par == nil {
		return []string{MissingParent}
	}
	var m []string
	if !par.Sent() {
		m = append(m, MissingParentSent)
	}
	if par.EffectiveReceipt().IsZero() {
		return append(m, MissingParentRecv)
	}
	if len(m) > 0 {
		return m
	}
	c := in.parentCase()
	switch in.Request.Kind {
	case KindReminder:
		if !c.ReminderGrounds() {
			m = append(m, MissingGrounds)
		}
	case KindCNIL:
		if !c.CNILGrounds() {
			if c.Situation == SituationIncomplete {
				m = append(m, MissingOnlyCRPA)
			} else {
				m = append(m, MissingGrounds)
			}
		}
	case KindCADA:
		m = append(m, cadaMissing(c)...)
	}
	return m
}

func cadaMissing(c Case) []string {
	switch {
	case c.CRPA == nil:
		return []string{MissingCRPATrack}
	case c.CRPA.Refusal == RefusalNone && c.Answer != TimingNone:
		return []string{MissingRulesGiven}
	case c.CRPA.Refusal == RefusalNone:
		return []string{MissingRefusal}
	case len(c.CRPA.Missing) == 0:
		return []string{MissingRulesGiven}
	case c.CADAGroundsLost():
		return []string{MissingCADAClosed}
	}
	return nil
}

// para and bullets build body blocks with the note shown in the UI.
func para(text, note string) doc.Block { return doc.Block{Kind: doc.Paragraph, Text: text, Note: note} }
func heading(text string) doc.Block    { return doc.Block{Kind: doc.Heading, Text: text} }
func bullets(note string, items ...string) doc.Block {
	return doc.Block{Kind: doc.Bullets, Items: items, Note: note}
}

func crpaItems() []string {
	return []string{
		"1° le degré et le mode de contribution du traitement algorithmique à la prise de décision\u00a0;",
		"2° les données traitées et leurs sources\u00a0;",
		"3° les paramètres de traitement et, le cas échéant, leur pondération, appliqués à ma situation\u00a0;",
		"4° les opérations effectuées par le traitement.",
	}
}
