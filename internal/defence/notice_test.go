package defence

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

func validWarning() Notice {
	return Notice{Kind: KindWarning, Date: day("2026-11-20"), SeenOn: day("2026-11-26"), Reference: "AV-2026-118",
		Failure:    Failure{Kind: FailureSearch, Text: "Vous n'avez pas justifié d'actes positifs et répétés de recherche d'emploi"},
		PeriodFrom: day("2026-09-01"), PeriodTo: day("2026-10-31"), Deadline: Period{N: 10},
		Addressee: []string{"France Travail Lyon Part-Dieu", "12 rue Garibaldi", "69003 Lyon"}}
}

func TestNoticeValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Notice)
		want   map[string]string
	}{
		{"accepts a complete warning", func(*Notice) {}, nil},
		{"accepts a control questionnaire without failure or deadline", func(n *Notice) {
			*n = Notice{Kind: KindControl, Date: day("2026-11-02")}
		}, nil},
		{"refuses an unknown kind and a missing date", func(n *Notice) { n.Kind = "letter"; n.Date = zero(); n.SeenOn = zero() },
			map[string]string{"kind": journal.ProblemRequired, "date": journal.ProblemRequired}},
		{"refuses a day seen before the notice's date", func(n *Notice) { n.SeenOn = day("2026-11-19") },
			map[string]string{"seen_on": ProblemSeenBeforeNotice}},
		{"refuses a warning without the failure it states", func(n *Notice) { n.Failure.Text = "  " },
			map[string]string{"failure": journal.ProblemRequired}},
		{"refuses an unknown failure kind", func(n *Notice) { n.Failure.Kind = "laziness" },
			map[string]string{"failure_kind": journal.ProblemUnknownValue}},
		{"refuses half a period", func(n *Notice) { n.PeriodTo = zero() },
			map[string]string{"period": journal.ProblemRequired}},
		{"refuses a period ending before it starts", func(n *Notice) { n.PeriodTo = day("2026-08-01") },
			map[string]string{"period": journal.ProblemInvalidDate}},
		{"refuses a time limit of 200 days or 13 months", func(n *Notice) { n.Deadline = Period{N: 13, Unit: UnitMonths} },
			map[string]string{"deadline": ProblemPeriodLength}},
		{"refuses an unknown unit", func(n *Notice) { n.Deadline.Unit = "weeks" },
			map[string]string{"deadline_unit": journal.ProblemUnknownValue}},
		{"refuses a sanction without its terms", func(n *Notice) { n.Kind = KindSanction },
			map[string]string{"measure": journal.ProblemRequired, "rate": ProblemRate, "months": ProblemMonths, "start": journal.ProblemRequired}},
		{"refuses a suspension of 20 % for five months", func(n *Notice) {
			n.Kind = KindSanction
			n.Sanction = Sanction{Measure: MeasureSuspension, Rate: 20, Months: 5, Start: day("2026-12-01")}
		}, map[string]string{"rate": ProblemRate, "months": ProblemMonths}},
		{"accepts a suspension of 30 % for two months", func(n *Notice) {
			n.Kind = KindSanction
			n.Sanction = Sanction{Measure: MeasureSuspension, Rate: 30, Months: 2, Start: day("2026-12-01")}
		}, nil},
		{"refuses a too long reference and addressee line", func(n *Notice) {
			n.Reference = strings.Repeat("x", 201)
			n.Addressee = []string{strings.Repeat("y", 201)}
		}, map[string]string{"reference": journal.ProblemTooLong, "addressee": journal.ProblemTooLong}},
		{"refuses a negative amount and unknown routes", func(n *Notice) { n.AmountCents = -1; n.RoutesStated = "maybe" },
			map[string]string{"amount": ProblemAmount, "routes": journal.ProblemUnknownValue}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := validWarning()
			tt.change(&n)
			err := n.Validate()
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Validate: %v", err)
				}
				return
			}
			var ve *journal.ValidationError
			if !errors.As(err, &ve) || !reflect.DeepEqual(ve.Fields, tt.want) {
				t.Errorf("Validate = %v, want %v", err, tt.want)
			}
		})
	}
}

func zero() (t time.Time) { return }
