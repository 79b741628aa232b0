package ui

import (
	"strconv"
	"strings"
)

// formatHours writes hours with one decimal at most, French style: "6,5 h".
func formatHours(h float64) string {
	s := strconv.FormatFloat(h, 'f', 1, 64)
	s = strings.TrimSuffix(s, ".0")
	return strings.Replace(s, ".", ",", 1) + " h"
}
