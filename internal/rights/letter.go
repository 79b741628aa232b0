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
	Parent  *Request  // the first request, for reminders, complaints and referrals
	Today   time.Time // the letter's date
}

// Missing-field keys returned by BuildLetter; the UI translates
// "missing.<key>".
const (
	MissingName        = "profile.name"
	MissingAddress     = "profile.address"
	MissingFTID        = "profile.france_travail_id"
	MissingRecipient   = "recipient"
	MissingDecisionDay = "decision.date"
	MissingNature      = "decision.nature"
	MissingCorrections = "corrections"
	MissingStatement   = "statement"
	MissingParent      = "parent"
	MissingParentSent  = "parent.sent_on"
	MissingParentRecv  = "parent.received_on"
	MissingGrounds     = "parent.grounds" // neither overdue nor incomplete
	MissingRefusal     = "parent.refusal" // CADA: no refusal yet, explicit or implicit
)

const closing = "Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées."

// BuildLetter returns the letter for the request, or the list of missing
// fields (keys above) when a required one is empty: a letter is never
// produced with blanks.
func BuildLetter(in LetterInput) (doc.Letter, []string) {
	if missing := in.missing(); len(missing) > 0 {
		return doc.Letter{}, missing
	}
	p, r := in.Profile, in.Request
	l := doc.Letter{
		Date:       in.Today,
		Sender:     senderLines(p),
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
		reminderLetter(&l, in)
	case KindCNIL:
		cnilLetter(&l, in)
	case KindCADA:
		cadaLetter(&l, in)
	}
	return l, nil
}

func senderLines(p journal.Profile) []string {
	lines := []string{p.Name}
	for _, s := range strings.Split(p.Address, "\n") {
		if s = strings.TrimSpace(s); s != "" {
			lines = append(lines, s)
		}
	}
	return append(lines, "Identifiant France Travail\u00a0: "+p.FranceTravailID)
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
	case KindExplanation:
		if r.Decision.Date.IsZero() {
			m = append(m, MissingDecisionDay)
		}
		if r.Decision.Nature == "" {
			m = append(m, MissingNature)
		}
	case KindRectification:
		ok := false
		for _, c := range r.Corrections {
			ok = ok || (strings.TrimSpace(c.Recorded) != "" && strings.TrimSpace(c.Truth) != "")
		}
		if !ok {
			m = append(m, MissingCorrections)
		}
	case KindObjection:
		if strings.TrimSpace(r.Statement) == "" {
			m = append(m, MissingStatement)
		}
	case KindReminder, KindCNIL, KindCADA:
		m = append(m, in.missingParent()...)
	}
	return m
}

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
		m = append(m, MissingParentRecv)
		return m
	}
	dept := in.Profile.Departement
	due, _ := par.Due(dept)
	late := par.AnsweredOn.IsZero() && in.Today.After(due.Due)
	incomplete := !par.AnsweredOn.IsZero() && len(par.Missing()) > 0
	switch in.Request.Kind {
	case KindCADA:
		clocks := par.Clocks(dept)
		if len(clocks) < 3 || (par.RefusedOn.IsZero() && !in.Today.After(clocks[1].Due) && !incomplete) {
			m = append(m, MissingRefusal)
		}
	default:
		if !late && !incomplete {
			m = append(m, MissingGrounds)
		}
	}
	return m
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

// sentPhrase describes how and when the first request went, for follow-ups.
func sentPhrase(par Request) string {
	s := "Par courrier du " + journal.FormatLongDate(par.SentOn) + ", envoyé " + par.Mode.phrase()
	if par.RegisteredNumber != "" {
		s += " sous le numéro " + par.RegisteredNumber
	}
	if rec := par.EffectiveReceipt(); !rec.IsZero() {
		s += " et reçu par vos services le " + journal.FormatLongDate(rec)
	}
	return s
}

// kindBasis names the law a first request relied on.
func kindBasis(k Kind) string {
	switch k {
	case KindAccess:
		return "le droit d’accès prévu par l’article 15 du RGPD et sur l’article L311-3-1 du code des relations entre le public et l’administration"
	case KindExplanation:
		return "l’article L311-3-1 du code des relations entre le public et l’administration, l’article 47 de la loi Informatique et Libertés et l’article 22 du RGPD"
	case KindRectification:
		return "le droit de rectification prévu par l’article 16 du RGPD"
	case KindObjection:
		return "le droit d’opposition prévu par l’article 21 du RGPD"
	}
	return ""
}

// kindSubject is the subject of a first request, reused by follow-ups.
func kindSubject(k Kind) string {
	switch k {
	case KindAccess:
		return "demande d’accès à mes données personnelles et aux règles des traitements algorithmiques me concernant"
	case KindExplanation:
		return "demande d’explication et de réexamen humain d’une décision"
	case KindRectification:
		return "demande de rectification de mes données personnelles"
	case KindObjection:
		return "opposition au profilage"
	}
	return ""
}
