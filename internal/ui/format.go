package ui

import (
	"math"

	"github.com/carnet-app/carnet/internal/journal"
)

// formatHours writes hours the way Carnet writes every duration: « 3 h 30 »,
// « 45 min ».
func formatHours(h float64) string { return journal.FormatMinutes(int(math.Round(h * 60))) }
