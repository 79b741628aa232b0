package app

import (
	"context"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/answerfind"
	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/store"
)

// confirmFacts confirms, as the window will, « Guidé » in March then
// « Renforcé » in October for the modality of the request.
func confirmFacts(t *testing.T, dir, id string) {
	t.Helper()
	s, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, c := range []struct {
		value, file string
		valid, on   time.Time
	}{
		{"Guidé", "reponse.pdf", time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC), time.Date(2026, 4, 2, 9, 0, 0, 0, time.UTC)},
		{"Renforcé", "cp1252.pdf", time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 10, 20, 9, 0, 0, 0, time.UTC)},
	} {
		a := carnet.New(s, func() time.Time { return c.on })
		if _, err := a.ConfirmFact(context.Background(), id, answerfind.Fact{Name: "Modalité d’accompagnement", Value: c.value,
			ValidOn: c.valid, File: c.file, Page: 1}); err != nil {
			t.Fatal(err)
		}
	}
}
