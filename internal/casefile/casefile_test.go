package casefile

import (
	"encoding/base64"
	"reflect"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/rights"
)

func d(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }

func ip(n int) *int { return &n }

// sentAccess is an access request sent by e-mail on 17 March 2026, asking
// a, b and h.
func sentAccess() rights.Request {
	return rights.Request{ID: "r1", Kind: rights.KindAccess, Mode: rights.ModeEmail, SentOn: d(2026, 3, 17),
		AskedKeys: []string{"a", "b", "h"}}
}

func TestBuild(t *testing.T) {
	answered := sentAccess()
	answered.AnsweredOn = d(2026, 4, 27)
	answered.Checklist = map[string]bool{"a": true, "h": true}
	ticksNoAnswer := sentAccess()
	ticksNoAnswer.Checklist = map[string]bool{"a": true}
	registered := sentAccess()
	registered.Mode = rights.ModeRegistered
	unknownReceipt := registered
	unknownReceipt.AnsweredOn = d(2026, 5, 2)
	registered.ReceivedOn = d(2026, 3, 20)
	registered.RefusedOn = d(2026, 6, 1)
	reminder := rights.Request{ID: "f1", ParentID: "r1", Kind: rights.KindReminder, SentOn: d(2026, 5, 4)}
	cnil := rights.Request{ID: "f2", ParentID: "r1", Kind: rights.KindCNIL, SentOn: d(2026, 6, 15)}
	draftCADA := rights.Request{ID: "f3", ParentID: "r1", Kind: rights.KindCADA}
	other := rights.Request{ID: "f4", ParentID: "zz", Kind: rights.KindCNIL, SentOn: d(2026, 5, 1)}
	lateComplete := sentAccess()
	lateComplete.AnsweredOn = d(2026, 5, 24)
	lateComplete.Checklist = map[string]bool{"a": true, "b": true, "h": true}
	latePartial := lateComplete
	latePartial.Checklist = map[string]bool{"a": true}

	tests := []struct {
		name    string
		req     rights.Request
		related []rights.Request
		want    CaseFile
	}{
		{"gives months, never days, and the answer's delay from the receipt", answered, nil, CaseFile{
			Sent: "2026-03", Received: "2026-03", Answer: &Response{Month: "2026-04", DelayDays: ip(41)},
			Asked: []string{"a", "b", "h"}, Answered: []string{"a", "h"},
			Escalation: Escalation{Steps: []Step{}, Outcome: OutcomeNone}}},
		{"counts no item answered without an answer", ticksNoAnswer, nil, CaseFile{
			Sent: "2026-03", Received: "2026-03", Asked: []string{"a", "b", "h"}, Answered: []string{},
			Escalation: Escalation{Steps: []Step{}, Outcome: OutcomeNone}}},
		{"gives no delay when the receipt of registered mail is unknown", unknownReceipt, nil, CaseFile{
			Sent: "2026-03", Answer: &Response{Month: "2026-05"}, Asked: []string{"a", "b", "h"}, Answered: []string{},
			Escalation: Escalation{Steps: []Step{}, Outcome: OutcomeNone}}},
		{"keeps only the sent follow-ups of the request, and a refusal after them", registered, []rights.Request{cnil, reminder, draftCADA, other}, CaseFile{
			Sent: "2026-03", Received: "2026-03", Refusal: &Response{Month: "2026-06", DelayDays: ip(73)},
			Asked: []string{"a", "b", "h"}, Answered: []string{},
			Escalation: Escalation{Steps: []Step{{Kind: "reminder", Month: "2026-05", ResponseDelayDays: ip(28)}, {Kind: "cnil", Month: "2026-06"}}, Outcome: OutcomeRefused}}},
		{"tells a complete answer after a reminder", lateComplete, []rights.Request{reminder}, CaseFile{
			Sent: "2026-03", Received: "2026-03", Answer: &Response{Month: "2026-05", DelayDays: ip(68)},
			Asked: []string{"a", "b", "h"}, Answered: []string{"a", "b", "h"},
			Escalation: Escalation{Steps: []Step{{Kind: "reminder", Month: "2026-05", ResponseDelayDays: ip(20)}}, Outcome: OutcomeComplete}}},
		{"tells a partial answer after a reminder", latePartial, []rights.Request{reminder}, CaseFile{
			Sent: "2026-03", Received: "2026-03", Answer: &Response{Month: "2026-05", DelayDays: ip(68)},
			Asked: []string{"a", "b", "h"}, Answered: []string{"a"},
			Escalation: Escalation{Steps: []Step{{Kind: "reminder", Month: "2026-05", ResponseDelayDays: ip(20)}}, Outcome: OutcomePartial}}},
		{"tells no response when nothing came after the reminder", answered, []rights.Request{reminder}, CaseFile{
			Sent: "2026-03", Received: "2026-03", Answer: &Response{Month: "2026-04", DelayDays: ip(41)},
			Asked: []string{"a", "b", "h"}, Answered: []string{"a", "h"},
			Escalation: Escalation{Steps: []Step{{Kind: "reminder", Month: "2026-05"}}, Outcome: OutcomeNoResponse}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Build(tt.req, tt.related, nil, "Bretagne", false)
			tt.want.Version, tt.want.Kind, tt.want.Region, tt.want.Disclosed = Version, "access", "Bretagne", []Disclosed{}
			tt.want.Kinds = []string{"access"}
			for _, s := range tt.want.Escalation.Steps {
				tt.want.Kinds = append(tt.want.Kinds, s.Kind)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestFacts(t *testing.T) {
	in := []Fact{
		{"Score d’employabilité", "0,42"},
		{"  Modalité   d’accompagnement ", "Renforcé"},
		{"score d'employabilite", "0,99"}, // the same name again
		{"Nom de naissance", "Dupont"},
		{"Conseiller référent", "M. Lacombe"},
		{"Agence", "Lyon Part-Dieu"},
		{"E-mail", "x"},
		{"Date de la dernière mise à jour", "12/03/2026"},
		{"Segment", "une valeur bien trop longue pour être autre chose que du texte libre"},
		{"Catégorie", "jeanne@example.org"},
		{"Indicateur de contact", "06 12 34 56 78"},
		{"Pièce", "reponse-mai.PDF"},
		{"Annexe relevé.xlsx", "3"},
		{"", "orphan"},
		{"Un nom de plus de quatre-vingts caractères qui ne peut être qu’une phrase recopiée de la lettre", "1"},
	}
	tests := []struct {
		name       string
		withValues bool
		want       []Disclosed
	}{
		{"keeps names only without values", false, []Disclosed{{Name: "Score d’employabilité"}, {Name: "Modalité d’accompagnement"},
			{Name: "Date de la dernière mise à jour"}, {Name: "Segment"}, {Name: "Catégorie"}, {Name: "Indicateur de contact"}, {Name: "Pièce"}}},
		{"keeps short values that identify nobody", true, []Disclosed{{"Score d’employabilité", "0,42"}, {"Modalité d’accompagnement", "Renforcé"},
			{Name: "Date de la dernière mise à jour"}, {Name: "Segment"}, {Name: "Catégorie"}, {Name: "Indicateur de contact"}, {Name: "Pièce"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Facts(in, tt.withValues); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestScrubDropsFactsNamingTheUser(t *testing.T) {
	c := Build(sentAccess(), nil, []Fact{{"Dossier suivi par", "Mme HADDAD"}, {"Score", "0,42"}, {"Référence Dupont-2026", ""},
		{"Segment", "Vénissieux"}, {"Code", base64.StdEncoding.EncodeToString([]byte("A. HADDAD"))}}, "", true)
	got := c.Scrub([]string{"Jeanne Dupont", "Amina Haddad", "12 rue des Lilas\n69200 Venissieux", ""})
	want := []Disclosed{{"Score", "0,42"}}
	if !reflect.DeepEqual(got.Disclosed, want) {
		t.Errorf("scrubbed %q, want %q", got.Disclosed, want)
	}
}

func TestRegionOf(t *testing.T) {
	tests := []struct{ dep, want string }{
		{"69", "Auvergne-Rhône-Alpes"}, {" 2a ", "Corse"}, {"974", "La Réunion"}, {"75", "Île-de-France"},
		{"977", ""}, {"99", ""}, {"", ""}, {"1", ""},
	}
	for _, tt := range tests {
		if got := RegionOf(tt.dep); got != tt.want {
			t.Errorf("RegionOf(%q) = %q, want %q", tt.dep, got, tt.want)
		}
	}
	seen := map[string]bool{}
	for _, deps := range regions {
		for _, d := range deps {
			if seen[d] {
				t.Errorf("département %s is in two régions", d)
			}
			seen[d] = true
		}
	}
	if len(seen) != 101 {
		t.Errorf("%d départements, want 101", len(seen))
	}
	if KnownRegion("69") != "" || KnownRegion("Bretagne") != "Bretagne" {
		t.Error("KnownRegion lets a département through or drops a région")
	}
}
