package defence

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

var agency = []string{"France Travail Lyon Part-Dieu", "12 rue Garibaldi", "69003 Lyon"}

// fixtureNotices holds one notice of each kind, in realistic states.
func fixtureNotices() map[Kind]Notice {
	period := func(n Notice) Notice { n.PeriodFrom, n.PeriodTo = day("2026-09-01"), day("2026-10-31"); return n }
	direction := []string{"Direction régionale de France Travail Auvergne-Rhône-Alpes", "Service des sanctions", "69000 Lyon"}
	return map[Kind]Notice{
		KindControl: period(Notice{Kind: KindControl, Date: day("2026-11-02"), SeenOn: day("2026-11-03"), Reference: "CRE-2026-5531",
			Failure:  Failure{Kind: FailureSearch, Text: "Merci de nous transmettre les justificatifs de vos démarches"},
			Deadline: Period{N: 15}, Addressee: agency}),
		KindPreSanction: period(Notice{Kind: KindPreSanction, Date: day("2026-11-20"), SeenOn: day("2026-11-26"), Reference: "PS-2026-0042",
			Failure:  Failure{Kind: FailureAbsence, Text: "Absence au rendez-vous du 14 octobre 2026 sans motif légitime"},
			Deadline: Period{N: 10}, Addressee: agency}),
		KindWarning: period(Notice{Kind: KindWarning, Date: day("2026-11-20"), SeenOn: day("2026-11-26"), Reference: "AV-2026-118",
			Failure:  Failure{Kind: FailureSearch, Text: "Vous n'avez pas justifié d'actes positifs et répétés de recherche d'emploi"},
			Deadline: Period{N: 10}, Addressee: agency}),
		KindSanction: period(Notice{Kind: KindSanction, Date: day("2026-09-15"), Reference: "SAN-2026-77",
			Failure:  Failure{Kind: FailureSearch, Text: "Recherche d'emploi insuffisante"},
			Sanction: Sanction{Measure: MeasureSuspension, Rate: 30, Months: 2, Start: day("2026-10-01")},
			Deadline: Period{N: 2, Unit: UnitMonths}, Addressee: direction, RoutesStated: RoutesStated}),
		KindRadiation: {Kind: KindRadiation, Date: day("2026-10-01"), Reference: "RAD-2026-12",
			Failure:  Failure{Kind: FailureAbsence, Text: "Absence à deux convocations"},
			Deadline: Period{N: 2, Unit: UnitMonths}, Addressee: direction, RoutesStated: RoutesMissing},
		KindRepayment: {Kind: KindRepayment, Date: day("2026-11-10"), Reference: "TP-2026-9", AmountCents: 123456,
			Deadline: Period{N: 2, Unit: UnitMonths}, Addressee: direction},
	}
}

var mediator = []string{"Médiateur régional de France Travail", "Adresse à vérifier", "69000 Lyon"}

// fullInput fills everything a user can give for the letter, without any
// personal reason.
func fullInput(n Notice, l LetterKind, on string) LetterInput {
	in := LetterInput{Letter: l, Profile: testProfile(), Notice: n, Today: day(on), Mode: rights.ModeRegistered,
		Contest: "la décision du " + journal.FormatLongDate(n.Date), Grounds: "j'ai accompli des démarches régulières, que mon journal retrace",
		Steps: []Step{{Date: n.Date.AddDate(0, 0, 5), Text: "envoi de mes observations par lettre recommandée"}}}
	if n.Failure.Kind != FailureSearch {
		in.Answers = []Answer{{Response: "j'étais en formation ce jour-là, comme le montre l'attestation jointe"}}
	}
	switch l {
	case LetterObservations:
		in.Dossier = dossier("2026-09-01", "2026-10-31")
	case LetterRemobilisation:
		in.Dossier = dossier(n.Date.Format("2006-01-02"), on)
	case LetterMediation:
		in.Recipient = mediator
	}
	return in
}

// Words a letter may use only when it is sent in time.
var timeliness = []string{"dans le délai", "expire le", "en temps utile", "dans les délais"}

// Words a letter may use only when the user gave that reason.
var reasonWords = []string{"éléments suivants de ma situation", "Santé", "Garde d’enfants", "Transport\u00a0:", "Formation\u00a0:", "Autre\u00a0:"}

func TestEveryNoticeKindAndLetter(t *testing.T) {
	for _, kind := range Kinds() {
		n := fixtureNotices()[kind]
		for _, lk := range LetterKinds() {
			for _, on := range []string{"2026-11-30", "2027-06-01"} {
				t.Run(fmt.Sprintf("%s/%s/%s", kind, lk, on), func(t *testing.T) {
					in := fullInput(n, lk, on)
					l, missing := BuildLetter(in)
					if !lk.Fits(n) {
						if !reflect.DeepEqual(missing, []string{MissingLetterKind}) {
							t.Fatalf("a %s letter for a %s: missing %v, want only %s", lk, kind, missing, MissingLetterKind)
						}
						return
					}
					if len(missing) > 0 {
						t.Fatalf("missing %v", missing)
					}
					checkRequired(t, in, l)
					checkNothingFalse(t, in, l)
				})
			}
		}
	}
}

func checkRequired(t *testing.T, in LetterInput, l doc.Letter) {
	t.Helper()
	n, text := in.Notice, doc.Text(l)
	want := []string{journal.FormatLongDate(n.Date), n.Reference, "Identifiant France Travail\u00a0: 1234567A",
		"Fait à Lyon, le " + journal.FormatLongDate(in.Today), "Lettre recommandée avec accusé de réception"}
	if n.Failure.Text != "" {
		want = append(want, rights.Quoted(n.Failure.Text))
	}
	d, _ := ComputeDeadline(n, in.Profile.Departement)
	inTime := !d.Passed(in.Today)
	if inTime && (in.Letter == LetterObservations || in.Letter == LetterAppeal && n.RoutesStated != RoutesMissing) {
		want = append(want, "dans le délai de "+PeriodFR(n.Deadline), "qui expire le "+rights.WeekdayDateFR(d.Due))
	}
	if n.Kind == KindSanction {
		want = append(want, "suspension de 30\u00a0% de mon allocation pendant deux mois à compter du 1er octobre 2026")
	}
	if n.Kind == KindRepayment {
		want = append(want, "1\u00a0234,56\u00a0€")
	}
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("letter lacks %q:\n%s", w, text)
		}
	}
	wantTo := n.Addressee
	if in.Letter == LetterMediation {
		wantTo = mediator
	}
	if !reflect.DeepEqual(l.Recipient, wantTo) {
		t.Errorf("recipient %v, want %v", l.Recipient, wantTo)
	}
	checkAttachments(t, in, l)
}

func checkAttachments(t *testing.T, in LetterInput, l doc.Letter) {
	t.Helper()
	n := in.Notice
	atts := []string{noticeCopy(n)}
	if in.Dossier != nil {
		atts = append(atts, "dossier de mes démarches du "+journal.FormatLongDate(in.Dossier.From)+" au "+journal.FormatLongDate(in.Dossier.To))
	}
	if in.Letter == LetterMediation {
		atts = append(atts, "copie des pièces de l’étape du "+journal.FormatLongDate(in.Steps[0].Date))
	}
	for _, a := range atts {
		if !slices.ContainsFunc(l.Attachments, func(s string) bool { return strings.HasPrefix(s, a) }) {
			t.Errorf("attachments %q lack %q", l.Attachments, a)
		}
	}
}

func checkNothingFalse(t *testing.T, in LetterInput, l doc.Letter) {
	t.Helper()
	text := doc.Text(l)
	if d, ok := ComputeDeadline(in.Notice, in.Profile.Departement); !ok || d.Passed(in.Today) || in.Letter == LetterMediation ||
		in.Letter == LetterRemobilisation || in.Notice.RoutesStated == RoutesMissing {
		for _, w := range timeliness {
			if strings.Contains(text, w) {
				t.Errorf("letter claims timeliness (%q) past the deadline or where none applies:\n%s", w, text)
			}
		}
	}
	for _, w := range reasonWords {
		if strings.Contains(text, w) {
			t.Errorf("letter gives a reason (%q) the user did not enter:\n%s", w, text)
		}
	}
	checkNoFalseRoutesOrTypography(t, in, text)
}

func checkNoFalseRoutesOrTypography(t *testing.T, in LetterInput, text string) {
	t.Helper()
	routes := strings.Contains(text, "R421-5")
	if routes != (in.Letter == LetterAppeal && in.Notice.RoutesStated == RoutesMissing) {
		t.Errorf("R421-5 cited: %v, for a %s letter with routes %q", routes, in.Letter, in.Notice.RoutesStated)
	}
	if strings.Contains(text, "entretien avant") {
		t.Error("letter asks to be heard though the user did not ask")
	}
	for _, bad := range []string{"'", "\"", " :", " ;", " ?", " !", "« ", " »", "0001"} {
		if strings.Contains(text, bad) {
			t.Errorf("letter holds %q:\n%s", bad, text)
		}
	}
}

func TestLettersGiveOnlyTheReasonsEntered(t *testing.T) {
	n := fixtureNotices()[KindPreSanction]
	for _, lk := range []LetterKind{LetterObservations} {
		in := fullInput(n, lk, "2026-11-30")
		in.Reasons = []Reason{{Kind: ReasonHealth, Text: "j'ai été hospitalisée du 10 au 20 octobre"}, {Kind: ReasonChildcare, Text: "  "}}
		in.AskHearing = true
		l, missing := BuildLetter(in)
		if len(missing) > 0 {
			t.Fatal(missing)
		}
		text := doc.Text(l)
		for _, w := range []string{"Santé\u00a0: j’ai été hospitalisée du 10 au 20 octobre", "de vive voix lors d’un entretien avant toute décision"} {
			if !strings.Contains(text, w) {
				t.Errorf("%s letter lacks %q:\n%s", lk, w, text)
			}
		}
		if strings.Contains(text, "Garde d’enfants") {
			t.Errorf("%s letter gives an empty reason", lk)
		}
	}
}

func TestObservationsGiveTheDossierTotals(t *testing.T) {
	n := fixtureNotices()[KindWarning]
	in := fullInput(n, LetterObservations, "2026-11-30")
	l, missing := BuildLetter(in)
	if len(missing) > 0 {
		t.Fatal(missing)
	}
	want := expectedTotals(n.PeriodFrom, n.PeriodTo, testProfile().TargetMinutes)
	text := doc.Text(l)
	// The weeks at target are told only when they are at least half.
	target := fmt.Sprintf("L’objectif hebdomadaire de mon contrat d’engagement est de %s.", journal.FormatMinutes(want.TargetMinutes))
	if want.WeeksAtTarget*2 >= want.Weeks {
		target = fmt.Sprintf("L’objectif hebdomadaire de mon contrat d’engagement est de %s\u00a0; il est atteint %d semaine",
			journal.FormatMinutes(want.TargetMinutes), want.WeeksAtTarget)
	} else if strings.Contains(text, "il est atteint") {
		t.Errorf("the letter tells %d weeks at target out of %d against the user", want.WeeksAtTarget, want.Weeks)
	}
	for _, w := range []string{
		fmt.Sprintf("Du 1er septembre 2026 au 31 octobre 2026, j’ai accompli %d démarches, pour une durée totale de %s, soit en moyenne %s par semaine.",
			want.Acts, journal.FormatMinutes(want.Minutes), journal.FormatMinutes(want.Minutes*7/want.Days)),
		target,
		fmt.Sprintf("%d candidatures\u00a0;", want.Applications),
		fmt.Sprintf("%d entretien d’embauche ou test de recrutement\u00a0;", want.Interviews),
		fmt.Sprintf("%d rendez-vous avec mon conseiller ou ma conseillère\u00a0;", want.Meetings),
		fmt.Sprintf("%d justificatifs joints.", want.Proofs),
		fmt.Sprintf("Ces chiffres ne comptent pas %d démarche relevant de ma vie personnelle", want.Excluded),
		fmt.Sprintf("dossier de mes démarches du 1er septembre 2026 au 31 octobre 2026 (%d démarches, %d justificatifs)", want.Acts, want.Proofs),
		"Par un avertissement du 20 novembre 2026 (référence AV-2026-118), dont j’ai pris connaissance le 26 novembre 2026, vous me reprochez, pour la période du 1er septembre 2026 au 31 octobre 2026, le manquement suivant\u00a0: «\u00a0Vous n’avez pas justifié",
	} {
		if !strings.Contains(text, w) {
			t.Errorf("observations lack %q:\n%s", w, text)
		}
	}
}

func TestLettersRefuseWhatWouldBeFalseOrBlank(t *testing.T) {
	notices := fixtureNotices()
	tests := []struct {
		name   string
		change func(*LetterInput)
		want   []string
	}{
		{"observations without dossier", func(in *LetterInput) { in.Dossier = nil }, []string{MissingDossier}},
		{"observations with a dossier of another period", func(in *LetterInput) { in.Dossier = dossier("2026-09-01", "2026-11-30") },
			[]string{MissingDossierPeriod}},
		{"observations on an absence without the user's answer", func(in *LetterInput) {
			in.Notice = notices[KindPreSanction]
			in.Answers = []Answer{{Point: "absence", Response: " "}}
		}, []string{MissingAnswers}},
		{"observations on a notice without period", func(in *LetterInput) { in.Notice.PeriodFrom, in.Notice.PeriodTo = zero(), zero() },
			[]string{MissingPeriod}},
		{"observations without profile or addressee", func(in *LetterInput) { in.Profile = journal.Profile{}; in.Notice.Addressee = nil },
			[]string{rights.MissingName, rights.MissingAddress, rights.MissingFTID, rights.MissingRecipient}},
		{"lifting a suppression", func(in *LetterInput) {
			in.Letter = LetterRemobilisation
			in.Notice = notices[KindSanction]
			in.Notice.Sanction.Measure = MeasureSuppression
		}, []string{MissingLetterKind}},
		{"lifting a suspension with no act since the decision", func(in *LetterInput) {
			in.Letter = LetterRemobilisation
			in.Notice = notices[KindSanction]
			in.Notice.Date = day("2026-11-25")
			in.Dossier = dossier("2026-11-25", "2026-11-30")
		}, []string{MissingActs}},
		{"mediation without the mediator, the contest or the grounds", func(in *LetterInput) {
			in.Letter = LetterMediation
			in.Notice = notices[KindRadiation]
			in.Contest, in.Grounds = "", " "
		}, []string{rights.MissingRecipient, MissingContest, MissingGrounds}},
		{"appeal without grounds", func(in *LetterInput) {
			in.Letter = LetterAppeal
			in.Notice = notices[KindRepayment]
			in.Grounds = ""
		}, []string{MissingGrounds}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := fullInput(notices[KindWarning], LetterObservations, "2026-11-30")
			tt.change(&in)
			if _, missing := BuildLetter(in); !reflect.DeepEqual(missing, tt.want) {
				t.Errorf("missing %v, want %v", missing, tt.want)
			}
		})
	}
}

func TestObservationsAnswerPointByPoint(t *testing.T) {
	in := fullInput(fixtureNotices()[KindPreSanction], LetterObservations, "2026-11-30")
	in.Answers = []Answer{
		{Point: "absence au rendez-vous du 14 octobre", Response: "j'avais prévenu l'agence la veille par l'espace personnel"},
		{Point: "pas de justificatif", Response: " "},
		{Point: "défaut de recherche", Response: "voir les chiffres ci-dessous..."},
	}
	l, missing := BuildLetter(in)
	if len(missing) > 0 {
		t.Fatal(missing)
	}
	text := doc.Text(l)
	for _, w := range []string{
		"Sur le manquement reproché",
		"S’agissant de «\u00a0absence au rendez-vous du 14 octobre\u00a0»\u00a0: j’avais prévenu l’agence la veille par l’espace personnel.",
		"S’agissant de «\u00a0défaut de recherche\u00a0»\u00a0: voir les chiffres ci-dessous…",
	} {
		if !strings.Contains(text, w) {
			t.Errorf("observations lack %q:\n%s", w, text)
		}
	}
	if strings.Contains(text, "pas de justificatif") {
		t.Error("a point the user did not answer is answered")
	}
}

func TestObservationsOnAnEmptyPeriodClaimNoActs(t *testing.T) {
	n := fixtureNotices()[KindControl]
	n.PeriodFrom, n.PeriodTo = day("2026-07-01"), day("2026-07-31")
	in := fullInput(n, LetterObservations, "2026-11-30")
	in.Dossier = dossier("2026-07-01", "2026-07-31")
	l, missing := BuildLetter(in)
	if len(missing) > 0 {
		t.Fatal(missing)
	}
	text := doc.Text(l)
	if strings.Contains(text, "constater que j’ai accompli") || !strings.Contains(text, "Du 1er juillet 2026 au 31 juillet 2026, mon journal ne mentionne aucune démarche.") {
		t.Errorf("observations on a period without acts:\n%s", text)
	}
}
