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
