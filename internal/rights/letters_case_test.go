package rights

import (
	"slices"
	"strings"
	"testing"

	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/journal"
)

// caseToday is the day every follow-up of the table is written.
var caseToday = day("2026-11-28")

func caseProfile() journal.Profile {
	p := testProfile()
	p.BirthDate = day("1988-03-12")
	p.Email = "camille.martin@example.org"
	return p
}

// sent returns a first request sent by registered mail on sent and
// received on received, asking what today's letters ask.
func sent(kind Kind, sentOn, received string) Request {
	r := Request{ID: "p-" + string(kind), Kind: kind, Recipient: AddressDPO, Mode: ModeRegistered,
		SentOn: day(sentOn), RegisteredNumber: "1A 234 567 8901 2", ReceivedOn: day(received)}
	if kind == KindRectification {
		r.Corrections = []Correction{{Recorded: "absente", Truth: "présente", Proof: "emargement.pdf"}}
	}
	if kind == KindExplanation {
		r.Decision = Decision{Date: day("2026-08-20"), Reference: "ACC-2026-0457", Nature: "accompaniment"}
	}
	return r.WithAskedKeys()
}

// ticked records an answer on answered holding every asked item but those named.
func ticked(r Request, answered string, except ...string) Request {
	r.AnsweredOn = day(answered)
	r.Checklist = map[string]bool{}
	for _, it := range r.Asked() {
		if !slices.Contains(except, it.Key) {
			r.Checklist[it.Key] = true
		}
	}
	return r
}

func reminderOf(par Request, sentOn, received string) Request {
	r := Request{ID: "rem-" + sentOn, Kind: KindReminder, ParentID: par.ID, Mode: ModeRegistered,
		SentOn: day(sentOn), RegisteredNumber: "1A 999 000 1111 2"}
	if received != "" {
		r.ReceivedOn = day(received)
	}
	return r
}

// caseRow is one case on record and what each follow-up must and must
// not say about it. A kind missing from want has no grounds: BuildLetter
// must refuse it with the key in refuse.
type caseRow struct {
	name      string
	parent    Request
	followUps []Request
	want      map[Kind][]string // sentences that must appear
	not       map[Kind][]string // sentences that must not appear
	refuse    map[Kind]string   // the missing key when the letter has no grounds
}

// always are phrases no follow-up may ever print.
var always = []string{"reçu par vos services le 3 septembre 2026, j’ai demandé à France Travail",
	"à vérifier", "une décision me concernant", "  ", " ,", "..", "'"}

func caseTable() []caseRow {
	accessNoAnswer := sent(KindAccess, "2026-09-01", "2026-09-03")
	accessOld := sent(KindAccess, "2026-02-27", "2026-03-02")
	accessOldRoutes := accessOld
	accessOldRoutes.RoutesMentioned = true
	incompleteInTime := ticked(sent(KindAccess, "2026-09-01", "2026-09-03"), "2026-10-01", "h", "scores", "r1", "r2", "r3", "r4", "decisions")
	onlyCRPA := ticked(sent(KindAccess, "2026-09-01", "2026-09-03"), "2026-10-01", "r3")
	lateIncomplete := ticked(sent(KindAccess, "2026-09-01", "2026-09-03"), "2026-10-20", "copy", "r1")
	refused := sent(KindAccess, "2026-09-01", "2026-09-03")
	refused.RefusedOn = day("2026-10-20")
	extInTime := sent(KindAccess, "2026-06-29", "2026-07-01")
	extInTime.ExtensionOn = day("2026-07-20")
	extLate := sent(KindAccess, "2026-09-01", "2026-09-03")
	extLate.ExtensionOn = day("2026-10-15")
	complete := ticked(sent(KindAccess, "2026-09-01", "2026-09-03"), "2026-09-25")
	pending := sent(KindAccess, "2026-11-10", "2026-11-12")
	rectNoStatement := sent(KindRectification, "2026-09-01", "2026-09-03")
	rectLegacy := rectNoStatement
	rectLegacy.AskedKeys = nil
	explanation := sent(KindExplanation, "2026-09-01", "2026-09-03")
	explanationLegacy := explanation
	explanationLegacy.AskedKeys = nil
	withReminder := sent(KindAccess, "2026-08-03", "2026-08-05")
	earlyRefusal := sent(KindAccess, "2026-03-02", "2026-03-04")
	earlyRefusal.RefusedOn = day("2026-03-20")
	oldRefusal := sent(KindAccess, "2025-06-02", "2025-06-04")
	oldRefusal.RefusedOn = day("2025-06-20")

	return []caseRow{
		{name: "no answer, CADA window open", parent: accessNoAnswer,
			want: map[Kind][]string{
				KindReminder: {"a expiré le 5 octobre 2026", "je n’ai reçu aucune réponse", "reçu par vos services le 3 septembre 2026", "votre silence vaut déjà refus"},
				KindCNIL:     {"n’y a pas répondu", "a expiré le 5 octobre 2026", "aucune réponse ne m’est parvenue", "je la saisis séparément"},
				KindCADA:     {"a fait naître, le 3 octobre 2026, une décision implicite de refus", "dans le délai de deux mois", "expire le 3 décembre 2026", "reçu par France Travail le 3 septembre 2026", "Cette demande était adressée à : France Travail, Délégué à la protection des données"},
			},
			not: map[Kind][]string{KindCNIL: {"pas donné suite", "R311-3-1-2, 1°", "Éléments manquants"}, KindCADA: {"L112-6", "copie de la décision de refus"}},
		},
		{name: "no answer, CADA window closed: L112-6", parent: accessOld,
			want: map[Kind][]string{
				KindCADA: {"ne m’est pas opposable", "article L112-6", "à compter du 2 avril 2026"},
				KindCNIL: {"aucune réponse ne m’est parvenue"},
			},
			not: map[Kind][]string{KindCADA: {"dans le délai", "qui expire"}},
		},
		{name: "window closed and the routes were stated: a new request", parent: accessOldRoutes,
			want:   map[Kind][]string{KindReminder: {"aucune réponse"}, KindCNIL: {"elles ne font pas l’objet de la présente réclamation"}},
			not:    map[Kind][]string{KindReminder: {"CADA", "Commission d’accès"}},
			refuse: map[Kind]string{KindCADA: MissingCADAClosed},
		},
		{name: "incomplete answer in time", parent: incompleteInTime,
			want: map[Kind][]string{
				KindReminder: {"Votre réponse du 1er octobre 2026 est intervenue avant l’expiration du délai", "Il y manque", "point h"},
				KindCNIL:     {"La réponse de France Travail du 1er octobre 2026 est intervenue avant l’expiration du délai", "Elle est incomplète", "point h", "relèvent de la Commission d’accès aux documents administratifs"},
				KindCADA:     {"La réponse de France Travail du 1er octobre 2026 ne comporte pas les informations demandées", "à compter du 1er octobre 2026", "expire le 1er décembre 2026", "R311-3-1-2, 3°", "copie de la réponse de France Travail du 1er octobre 2026"},
			},
			not: map[Kind][]string{
				KindReminder: {"aucune réponse"},
				KindCNIL:     {"pas donné suite", "aucune réponse", "n’y a pas répondu", "R311-3-1-2, 3°", "la copie de l’ensemble"},
				KindCADA:     {"silence", "point h", "à compter du 5 octobre 2026"},
			},
		},
		{name: "incomplete answer on the CRPA items only", parent: onlyCRPA,
			want:   map[Kind][]string{KindReminder: {"R311-3-1-2, 3°", "votre réponse incomplète vaut déjà refus ; je me réserve de saisir la Commission d’accès"}, KindCADA: {"R311-3-1-2, 3°"}},
			not:    map[Kind][]string{KindCADA: {"R311-3-1-2, 1°"}, KindReminder: {"CNIL"}},
			refuse: map[Kind]string{KindCNIL: MissingOnlyCRPA},
		},
		{name: "late and incomplete answer", parent: lateIncomplete,
			want: map[Kind][]string{
				KindReminder: {"est intervenue après l’expiration, le 5 octobre 2026"},
				KindCNIL:     {"est intervenue après l’expiration, le 5 octobre 2026", "Elle est incomplète", "réponse incomplète de France Travail, après l’expiration du délai"},
				KindCADA:     {"à compter du 3 octobre 2026", "Sa réponse du 20 octobre 2026, intervenue ensuite, ne comporte pas", "expire le 3 décembre 2026"},
			},
			not: map[Kind][]string{KindCNIL: {"avant l’expiration", "aucune réponse"}, KindCADA: {"à compter du 20 octobre 2026"}},
		},
		{name: "explicit refusal", parent: refused,
			want: map[Kind][]string{
				KindCNIL: {"Le 20 octobre 2026, après l’expiration, le 5 octobre 2026, du délai prévu par l’article 12, paragraphe 3, du RGPD, France Travail a refusé par écrit", "20 octobre 2026 : refus écrit de France Travail", "copie de la décision de refus du 20 octobre 2026"},
				KindCADA: {"Par une décision du 20 octobre 2026, jointe à la présente saisine, France Travail a ensuite refusé expressément", "expire le 3 décembre 2026", "copie de la décision de refus du 20 octobre 2026", "R311-3-1-2, 1°"},
			},
			not:    map[Kind][]string{KindCNIL: {"aucune réponse", "pas donné suite", "implicite"}, KindCADA: {"L112-6"}},
			refuse: map[Kind]string{KindReminder: MissingGrounds},
		},
		{name: "extension announced in time", parent: extInTime,
			want: map[Kind][]string{
				KindReminder: {"vous m’avez notifié une prolongation de deux mois", "Ce délai prolongé a expiré le 1er octobre 2026"},
				KindCNIL:     {"France Travail ne m’a communiqué aucun des éléments demandés", "France Travail m’a notifié une prolongation de deux mois", "20 juillet 2026 : annonce par France Travail d’une prolongation de deux mois", "1er octobre 2026 : expiration, sans réponse, du délai de réponse prolongé"},
			},
			not: map[Kind][]string{KindCNIL: {"a expiré le 3 août 2026"}},
		},
		{name: "extension announced too late", parent: extLate,
			want: map[Kind][]string{
				KindReminder: {"Ce n’est que le 15 octobre 2026 que vous avez annoncé une prolongation", "Elle n’a donc pas prorogé le délai"},
				KindCNIL:     {"Ce n’est que le 15 octobre 2026 que France Travail a annoncé une prolongation", "alors que le délai d’un mois avait déjà expiré"},
			},
			not: map[Kind][]string{KindCNIL: {"prolongé a expiré"}},
		},
		{name: "complete answer: nothing to claim", parent: complete,
			refuse: map[Kind]string{KindReminder: MissingGrounds, KindCNIL: MissingGrounds, KindCADA: MissingRulesGiven},
		},
		{name: "deadline not passed", parent: pending,
			refuse: map[Kind]string{KindReminder: MissingGrounds, KindCNIL: MissingGrounds, KindCADA: MissingRefusal},
		},
		{name: "reminder sent and received", parent: withReminder,
			followUps: []Request{reminderOf(withReminder, "2026-09-15", "2026-09-17")},
			want: map[Kind][]string{
				KindCNIL: {"15 septembre 2026 : envoi d’une relance par lettre recommandée avec accusé de réception", "17 septembre 2026 : réception de la relance par France Travail", "J’ai adressé une relance à France Travail le 15 septembre 2026 (reçue le 17 septembre 2026)", "copie de ma relance du 15 septembre 2026"},
				KindCADA: {"J’ai adressé une relance à France Travail le 15 septembre 2026"},
			},
		},
		{name: "rectification without a statement", parent: rectNoStatement,
			want:   map[Kind][]string{KindReminder: {"article 18, paragraphe 1, point a", "la confirmation que les données inexactes"}, KindCNIL: {"article 18, paragraphe 1, point a"}},
			not:    map[Kind][]string{KindReminder: {"déclaration complémentaire"}, KindCNIL: {"déclaration complémentaire", "CADA"}},
			refuse: map[Kind]string{KindCADA: MissingCRPATrack},
		},
		{name: "rectification sent before part 4 did not ask for restriction", parent: rectLegacy,
			not:    map[Kind][]string{KindReminder: {"déclaration complémentaire", "article 18"}, KindCNIL: {"article 18"}},
			want:   map[Kind][]string{KindReminder: {"article 19 du RGPD"}},
			refuse: map[Kind]string{KindCADA: MissingCRPATrack},
		},
		{name: "an early written refusal, window closed: R421-5", parent: earlyRefusal,
			want:   map[Kind][]string{KindCADA: {"ne m’est pas opposable", "article R421-5 du code de justice administrative", "la décision du 20 mars 2026 ne mentionnait"}},
			not:    map[Kind][]string{KindCADA: {"L112-6", "dans le délai"}},
			refuse: map[Kind]string{KindReminder: MissingGrounds},
		},
		{name: "a refusal more than a year old: only a new request", parent: oldRefusal,
			refuse: map[Kind]string{KindCADA: MissingCADAClosed, KindReminder: MissingGrounds},
		},
		{name: "explanation names its decision", parent: explanation,
			want: map[Kind][]string{
				KindReminder: {"concernant la décision prise à mon égard le 20 août 2026 (référence ACC-2026-0457), à savoir un changement de ma modalité d’accompagnement", "le seul fondement d’un traitement automatisé"},
				KindCNIL:     {"concernant la décision prise à mon égard le 20 août 2026 (référence ACC-2026-0457)", "la suite donnée à ma demande de réexamen", "20 août 2026 : décision prise à mon égard : un changement", "copie de la décision du 20 août 2026 (référence ACC-2026-0457)"},
				KindCADA:     {"ayant servi de fondement à la décision prise à mon égard le 20 août 2026 (référence ACC-2026-0457)"},
			},
			not: map[Kind][]string{KindReminder: {"mention explicite prévue par l’article L311-3-1 du CRPA et"}, KindCNIL: {"R311-3-1-2, 1°"}},
		},
		{name: "explanation sent before part 4: the mention was a question", parent: explanationLegacy,
			want: map[Kind][]string{KindReminder: {"la réponse à ma question de savoir si la mention explicite"}},
			not:  map[Kind][]string{KindReminder: {"le seul fondement d’un traitement automatisé"}},
		},
	}
}

// TestFollowUpsStateTheCaseOnRecord builds every follow-up letter for every
// case and checks each sentence that must, or must not, appear.
func TestFollowUpsStateTheCaseOnRecord(t *testing.T) {
	for _, tc := range caseTable() {
		for _, k := range []Kind{KindReminder, KindCNIL, KindCADA} {
			t.Run(tc.name+"/"+string(k), func(t *testing.T) {
				in := LetterInput{Profile: caseProfile(), Request: Request{Kind: k, ParentID: tc.parent.ID, Mode: ModeRegistered},
					Parent: &tc.parent, FollowUps: tc.followUps, Today: caseToday}
				l, missing := BuildLetter(in)
				if key, ok := tc.refuse[k]; ok {
					if !slices.Contains(missing, key) {
						t.Fatalf("want refusal %q, got missing %v", key, missing)
					}
					return
				}
				if len(missing) > 0 {
					t.Fatalf("missing %v", missing)
				}
				text := strings.ReplaceAll(doc.Text(l), "\u00a0", " ")
				for _, w := range tc.want[k] {
					if !strings.Contains(text, w) {
						t.Errorf("lacks %q\n%s", w, text)
					}
				}
				forbidden := append(slices.Clone(tc.not[k]), always...)
				if k == KindCNIL {
					forbidden = append(forbidden, "Docteur Gley", "R311-3-1-2", "implicite")
				}
				for _, n := range forbidden {
					if strings.Contains(text, n) {
						t.Errorf("says %q\n%s", n, text)
					}
				}
				c := CaseOf(tc.parent, tc.followUps, "69", caseToday)
				if k == KindCADA && !c.CRPA.WindowOpen && strings.Contains(text, "dans le délai") {
					t.Errorf("the window closed on %s, yet the letter says « dans le délai »", c.CRPA.Window.Due.Format("2006-01-02"))
				}
			})
		}
	}
}

// TestTimelineIsInDateOrder checks the events of every case, and that a
// reminder sent before the answer sorts before it.
func TestTimelineIsInDateOrder(t *testing.T) {
	for _, tc := range caseTable() {
		c := CaseOf(tc.parent, tc.followUps, "69", caseToday)
		for i := 1; i < len(c.Timeline); i++ {
			if c.Timeline[i].Date.Before(c.Timeline[i-1].Date) {
				t.Errorf("%s: %v before %v", tc.name, c.Timeline[i-1], c.Timeline[i])
			}
		}
	}
	par := ticked(sent(KindAccess, "2026-08-03", "2026-08-05"), "2026-10-20", "h")
	par.ExtensionOn = day("2026-08-20")
	par.RefusedOn = day("2026-10-25")
	c := CaseOf(par, []Request{reminderOf(par, "2026-10-01", "2026-10-03")}, "69", caseToday)
	var kinds []EventKind
	for _, e := range c.Timeline {
		kinds = append(kinds, e.Kind)
	}
	want := []EventKind{EventSent, EventReceived, EventExtension, EventImplicitRefusal, EventReminderSent, EventReminderReceived,
		EventAnswerIncomplete, EventRefusal}
	if !slices.Equal(kinds, want) {
		t.Fatalf("timeline %v, want %v", kinds, want)
	}
}

// TestCaseDecidesTheSituation covers each situation and the CADA start.
func TestCaseDecidesTheSituation(t *testing.T) {
	tests := []struct {
		name      string
		parent    Request
		situation Situation
		refusal   RefusalKind
		from      string
		open      bool
	}{
		{"pending", sent(KindAccess, "2026-11-10", "2026-11-12"), SituationPending, RefusalNone, "", false},
		{"no answer counts from the month of silence, never moved", sent(KindAccess, "2026-09-01", "2026-09-03"), SituationNoAnswer, RefusalImplicit, "2026-10-03", true},
		{"a late incomplete answer: the silence came first", ticked(sent(KindAccess, "2026-09-01", "2026-09-03"), "2026-10-20", "r1"),
			SituationIncomplete, RefusalImplicit, "2026-10-03", true},
		{"incomplete in time counts from the answer", ticked(sent(KindAccess, "2026-09-01", "2026-09-03"), "2026-10-01", "r1"),
			SituationIncomplete, RefusalIncomplete, "2026-10-01", true},
		{"complete", ticked(sent(KindAccess, "2026-09-01", "2026-09-03"), "2026-09-20"), SituationComplete, RefusalNone, "", false},
		{"old silence", sent(KindAccess, "2026-02-27", "2026-03-02"), SituationNoAnswer, RefusalImplicit, "2026-04-02", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := CaseOf(tt.parent, nil, "69", caseToday)
			if c.Situation != tt.situation || c.CRPA.Refusal != tt.refusal || c.CRPA.WindowOpen != tt.open {
				t.Fatalf("got %s %q open=%v", c.Situation, c.CRPA.Refusal, c.CRPA.WindowOpen)
			}
			if tt.from != "" && !c.CRPA.RefusalOn.Equal(day(tt.from)) {
				t.Fatalf("refusal on %s, want %s", c.CRPA.RefusalOn.Format("2006-01-02"), tt.from)
			}
		})
	}
}
