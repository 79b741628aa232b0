package casefile

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// JSON returns the case file as indented JSON ending with a newline, the
// format docs/case-file.schema.json describes. It returns an error only if
// encoding fails, which a CaseFile cannot make happen.
func (c CaseFile) JSON() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(c); err != nil {
		return nil, fmt.Errorf("case file: %w", err)
	}
	return buf.Bytes(), nil
}
