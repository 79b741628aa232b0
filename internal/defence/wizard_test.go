package defence

import (
	"encoding/json"
	"os"
	"reflect"
	"testing"
)

func TestNextPicksTheLetterFromTheKindAndWhatWasSent(t *testing.T) {
	suspension := Notice{Kind: KindSanction, Sanction: Sanction{Measure: MeasureSuspension}}
	suppression := Notice{Kind: KindSanction, Sanction: Sanction{Measure: MeasureSuppression}}
	tests := []struct {
		name   string
		notice Notice
		sent   []LetterKind
		letter LetterKind
		key    string
		later  []LetterKind
	}{
		{"a control is answered with the dossier", Notice{Kind: KindControl}, nil, LetterObservations, "observations_control", nil},
		{"after answering a control, wait", Notice{Kind: KindControl}, []LetterKind{LetterObservations}, "", ChoiceWait, nil},
		{"an information before a sanction calls for observations", Notice{Kind: KindPreSanction}, nil, LetterObservations, "observations", nil},
		{"after observations on it, wait for the decision", Notice{Kind: KindPreSanction}, []LetterKind{LetterObservations}, "", ChoiceWait, nil},
		{"a warning: observations first", Notice{Kind: KindWarning}, nil, LetterObservations, "observations", []LetterKind{LetterAppeal, LetterMediation}},
		{"a warning after observations: the appeal", Notice{Kind: KindWarning}, []LetterKind{LetterObservations}, LetterAppeal, "appeal", []LetterKind{LetterMediation}},
		{"a warning after the appeal: the mediator", Notice{Kind: KindWarning}, []LetterKind{LetterObservations, LetterAppeal}, LetterMediation, "mediation", nil},
		{"a warning with everything sent", Notice{Kind: KindWarning}, LetterKinds(), "", ChoiceDone, nil},
		{"a suspension: lift it first", suspension, nil, LetterRemobilisation, "remobilisation", []LetterKind{LetterAppeal, LetterMediation}},
		{"a suspension after lifting: the appeal", suspension, []LetterKind{LetterRemobilisation}, LetterAppeal, "appeal", []LetterKind{LetterMediation}},
		{"a suppression cannot be lifted: the appeal", suppression, nil, LetterAppeal, "appeal", []LetterKind{LetterMediation}},
		{"a radiation: the appeal, then the mediator", Notice{Kind: KindRadiation}, nil, LetterAppeal, "appeal", []LetterKind{LetterMediation}},
		{"a repayment claim after the appeal: the mediator", Notice{Kind: KindRepayment}, []LetterKind{LetterAppeal}, LetterMediation, "mediation", nil},
		{"a repayment claim with both sent", Notice{Kind: KindRepayment}, []LetterKind{LetterMediation, LetterAppeal}, "", ChoiceDone, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Next(tt.notice, tt.sent)
			if c.Letter != tt.letter || c.Key != tt.key || !reflect.DeepEqual(c.Later, tt.later) && len(c.Later)+len(tt.later) > 0 {
				t.Errorf("Next = %+v, want letter %q key %q later %v", c, tt.letter, tt.key, tt.later)
			}
			if c.Letter != "" && !c.Letter.Fits(tt.notice) {
				t.Errorf("Next proposes a %s letter that does not fit a %s", c.Letter, tt.notice.Kind)
			}
		})
	}
}

func catalogue(t *testing.T, lang string) map[string]string {
	t.Helper()
	data, err := os.ReadFile("../../i18n/" + lang + ".json")
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestEveryKeyTheWindowWillShowIsTranslated checks the keys built from
// this package's values, in French and English.
func TestEveryKeyTheWindowWillShowIsTranslated(t *testing.T) {
	var keys []string
	add := func(prefix string, values ...string) {
		for _, v := range values {
			keys = append(keys, prefix+v)
		}
	}
	for _, k := range Kinds() {
		add("defence.kind.", string(k))
	}
	for _, f := range FailureKinds() {
		add("defence.failure.", string(f))
	}
	for _, u := range Units() {
		add("defence.unit.", string(u))
	}
	for _, r := range ReasonKinds() {
		add("defence.reason.", string(r))
	}
	for _, l := range LetterKinds() {
		add("defence.letter.", string(l))
	}
	add("defence.measure.", string(MeasureSuspension), string(MeasureSuppression))
	add("defence.routes.", "unknown", string(RoutesStated), string(RoutesMissing), "question")
	for _, k := range ChoiceKeys() {
		c := Choice{Key: k}
		keys = append(keys, c.TitleKey(), c.DoesKey(), c.DoesNotKey())
	}
	keys = append(keys, ParallelKey, "defence.to_check", "defence.unit.help")
	add("error.", ProblemSeenBeforeNotice, ProblemRate, ProblemMonths, ProblemPeriodLength, ProblemAmount)
	add("missing.", MissingLetterKind, MissingNoticeDate, MissingFailure, MissingPeriod, MissingDossier, MissingDossierPeriod,
		MissingAnswers, MissingActs, MissingContest, MissingGrounds)
	for _, lang := range []string{"fr", "en"} {
		cat := catalogue(t, lang)
		for _, k := range keys {
			if cat[k] == "" {
				t.Errorf("%s.json lacks %q", lang, k)
			}
		}
	}
}
