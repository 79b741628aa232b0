package app

import (
	"fmt"
	"strings"
	"time"

	"github.com/carnet-app/carnet/internal/doc"
	"github.com/carnet-app/carnet/internal/pdf"
	"github.com/carnet-app/carnet/internal/rights"
)

// renderSnapshot builds the letter and renders it to PDF and text. It
// returns an error naming the missing fields when the letter cannot be built.
func renderSnapshot(in rights.LetterInput, at time.Time) (rights.Snapshot, error) {
	l, missing := rights.BuildLetter(in)
	if len(missing) > 0 {
		return rights.Snapshot{}, &missingError{keys: missing}
	}
	data, err := pdf.Letter(l)
	if err != nil {
		return rights.Snapshot{}, err
	}
	return rights.Snapshot{PDF: data, Text: doc.Text(l), CreatedAt: at}, nil
}

// missingError lists the fields a letter needs.
type missingError struct{ keys []string }

func (e *missingError) Error() string { return fmt.Sprintf("missing: %s", strings.Join(e.keys, ", ")) }
