package defence

import (
	"slices"
	"strings"
	"time"

	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/report"
	"github.com/carnet-app/carnet/internal/rights"
)

// LetterKind names one of the four defence letters.
type LetterKind string

// The defence letters.
const (
	LetterObservations   LetterKind = "observations"   // observations on a notice, with the dossier of its period
	LetterRemobilisation LetterKind = "remobilisation" // lifting a suspension (R5412-1)
	LetterMediation      LetterKind = "mediation"      // referral to the regional mediator (R5312-47)
	LetterAppeal         LetterKind = "appeal"         // prior administrative appeal to the decision's author
)

// LetterKinds lists the letters in the order a procedure uses them.
func LetterKinds() []LetterKind {
	return []LetterKind{LetterObservations, LetterRemobilisation, LetterMediation, LetterAppeal}
}

// Fits reports whether the letter answers a notice of kind k: observations
// a control, an information before a sanction or a warning; lifting a
// suspension a suspension decision; the mediator and the prior appeal a
// decision.
func (l LetterKind) Fits(n Notice) bool {
	switch l {
	case LetterObservations:
		return n.Kind == KindControl || n.Kind == KindPreSanction || n.Kind == KindWarning
	case LetterRemobilisation:
		return n.Kind == KindSanction && n.Sanction.Measure == MeasureSuspension
	case LetterMediation, LetterAppeal:
		return n.Kind.Decision()
	}
	return false
}

// ReasonKind is the kind of a personal reason the user gives.
type ReasonKind string

// The kinds of reason the short form offers.
const (
	ReasonHealth    ReasonKind = "health"
	ReasonChildcare ReasonKind = "childcare"
	ReasonTransport ReasonKind = "transport"
	ReasonTraining  ReasonKind = "training"
	ReasonOther     ReasonKind = "other"
)

// ReasonKinds lists the reason kinds in display order.
func ReasonKinds() []ReasonKind {
	return []ReasonKind{ReasonHealth, ReasonChildcare, ReasonTransport, ReasonTraining, ReasonOther}
}

// Reason is a reason of the user's own, in their words; a letter gives
// only the reasons entered, never one of its own.
type Reason struct {
	Kind ReasonKind
	Text string
}

// Answer is the user's answer to one point of the failure a notice states.
type Answer struct {
	Point    string // the point answered, in the notice's words; "" for the whole failure
	Response string // the user's answer
}

// Step is a dated step already taken, for the mediator's timeline.
type Step struct {
	Date time.Time
	Text string // « envoi de mes observations par lettre recommandée »
}

// LetterInput is what a defence letter is built from.
type LetterInput struct {
	Letter  LetterKind
	Profile journal.Profile
	Notice  Notice
	Today   time.Time       // the letter's date
	Mode    rights.SendMode // how it will be sent; "" prints no sending line
	// Recipient overrides the notice's addressee; the mediation letter
	// needs it (the mediator's address, « à vérifier »).
	Recipient []string
	// Dossier is the proof dossier the letter attaches: of exactly the
	// notice's period for observations, from the decision's date to Today
	// for lifting a suspension, optional for the mediator and the appeal.
	Dossier     *report.Dossier
	Answers     []Answer // observations: the user's answer to the failure, point by point
	Reasons     []Reason // the user's own reasons, only those entered
	AskHearing  bool     // the user wishes to be heard
	Contest     string   // mediation, appeal: what the user contests
	Grounds     string   // mediation, appeal: why, in the user's words
	Steps       []Step   // mediation: steps already taken
	Attachments []string // other pieces the user joins
}

// Missing-field keys returned by BuildLetter besides rights' profile keys
// (rights.MissingName, MissingAddress, MissingFTID, MissingRecipient); the
// UI translates "missing.<key>".
const (
	MissingLetterKind    = "defence.letter"         // the letter does not answer this kind of notice
	MissingNoticeDate    = "defence.notice_date"    // the notice's date
	MissingFailure       = "defence.failure"        // the failure the notice states
	MissingPeriod        = "defence.period"         // observations: the period the notice covers
	MissingDossier       = "defence.dossier"        // the dossier the letter attaches
	MissingDossierPeriod = "defence.dossier_period" // the dossier is not of the period the letter needs
	MissingAnswers       = "defence.answers"        // observations: nothing answers the failure
	MissingActs          = "defence.acts"           // lifting a suspension: no act since the decision
	MissingContest       = "defence.contest"        // mediation: what is contested
	MissingGrounds       = "defence.grounds"        // mediation, appeal: why
)

const closing = "Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées."

// BuildLetter returns the letter, or the keys of what is missing when a
// required element is empty or the record gives the letter nothing true
// to say: a letter is never produced with blanks or invented facts.
func BuildLetter(in LetterInput) (doc.Letter, []string) {
	if missing := in.missing(); len(missing) > 0 {
		return doc.Letter{}, missing
	}
	p := in.Profile
	l := doc.Letter{
		Date:       in.Today,
		Sender:     senderLines(p),
		Recipient:  in.recipient(),
		PlaceDate:  "Fait à " + p.City() + ", le " + journal.FormatLongDate(in.Today),
		Salutation: "Madame, Monsieur,",
		Closing:    closing,
		Signature:  p.Name,
		References: []string{"Identifiant France Travail\u00a0: " + p.FranceTravailID, noticeReference(in.Notice)},
	}
	if in.Mode != "" {
		l.Mode = in.Mode.LetterLine()
	}
	switch in.Letter {
	case LetterObservations:
		observationsLetter(&l, in)
	case LetterRemobilisation:
		remobilisationLetter(&l, in)
	case LetterMediation:
		mediationLetter(&l, in)
	case LetterAppeal:
		appealLetter(&l, in)
	}
	l.Attachments = append(l.Attachments, userAttachments(in.Attachments)...)
	return l, nil
}

func (in LetterInput) recipient() []string {
	if r := nonEmpty(in.Recipient); len(r) > 0 {
		return r
	}
	if in.Letter == LetterMediation {
		return nil // the mediator is not the notice's author
	}
	return nonEmpty(in.Notice.Addressee)
}

func (in LetterInput) missing() []string {
	m := in.missingIdentity()
	n := in.Notice
	if !slices.Contains(LetterKinds(), in.Letter) || !in.Letter.Fits(n) {
		return append(m, MissingLetterKind)
	}
	if n.Date.IsZero() {
		m = append(m, MissingNoticeDate)
	}
	if strings.TrimSpace(n.Failure.Text) == "" && n.Kind != KindControl && n.Kind != KindRepayment {
		m = append(m, MissingFailure)
	}
	switch in.Letter {
	case LetterObservations:
		m = append(m, in.missingObservations()...)
	case LetterRemobilisation:
		m = append(m, in.missingRemobilisation()...)
	case LetterMediation:
		m = append(m, in.missingWords(true)...)
	case LetterAppeal:
		m = append(m, in.missingWords(false)...)
	}
	return m
}

// missingIdentity checks the sender and the recipient.
func (in LetterInput) missingIdentity() []string {
	var m []string
	p := in.Profile
	if strings.TrimSpace(p.Name) == "" {
		m = append(m, rights.MissingName)
	}
	if len(nonEmpty(strings.Split(p.Address, "\n"))) < 2 {
		m = append(m, rights.MissingAddress)
	}
	if strings.TrimSpace(p.FranceTravailID) == "" {
		m = append(m, rights.MissingFTID)
	}
	if len(in.recipient()) == 0 {
		m = append(m, rights.MissingRecipient)
	}
	return m
}

// missingWords checks the user's own words a contest needs: why, and what
// when contest is true.
func (in LetterInput) missingWords(contest bool) []string {
	var m []string
	if contest && strings.TrimSpace(in.Contest) == "" {
		m = append(m, MissingContest)
	}
	if strings.TrimSpace(in.Grounds) == "" {
		m = append(m, MissingGrounds)
	}
	return m
}

func (in LetterInput) missingObservations() []string {
	var m []string
	n := in.Notice
	if n.PeriodFrom.IsZero() {
		m = append(m, MissingPeriod)
	}
	switch {
	case in.Dossier == nil:
		m = append(m, MissingDossier)
	case !n.PeriodFrom.IsZero() && (!in.Dossier.From.Equal(journal.Day(n.PeriodFrom)) || !in.Dossier.To.Equal(journal.Day(n.PeriodTo))):
		m = append(m, MissingDossierPeriod)
	}
	if len(in.answers()) == 0 && n.Failure.Kind != FailureSearch {
		m = append(m, MissingAnswers) // only the search is answered by the figures alone
	}
	return m
}

func (in LetterInput) missingRemobilisation() []string {
	switch {
	case in.Dossier == nil:
		return []string{MissingDossier}
	case !in.Dossier.From.Equal(journal.Day(in.Notice.Date)):
		return []string{MissingDossierPeriod}
	case len(in.Dossier.Acts) == 0:
		return []string{MissingActs}
	}
	return nil
}

// answers returns the answers the user wrote, without empty ones.
func (in LetterInput) answers() []Answer {
	var out []Answer
	for _, a := range in.Answers {
		if strings.TrimSpace(a.Response) != "" {
			out = append(out, a)
		}
	}
	return out
}

// senderLines is the sender block: name, address, identifier and, when
// known, date of birth and e-mail address, so France Travail identifies
// the user at once.
func senderLines(p journal.Profile) []string {
	lines := append([]string{p.Name}, nonEmpty(strings.Split(p.Address, "\n"))...)
	if !p.BirthDate.IsZero() {
		lines = append(lines, "Date de naissance\u00a0: "+journal.FormatLongDate(p.BirthDate))
	}
	lines = append(lines, "Identifiant France Travail\u00a0: "+p.FranceTravailID)
	if email := strings.TrimSpace(p.Email); email != "" {
		lines = append(lines, "Courriel\u00a0: "+email)
	}
	return lines
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

func userAttachments(names []string) []string {
	var out []string
	for _, s := range nonEmpty(names) {
		out = append(out, rights.FrenchTypography(s))
	}
	return out
}

func para(text, note string) doc.Block { return doc.Block{Kind: doc.Paragraph, Text: text, Note: note} }
func heading(text string) doc.Block    { return doc.Block{Kind: doc.Heading, Text: text} }
func bullets(note string, items ...string) doc.Block {
	return doc.Block{Kind: doc.Bullets, Items: items, Note: note}
}

// listLines ends every item with « ; » and the last with « . ».
func listLines(items []string) []string {
	out := make([]string, len(items))
	for i, it := range items {
		if i == len(items)-1 {
			out[i] = it + "."
		} else {
			out[i] = it + "\u00a0;"
		}
	}
	return out
}
