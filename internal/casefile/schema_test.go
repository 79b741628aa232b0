package casefile

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/carnet-app/carnet/internal/rights"
)

// schemaKeywords are the JSON Schema (draft 2020-12) keywords validate
// understands; a schema using any other fails the test instead of being
// half-checked.
var schemaKeywords = []string{"$schema", "$id", "title", "description", "$defs", "$ref", "type", "properties",
	"required", "additionalProperties", "items", "minItems", "enum", "const", "pattern", "minLength", "maxLength", "minimum"}

// validate checks v against schema s (the subset in schemaKeywords), with
// root for "#/$defs/…" references, and returns every violation with its
// path.
func validate(root, s map[string]any, v any, path string) []string {
	errs := validateGeneric(root, s, v, path)
	switch v := v.(type) {
	case map[string]any:
		errs = append(errs, validateObject(root, s, v, path)...)
	case []any:
		errs = append(errs, validateArray(root, s, v, path)...)
	case string:
		errs = append(errs, validateString(s, v, path)...)
	case float64:
		if m, ok := s["minimum"].(float64); ok && v < m {
			errs = append(errs, fmt.Sprintf("%s: %v below %v", path, v, m))
		}
	}
	return errs
}

// validateGeneric checks what applies to any value: the schema's keywords
// are known, and the value matches its $ref, const, enum and type.
func validateGeneric(root, s map[string]any, v any, path string) []string {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, path+": "+fmt.Sprintf(format, args...)) }
	for k := range s {
		if !slices.Contains(schemaKeywords, k) {
			bad("schema keyword %q not supported by this validator", k)
		}
	}
	if ref, ok := s["$ref"].(string); ok {
		def, _ := root["$defs"].(map[string]any)[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any)
		if def == nil {
			bad("unresolved $ref %s", ref)
		} else {
			errs = append(errs, validate(root, def, v, path)...)
		}
	}
	if c, ok := s["const"]; ok && !reflect.DeepEqual(c, v) {
		bad("%v is not the constant %v", v, c)
	}
	if e, ok := s["enum"].([]any); ok && !slices.ContainsFunc(e, func(x any) bool { return reflect.DeepEqual(x, v) }) {
		bad("%v is not one of %v", v, e)
	}
	if t, ok := s["type"].(string); ok && !hasType(v, t) {
		bad("%v is not of type %s", v, t)
	}
	return errs
}

// validateObject checks an object's required and allowed properties, and
// each property against its schema.
func validateObject(root, s map[string]any, v map[string]any, path string) []string {
	var errs []string
	props, _ := s["properties"].(map[string]any)
	for _, r := range asSlice(s["required"]) {
		if _, ok := v[r.(string)]; !ok {
			errs = append(errs, fmt.Sprintf("%s: missing required %q", path, r))
		}
	}
	for k, x := range v {
		if ps, ok := props[k].(map[string]any); ok {
			errs = append(errs, validate(root, ps, x, path+"."+k)...)
		} else if s["additionalProperties"] == false {
			errs = append(errs, fmt.Sprintf("%s: property %q not allowed", path, k))
		}
	}
	return errs
}

// validateArray checks an array's length and each item.
func validateArray(root, s map[string]any, v []any, path string) []string {
	var errs []string
	if m, ok := s["minItems"].(float64); ok && float64(len(v)) < m {
		errs = append(errs, fmt.Sprintf("%s: %d items, fewer than %v", path, len(v), m))
	}
	if is, ok := s["items"].(map[string]any); ok {
		for i, x := range v {
			errs = append(errs, validate(root, is, x, fmt.Sprintf("%s[%d]", path, i))...)
		}
	}
	return errs
}

// validateString checks a string's pattern and length in characters.
func validateString(s map[string]any, v, path string) []string {
	var errs []string
	if p, ok := s["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(v) {
		errs = append(errs, fmt.Sprintf("%s: %q does not match %s", path, v, p))
	}
	n := float64(utf8.RuneCountInString(v))
	if m, ok := s["minLength"].(float64); ok && n < m {
		errs = append(errs, fmt.Sprintf("%s: %q shorter than %v", path, v, m))
	}
	if m, ok := s["maxLength"].(float64); ok && n > m {
		errs = append(errs, fmt.Sprintf("%s: %q longer than %v", path, v, m))
	}
	return errs
}

func asSlice(x any) []any { s, _ := x.([]any); return s }

func hasType(v any, t string) bool {
	switch t {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "integer":
		f, ok := v.(float64)
		return ok && f == math.Trunc(f)
	}
	return false
}

func loadSchema(t *testing.T) map[string]any {
	t.Helper()
	b, err := os.ReadFile("../../docs/case-file.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var s map[string]any
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	if s["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Fatalf("$schema is %v", s["$schema"])
	}
	return s
}

// fullCase is a case with every field filled: an answer, a refusal,
// follow-ups with and without a response, facts with values.
func fullCase() CaseFile {
	r := rights.Request{ID: "r", Kind: rights.KindAccess, Mode: rights.ModeRegistered, SentOn: d(2026, 1, 5),
		ReceivedOn: d(2026, 1, 8), AnsweredOn: d(2026, 4, 2), RefusedOn: d(2026, 2, 20), Checklist: map[string]bool{"a": true, "r3": true}}
	r = r.WithAskedKeys()
	related := []rights.Request{
		{ID: "1", ParentID: "r", Kind: rights.KindReminder, SentOn: d(2026, 2, 16)},
		{ID: "2", ParentID: "r", Kind: rights.KindCNIL, SentOn: d(2026, 5, 1)},
	}
	return Build(r, related, []Fact{{"Score d’employabilité", "0,42"}, {"Segment", "C"}, {"Diagnostic", ""}}, "Île-de-France", true)
}

func decoded(t *testing.T, c CaseFile) map[string]any {
	t.Helper()
	b, err := c.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var v map[string]any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestCaseFilesValidateAgainstTheSchema(t *testing.T) {
	s := loadSchema(t)
	empty := Build(rights.Request{ID: "x", Kind: rights.KindObjection}, nil, nil, "", false)
	for name, c := range map[string]CaseFile{"full": fullCase(), "names only": fullCase(), "draft": empty} {
		if name == "names only" {
			c = Build(rights.Request{ID: "r", Kind: rights.KindExplanation, SentOn: d(2026, 1, 5), Mode: rights.ModeEmail}, nil,
				[]Fact{{"Score", "1"}}, "Corse", false)
		}
		if errs := validate(s, s, decoded(t, c), "$"); len(errs) > 0 {
			t.Errorf("%s case file does not validate:\n%s", name, strings.Join(errs, "\n"))
		}
	}
}

func TestTheSchemaRefusesWhatACaseFileMustNotHold(t *testing.T) {
	s := loadSchema(t)
	tests := []struct {
		name   string
		change func(v map[string]any)
	}{
		{"a day in a month", func(v map[string]any) { v["sent_month"] = "2026-01-05" }},
		{"a département for the région", func(v map[string]any) { v["region"] = "69" }},
		{"a name", func(v map[string]any) { v["name"] = "Jeanne Dupont" }},
		{"another version", func(v map[string]any) { v["version"] = 2.0 }},
		{"an unknown item", func(v map[string]any) { v["items_asked"] = []any{"address"} }},
		{"free text in a fact value", func(v map[string]any) {
			v["disclosed"] = []any{map[string]any{"name": "Note", "value": strings.Repeat("texte libre ", 5)}}
		}},
		{"a file name in a response", func(v map[string]any) { v["answer"].(map[string]any)["file"] = "reponse.pdf" }},
		{"a negative delay", func(v map[string]any) { v["answer"].(map[string]any)["delay_days"] = -3.0 }},
		{"a fractional delay", func(v map[string]any) { v["answer"].(map[string]any)["delay_days"] = 1.5 }},
		{"no escalation", func(v map[string]any) { delete(v, "escalation") }},
		{"an unknown outcome", func(v map[string]any) { v["escalation"].(map[string]any)["outcome"] = "won" }},
		{"a step with a day", func(v map[string]any) {
			v["escalation"].(map[string]any)["steps"].([]any)[0].(map[string]any)["date"] = "2026-02-16"
		}},
	}
	for _, tt := range tests {
		v := decoded(t, fullCase())
		tt.change(v)
		if errs := validate(s, s, v, "$"); len(errs) == 0 {
			t.Errorf("the schema accepts %s", tt.name)
		}
	}
}

// TestTheSchemaListsWhatTheCodeWrites keeps the schema's enums and the
// Go tables in step.
func TestTheSchemaListsWhatTheCodeWrites(t *testing.T) {
	s := loadSchema(t)
	defs := s["$defs"].(map[string]any)
	props := s["properties"].(map[string]any)
	strs := func(x any) []string {
		var out []string
		for _, e := range asSlice(x) {
			out = append(out, e.(string))
		}
		sort.Strings(out)
		return out
	}
	var items, kinds, outcomes []string
	for k := range itemLabels {
		items = append(items, k)
	}
	for _, k := range rights.Kinds() {
		kinds = append(kinds, string(k))
	}
	for _, o := range Outcomes() {
		outcomes = append(outcomes, string(o))
	}
	regionsWant := append(Regions(), "")
	for _, c := range []struct {
		name      string
		got, want []string
	}{
		{"items", strs(defs["item"].(map[string]any)["enum"]), items},
		{"kinds", strs(defs["kind"].(map[string]any)["enum"]), kinds},
		{"regions", strs(props["region"].(map[string]any)["enum"]), regionsWant},
		{"outcomes", strs(props["escalation"].(map[string]any)["properties"].(map[string]any)["outcome"].(map[string]any)["enum"]), outcomes},
	} {
		sort.Strings(c.want)
		if !slices.Equal(c.got, c.want) {
			t.Errorf("schema %s %q, code %q", c.name, c.got, c.want)
		}
	}
	// Every item a letter of any kind asks has a label (and so is in the schema).
	for _, k := range rights.Kinds() {
		r := rights.Request{Kind: k, Statement: "x", Decision: rights.Decision{ScoreWeighed: true}}
		for _, it := range r.Asked() {
			if _, ok := itemLabels[it.Key]; !ok {
				t.Errorf("item %q of %s has no label", it.Key, k)
			}
		}
	}
}
