package rights

import (
	"errors"
	"testing"

	"github.com/carnet-app/carnet/internal/journal"
)

// A decision's nature must be one the letters know, or none: an imported
// "suspension" is refused instead of being lost at the next save.
func TestValidateDecisionNature(t *testing.T) {
	for _, c := range []struct {
		nature string
		ok     bool
	}{
		{"", true},
		{"sanction", true},
		{"other", true},
		{"suspension", false},
		{"Sanction", false},
	} {
		err := Request{Kind: KindExplanation, Decision: Decision{Nature: c.nature}}.Validate()
		var ve *journal.ValidationError
		switch {
		case c.ok && err != nil:
			t.Errorf("nature %q refused: %v", c.nature, err)
		case !c.ok && (!errors.As(err, &ve) || ve.Fields["decision.nature"] != journal.ProblemUnknownValue):
			t.Errorf("nature %q: %v, want decision.nature unknown", c.nature, err)
		}
	}
}
