package rights

import (
	"slices"

	"github.com/carnet-app/carnet/internal/journal"
)

// Validate checks a request and returns a *journal.ValidationError naming
// each field at fault, or nil. Dates must follow each other: sent, then
// received, then answered.
func (r Request) Validate() error {
	bad := map[string]string{}
	if !slices.Contains(Kinds(), r.Kind) {
		bad["kind"] = journal.ProblemUnknownValue
	}
	if r.Kind.FollowUp() && r.ParentID == "" {
		bad["parent"] = journal.ProblemRequired
	}
	if r.Mode != "" && !slices.Contains(SendModes(), r.Mode) {
		bad["mode"] = journal.ProblemUnknownValue
	}
	if r.Decision.Nature != "" && !slices.Contains(DecisionNatures, r.Decision.Nature) {
		bad["decision.nature"] = journal.ProblemUnknownValue
	}
	if r.Sent() && r.Mode == "" {
		bad["mode"] = journal.ProblemRequired
	}
	if !r.ReceivedOn.IsZero() && (!r.Sent() || r.ReceivedOn.Before(r.SentOn)) {
		bad["received_on"] = journal.ProblemBeforeSending
	}
	if !r.AnsweredOn.IsZero() && (!r.Sent() || r.AnsweredOn.Before(r.SentOn)) {
		bad["answered_on"] = journal.ProblemBeforeSending
	}
	if !r.ExtensionOn.IsZero() && (!r.Sent() || r.ExtensionOn.Before(r.SentOn)) {
		bad["extension_on"] = journal.ProblemBeforeSending
	}
	if !r.RefusedOn.IsZero() && (!r.Sent() || r.RefusedOn.Before(r.SentOn)) {
		bad["refused_on"] = journal.ProblemBeforeSending
	}
	for _, key := range r.AskedKeys {
		if !slices.ContainsFunc(allItems(r.Kind), func(it ChecklistItem) bool { return it.Key == key }) {
			bad["asked"] = journal.ProblemUnknownValue
		}
	}
	for key := range r.Checklist {
		found := false
		for _, it := range allItems(r.Kind) {
			found = found || it.Key == key
		}
		if !found {
			bad["checklist"] = journal.ProblemUnknownValue
		}
	}
	if len(bad) == 0 {
		return nil
	}
	return &journal.ValidationError{Fields: bad}
}
