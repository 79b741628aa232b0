package ui

import (
	"strings"
	"testing"
)

// TestTheChartsTargetLineIsNamed: the red line says what it is.
func TestTheChartsTargetLineIsNamed(t *testing.T) {
	u, _ := newTestUI(t)
	if got := u.home.chart.targetText; got != "objectif : 15 h" {
		t.Fatalf("target line named %q", got)
	}
	r := u.home.chart.CreateRenderer().(*barChartRenderer)
	if !strings.Contains(r.name.Text, "objectif : 15 h") {
		t.Fatalf("the legend draws %q", r.name.Text)
	}
}

// TestTheChartWritesDurationsLikeEverywhereElse: « 3 h 30 », not « 3,5 h ».
func TestTheChartWritesDurationsLikeEverywhereElse(t *testing.T) {
	for h, want := range map[float64]string{3.5: "3 h 30", 0.75: "45 min", 31.0833: "31 h 05", 15: "15 h"} {
		if got := formatHours(h); got != want {
			t.Errorf("formatHours(%v) = %q, want %q", h, got, want)
		}
	}
}
