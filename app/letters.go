package app

import (
	"time"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/rights"
)

// renderSnapshot builds the letter of in and returns it as the snapshot
// kept with a sent request, dated at. It returns a *carnet.MissingError
// naming the missing fields when the letter cannot be built.
func renderSnapshot(in rights.LetterInput, at time.Time) (rights.Snapshot, error) {
	l, err := carnet.PrepareLetter(in)
	if err != nil {
		return rights.Snapshot{}, err
	}
	return rights.Snapshot{PDF: l.PDF, Text: l.Text, CreatedAt: at}, nil
}
