package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// barChart draws weekly hours as bars with a dashed-free target line,
// using plain canvas shapes.
type barChart struct {
	widget.BaseWidget
	values []float64 // hours per bar
	labels []string  // one under each bar
	target float64   // hours; 0 hides the line
	// targetText names the line (« objectif : 15 h »), in a legend under the bars.
	targetText string
}

func newBarChart() *barChart {
	c := &barChart{}
	c.ExtendBaseWidget(c)
	return c
}

// set replaces the data and redraws.
func (c *barChart) set(values []float64, labels []string, target float64) {
	c.values, c.labels, c.target = values, labels, target
	c.Refresh()
}

// CreateRenderer returns the chart's renderer.
func (c *barChart) CreateRenderer() fyne.WidgetRenderer {
	r := &barChartRenderer{chart: c, line: canvas.NewRectangle(color.Transparent), name: canvas.NewText("", color.Black)}
	r.rebuild()
	return r
}

type barChartRenderer struct {
	chart  *barChart
	bars   []*canvas.Rectangle
	values []*canvas.Text
	labels []*canvas.Text
	line   *canvas.Rectangle
	name   *canvas.Text // the line's name
}

func (r *barChartRenderer) rebuild() {
	n := len(r.chart.values)
	for len(r.bars) < n {
		r.bars = append(r.bars, canvas.NewRectangle(color.Transparent))
		r.values = append(r.values, canvas.NewText("", color.Black))
		r.labels = append(r.labels, canvas.NewText("", color.Black))
	}
	r.bars, r.values, r.labels = r.bars[:n], r.values[:n], r.labels[:n]
	primary := theme.Color(theme.ColorNamePrimary)
	fg := theme.Color(theme.ColorNameForeground)
	size := theme.TextSize() * 0.85
	for i, v := range r.chart.values {
		r.bars[i].FillColor = primary
		if r.chart.target > 0 && v < r.chart.target {
			r.bars[i].FillColor = faded(primary)
		}
		r.bars[i].CornerRadius = 2
		r.values[i].Text = formatHours(v)
		r.values[i].Color, r.values[i].TextSize = fg, size
		r.values[i].Alignment = fyne.TextAlignCenter
		label := ""
		if i < len(r.chart.labels) {
			label = r.chart.labels[i]
		}
		r.labels[i].Text, r.labels[i].Color, r.labels[i].TextSize = label, fg, size
		r.labels[i].Alignment = fyne.TextAlignCenter
	}
	r.line.FillColor = theme.Color(theme.ColorNameError)
	r.name.Text, r.name.Color, r.name.TextSize = "━━ "+r.chart.targetText, theme.Color(theme.ColorNameError), size
	r.name.TextStyle = fyne.TextStyle{Bold: true}
	if r.chart.target <= 0 {
		r.line.FillColor = color.Transparent
		r.name.Text = ""
	}
}

func (r *barChartRenderer) Layout(size fyne.Size) {
	n := len(r.bars)
	if n == 0 {
		return
	}
	textH := fyne.MeasureText("0", theme.TextSize()*0.85, fyne.TextStyle{}).Height
	legend := float32(0)
	if r.name.Text != "" {
		legend = textH + 4
	}
	plotTop, plotBottom := textH+2, size.Height-textH-4-legend
	plotH := plotBottom - plotTop
	maxV := r.chart.target
	for _, v := range r.chart.values {
		if v > maxV {
			maxV = v
		}
	}
	if maxV <= 0 {
		maxV = 1
	}
	slot := size.Width / float32(n)
	barW := slot * 0.6
	for i, v := range r.chart.values {
		h := float32(v/maxV) * plotH
		x := slot*float32(i) + (slot-barW)/2
		r.bars[i].Move(fyne.NewPos(x, plotBottom-h))
		r.bars[i].Resize(fyne.NewSize(barW, h))
		r.values[i].Move(fyne.NewPos(slot*float32(i), plotBottom-h-textH-1))
		r.values[i].Resize(fyne.NewSize(slot, textH))
		r.labels[i].Move(fyne.NewPos(slot*float32(i), plotBottom+2))
		r.labels[i].Resize(fyne.NewSize(slot, textH))
	}
	y := plotBottom - float32(r.chart.target/maxV)*plotH
	r.line.Move(fyne.NewPos(0, y-1))
	r.line.Resize(fyne.NewSize(size.Width, 2))
	r.name.Move(fyne.NewPos(0, size.Height-textH))
	r.name.Resize(fyne.NewSize(size.Width, textH))
}

func (r *barChartRenderer) MinSize() fyne.Size {
	return fyne.NewSize(float32(len(r.bars))*48, 180)
}

func (r *barChartRenderer) Refresh() {
	r.rebuild()
	r.Layout(r.chart.Size())
	canvas.Refresh(r.chart)
}

func (r *barChartRenderer) Objects() []fyne.CanvasObject {
	objs := make([]fyne.CanvasObject, 0, 3*len(r.bars)+1)
	for i := range r.bars {
		objs = append(objs, r.bars[i], r.values[i], r.labels[i])
	}
	return append(objs, r.line, r.name)
}

func (r *barChartRenderer) Destroy() {}

// faded returns c at half opacity, for weeks under the target.
func faded(c color.Color) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 110}
}
