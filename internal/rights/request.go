package rights

import (
	"strings"
	"time"
)

// Kind is the kind of a request or letter.
type Kind string

// The request kinds. The first four start a request; the others follow one.
const (
	KindAccess        Kind = "access"
	KindExplanation   Kind = "explanation"
	KindRectification Kind = "rectification"
	KindObjection     Kind = "objection"
	KindReminder      Kind = "reminder"
	KindCNIL          Kind = "cnil"
	KindCADA          Kind = "cada"
)

// Kinds lists every kind in display order.
func Kinds() []Kind {
	return []Kind{KindAccess, KindExplanation, KindRectification, KindObjection, KindReminder, KindCNIL, KindCADA}
}

// FollowUp reports whether the kind answers another request (reminder,
// CNIL complaint, CADA referral) rather than starting one.
func (k Kind) FollowUp() bool { return k == KindReminder || k == KindCNIL || k == KindCADA }

// SendMode is how a letter was sent.
type SendMode string

// The sending modes.
const (
	ModeRegistered    SendMode = "registered"     // lettre recommandée avec AR
	ModeEmail         SendMode = "email"          // courriel
	ModePersonalSpace SendMode = "personal_space" // messagerie de l'espace personnel
	ModeHand          SendMode = "hand"           // remise en main propre contre récépissé
	ModeOnlineForm    SendMode = "online_form"    // formulaire en ligne (CNIL, CADA)
)

// SendModes lists the modes in display order.
func SendModes() []SendMode {
	return []SendMode{ModeRegistered, ModeEmail, ModePersonalSpace, ModeHand, ModeOnlineForm}
}

// LetterLine returns the French sending line printed on the letter.
func (m SendMode) LetterLine() string {
	switch m {
	case ModeRegistered:
		return "Lettre recommandée avec accusé de réception"
	case ModeEmail:
		return "Envoi par courriel"
	case ModePersonalSpace:
		return "Message déposé dans mon espace personnel France Travail"
	case ModeHand:
		return "Remise en main propre contre récépissé"
	case ModeOnlineForm:
		return "Document joint au formulaire en ligne"
	}
	return ""
}

// receiptIsSending reports whether the receipt date is the sending date
// (electronic channels); registered mail waits for the avis de réception.
func (m SendMode) receiptIsSending() bool {
	return m == ModeEmail || m == ModePersonalSpace || m == ModeOnlineForm || m == ModeHand
}

// phrase returns how the letter travelled, inside a French sentence.
func (m SendMode) phrase() string {
	switch m {
	case ModeRegistered:
		return "par lettre recommandée avec accusé de réception"
	case ModeEmail:
		return "par courriel"
	case ModePersonalSpace:
		return "par la messagerie de mon espace personnel"
	case ModeHand:
		return "par remise en main propre contre récépissé"
	case ModeOnlineForm:
		return "par le formulaire en ligne"
	}
	return ""
}

// RecipientKind says who the letter goes to.
type RecipientKind string

// The recipient choices.
const (
	RecipientDPO    RecipientKind = "dpo"    // France Travail's data protection officer
	RecipientAgency RecipientKind = "agency" // the user's own agency
	RecipientCustom RecipientKind = "custom" // an address typed by the user
	RecipientCNIL   RecipientKind = "cnil"
	RecipientCADA   RecipientKind = "cada"
)

// Default postal addresses from LEGAL.md. They are not verified under the
// France Travail name: the UI marks them « à vérifier » and lets the user edit them.
var (
	AddressDPO  = []string{"France Travail", "Délégué à la protection des données", "1 avenue du Docteur Gley", "75987 Paris Cedex 20"}
	AddressCNIL = []string{"Commission nationale de l’informatique et des libertés (CNIL)", "Service des plaintes", "3 place de Fontenoy", "TSA 80715", "75334 Paris Cedex 07"}
	AddressCADA = []string{"Commission d’accès aux documents administratifs (CADA)", "20 avenue de Ségur", "TSA 50730", "75334 Paris Cedex 07"}
)

// Decision describes a decision the user wants explained.
type Decision struct {
	Date         time.Time `json:"date"`
	Reference    string    `json:"reference"`
	Nature       string    `json:"nature"` // one of DecisionNatures
	Description  string    `json:"description"`
	ScoreWeighed bool      `json:"score_weighed"` // the user believes a score weighed on it
}

// DecisionNatures are the kinds of decision the explanation letter names.
var DecisionNatures = []string{"sanction", "warning", "radiation", "accompaniment", "training_refused", "control", "other"}

// Contestable reports whether a decision of this nature can be contested
// through observations, the regional mediator and a prior appeal (a
// sanction, a warning, a radiation): the explanation letter does not
// replace them, and says so.
func Contestable(nature string) bool {
	return nature == "sanction" || nature == "warning" || nature == "radiation"
}

// decisionNatureFR returns the French noun phrase of a decision nature, or
// "" for « other », which the user's description names instead.
func decisionNatureFR(n string) string {
	switch n {
	case "sanction":
		return "une sanction (suspension ou suppression de mon revenu de remplacement)"
	case "warning":
		return "un avertissement"
	case "radiation":
		return "ma radiation de la liste des demandeurs d’emploi"
	case "accompaniment":
		return "un changement de ma modalité d’accompagnement"
	case "training_refused":
		return "le refus d’une formation"
	case "control":
		return "l’issue d’un contrôle de ma recherche d’emploi"
	}
	return ""
}

// Correction is one line of a rectification request.
type Correction struct {
	Recorded string `json:"recorded"` // what France Travail holds
	Truth    string `json:"truth"`    // what is true
	Proof    string `json:"proof"`    // the proof attached: its file name
	// ProofLabel is how the letter names the proof; the file name when empty.
	ProofLabel string `json:"proof_label,omitempty"`
}

// ProofName returns the label of the correction's proof as the letter
// lists it: the label the user gave, or the file name.
func (c Correction) ProofName() string {
	if l := strings.TrimSpace(c.ProofLabel); l != "" {
		return l
	}
	return strings.TrimSpace(c.Proof)
}

// Snapshot is the letter exactly as sent; it is stored once and never regenerated.
type Snapshot struct {
	PDF       []byte
	Text      string
	CreatedAt time.Time
}

// Request is a request sent (or to be sent) to France Travail or an authority.
type Request struct {
	ID               string
	Kind             Kind
	ParentID         string // the request a reminder/complaint/referral follows
	RecipientKind    RecipientKind
	Recipient        []string // address lines, editable
	ElectronicCopy   bool     // access: answer wanted in electronic form
	Decision         Decision
	Corrections      []Correction
	Statement        string // rectification: supplementary statement; objection: particular situation
	Mode             SendMode
	SentOn           time.Time
	RegisteredNumber string
	ReceivedOn       time.Time // avis de réception, or the sending date online
	ExtensionOn      time.Time // when France Travail announced an extension
	AnsweredOn       time.Time
	RefusedOn        time.Time // an explicit refusal
	// RoutesMentioned records that an acknowledgement of the request, or
	// the refusal, stated the routes and time limits of appeal (the CADA and
	// its two months); without it those limits cannot be held against the
	// user (CRPA L112-6).
	RoutesMentioned bool
	// AskedKeys are the checklist keys the letter asked for, recorded when
	// it was sent; empty for a draft and for letters sent before part 4.
	AskedKeys []string
	Checklist map[string]bool
	Snapshot  *Snapshot
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Sent reports whether the request was marked as sent.
func (r Request) Sent() bool { return !r.SentOn.IsZero() }

// EffectiveReceipt returns the date the period starts from: the receipt
// date, or the sending date for electronic channels; zero when unknown.
func (r Request) EffectiveReceipt() time.Time {
	if !r.ReceivedOn.IsZero() {
		return r.ReceivedOn
	}
	if r.Sent() && r.Mode.receiptIsSending() {
		return r.SentOn
	}
	return time.Time{}
}

// filledCorrections returns the corrections that say both what is recorded
// and what is true; the others are left out of letters.
func (r Request) filledCorrections() []Correction {
	var out []Correction
	for _, c := range r.Corrections {
		if strings.TrimSpace(c.Recorded) != "" && strings.TrimSpace(c.Truth) != "" {
			out = append(out, c)
		}
	}
	return out
}

func (r Request) hasStatement() bool { return strings.TrimSpace(r.Statement) != "" }
