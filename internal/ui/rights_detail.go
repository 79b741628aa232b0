package ui

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// requestDetail tracks a sent request: receipt, extension, answer and its
// checklist, the clocks with their rules, and the next steps.
type requestDetail struct {
	formBase
	req      rights.Request
	all      []rights.Request
	profile  journal.Profile
	done     func(reopen string)
	content  fyne.CanvasObject
	received *formEntry
	extended *formEntry
	answered *formEntry
	refused  *formEntry
	checks   map[string]*widget.Check
	routes   *widget.Check
	clocks   *widget.Label
	summary  *widget.Label

	saveButton     *widget.Button
	reminderButton *widget.Button
	cnilButton     *widget.Button
	cadaButton     *widget.Button
	next           *fyne.Container // what to do next, at the top
	answer         *answerPanel    // the answer's files and what they say
	scroll         *container.Scroll
}

func newRequestDetail(u *UI, r rights.Request, all []rights.Request, p journal.Profile, done func(string)) *requestDetail {
	d := &requestDetail{req: r, all: all, profile: p, done: done, checks: map[string]*widget.Check{}}
	d.formBase = newFormBase(u, d.onSaveTapped, func() { d.done("") })
	d.check = func() (map[string]string, validator) {
		r, bad := d.read()
		return bad, r
	}
	d.problemText = func(field, code string) string {
		if code != journal.ProblemBeforeSending || d.req.SentOn.IsZero() {
			return ""
		}
		return u.tr.T("error.before_sending."+field, journal.FormatShortDate(d.req.SentOn))
	}
	d.buildUI()
	return d
}

func (d *requestDetail) buildUI() {
	tr, lbl, r := d.ui.tr, d.ui.lbl, d.req
	st := r.StatusOn(journal.Day(d.ui.today()), d.profile.Departement, rights.Escalated(d.all)[r.ID])
	title := widget.NewLabelWithStyle(lbl.requestKind(r.Kind)+" — "+lbl.requestStatus(st), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	sent := tr.T("rights.sent_line", lbl.longDate(r.SentOn), lbl.sendMode(r.Mode))
	if r.RegisteredNumber != "" {
		sent += " — " + tr.T("rights.registered_short", r.RegisteredNumber)
	}
	d.received = d.entry(tr.T("form.date_placeholder"), journal.FormatShortDate(r.ReceivedOn))
	d.extended = d.entry(tr.T("form.date_placeholder"), journal.FormatShortDate(r.ExtensionOn))
	d.answered = d.entry(tr.T("form.date_placeholder"), journal.FormatShortDate(r.AnsweredOn))
	d.refused = d.entry(tr.T("form.date_placeholder"), journal.FormatShortDate(r.RefusedOn))
	d.clocks = widget.NewLabel(d.clocksText())
	d.clocks.Wrapping = fyne.TextWrapWord
	c := d.currentCase()
	d.summary = widget.NewLabel(caseSummary(d.ui, c))
	d.summary.Wrapping = fyne.TextWrapWord

	sentLine := widget.NewLabel(sent)
	sentLine.Wrapping = fyne.TextWrapWord
	rows := []fyne.CanvasObject{boldLabel(tr.T("rights.sent")), sentLine}
	if r.Kind.FollowUp() && r.Mode == rights.ModeRegistered {
		rows = append(rows, boldLabel(tr.T("rights.received_on")), d.field("received_on", d.received))
	}
	if !r.Kind.FollowUp() {
		receivedHelp := widget.NewLabel(tr.T("rights.received_help"))
		receivedHelp.Wrapping = fyne.TextWrapWord
		rows = append(rows,
			boldLabel(tr.T("rights.received_on")), d.field("received_on", d.received, receivedHelp),
			boldLabel(tr.T("rights.extension_on")), d.field("extension_on", d.extended),
			boldLabel(tr.T("rights.case")), d.summary,
			boldLabel(tr.T("rights.clocks")), d.clocksPart(),
			boldLabel(tr.T("rights.answered_on")), d.field("answered_on", d.answered),
			boldLabel(tr.T("rights.refused_on")), d.field("refused_on", d.refused),
		)
		if r.Kind.HasCRPATrack() {
			d.routes = widget.NewCheck("", nil)
			d.routes.SetChecked(r.RoutesMentioned)
			help := widget.NewLabel(tr.T("rights.routes_help"))
			help.Wrapping = fyne.TextWrapWord
			rows = append(rows, widget.NewLabel(""), container.NewVBox(checkLine(d.routes, tr.T("rights.routes_mentioned")), help))
		}
		checks := container.NewVBox()
		for _, it := range r.Asked() {
			c := widget.NewCheck("", nil)
			c.SetChecked(r.Checklist[it.Key])
			d.checks[it.Key] = c
			checks.Add(checkLine(c, tr.T("check."+it.Key)))
		}
		rows = append(rows, boldLabel(tr.T("rights.checklist")), checks)
	}
	d.saveButton = widget.NewButtonWithIcon(tr.T("action.save"), theme.DocumentSaveIcon(), d.onSaveTapped)
	d.saveButton.Importance = widget.HighImportance
	back := widget.NewButtonWithIcon(tr.T("rights.back_to_list"), theme.NavigateBackIcon(), func() { d.done("") })
	letter := widget.NewButtonWithIcon(tr.T("rights.letter_as_sent"), theme.FileIcon(), d.onSnapshotTapped)
	if r.Snapshot == nil {
		letter.Disable()
	}
	d.reminderButton = widget.NewButton(tr.T("rights.make_reminder"), func() { d.ui.rights.openFollowUp(rights.KindReminder, d.req) })
	d.cnilButton = widget.NewButton(tr.T("rights.make_cnil"), func() { d.ui.rights.openFollowUp(rights.KindCNIL, d.req) })
	d.cadaButton = widget.NewButton(tr.T("rights.make_cada"), func() { d.ui.rights.openFollowUp(rights.KindCADA, d.req) })
	newVersion := widget.NewButtonWithIcon(tr.T("rights.new_version"), theme.ContentCopyIcon(), d.onNewVersionTapped)
	next := container.NewVBox()
	if !r.Kind.FollowUp() && (c.ReminderGrounds() || c.CNILGrounds() || c.CADAGrounds()) {
		help := widget.NewLabel(tr.T("rights.next_steps_help"))
		help.Wrapping = fyne.TextWrapWord
		next.Add(help)
		buttons := newFlow()
		for _, b := range []struct {
			ok     bool
			button *widget.Button
		}{{c.ReminderGrounds(), d.reminderButton}, {c.CNILGrounds(), d.cnilButton}, {c.CADAGrounds() && !c.CADAGroundsLost(), d.cadaButton}} {
			if b.ok {
				buttons.Add(b.button)
			}
		}
		next.Add(buttons)
	}
	followUps := d.followUpsText()
	// What to do next comes first: a late request must not hide it after a long scroll.
	body := container.NewVBox(next, container.New(newFormLayout(), rows...))
	d.next = next
	if followUps != "" {
		body.Add(widget.NewCard(tr.T("rights.follow_ups"), "", widget.NewLabel(followUps)))
	}
	if !r.Kind.FollowUp() && r.Sent() {
		d.answer = newAnswerPanel(d)
		body.Add(d.answer.content)
	}
	buttons := newFlow(back, d.saveButton, letter)
	if !r.Kind.FollowUp() {
		buttons.Add(newVersion)
	}
	if r.Sent() {
		buttons.Add(widget.NewButtonWithIcon(tr.T("casefile.title")+"…", theme.DocumentIcon(), func() { d.ui.showCaseFile(d.req.ID) }))
	}
	d.scroll = container.NewVScroll(body)
	d.content = container.NewBorder(title, container.NewPadded(buttons), nil, nil, d.scroll)
}

// clocksText lists the running deadlines, each with its rule in plain
// words; clockReferences gives the texts setting them.
func (d *requestDetail) clocksText() string {
	clocks := d.req.Clocks(d.profile.Departement)
	if len(clocks) == 0 {
		return d.ui.tr.T("rights.no_clock")
	}
	var lines []string
	for _, c := range clocks {
		lines = append(lines, d.ui.tr.T("due.line", d.ui.lbl.clock(c.Kind), d.ui.lbl.longDate(c.Due))+"\n   ("+c.PlainRule(d.ui.tr.Lang())+")")
	}
	return strings.Join(lines, "\n")
}

// clockReferences lists, for each running deadline, the text setting it.
func (d *requestDetail) clockReferences() string {
	var lines []string
	for _, c := range d.req.Clocks(d.profile.Departement) {
		lines = append(lines, d.ui.tr.T("rights.reference_line", d.ui.lbl.clock(c.Kind), c.Basis(d.ui.tr.Lang())))
	}
	return strings.Join(lines, "\n")
}

func (d *requestDetail) followUpsText() string {
	var lines []string
	for _, r := range d.all {
		if r.ParentID == d.req.ID {
			day := r.SentOn
			state := d.ui.tr.T("rstatus.sent")
			if day.IsZero() {
				day, state = r.CreatedAt, d.ui.tr.T("rstatus.draft")
			}
			lines = append(lines, fmt.Sprintf("%s — %s (%s)", journal.FormatShortDate(day), d.ui.lbl.requestKind(r.Kind), state))
		}
	}
	return strings.Join(lines, "\n")
}

// optionalDate parses a date field that may be empty.
func optionalDate(e *formEntry, field string, bad map[string]string) time.Time {
	s := strings.TrimSpace(e.Text)
	if s == "" {
		return time.Time{}
	}
	t, err := journal.ParseFrenchDate(s)
	switch {
	case errors.Is(err, journal.ErrYearOutOfRange):
		bad[field] = journal.ProblemYearRange
	case err != nil:
		bad[field] = journal.ProblemInvalidDate
	}
	return t
}

// read builds the request from the fields; parse problems are returned per field.
func (d *requestDetail) read() (rights.Request, map[string]string) {
	r := d.req
	bad := map[string]string{}
	if !r.Kind.FollowUp() || r.Mode == rights.ModeRegistered {
		r.ReceivedOn = optionalDate(d.received, "received_on", bad)
	}
	if !r.Kind.FollowUp() {
		r.ExtensionOn = optionalDate(d.extended, "extension_on", bad)
		r.AnsweredOn = optionalDate(d.answered, "answered_on", bad)
		r.RefusedOn = optionalDate(d.refused, "refused_on", bad)
		if d.routes != nil {
			r.RoutesMentioned = d.routes.Checked
		}
		// Entries not shown (items no longer asked) are kept as they are.
		checklist := map[string]bool{}
		for key, v := range d.req.Checklist {
			checklist[key] = v
		}
		for key, c := range d.checks {
			if _, had := checklist[key]; had || c.Checked {
				checklist[key] = c.Checked
			}
		}
		r.Checklist = checklist
	}
	return r, bad
}

func (d *requestDetail) onSaveTapped() {
	r, bad := d.read()
	if d.rejects(bad, r) {
		return
	}
	saved, err := d.ui.svc.SaveRequest(d.ui.ctx, r)
	if err != nil {
		d.ui.showError(err)
		return
	}
	d.done(saved.ID)
}

// currentCase decides the facts of the request as recorded today.
func (d *requestDetail) currentCase() rights.Case {
	return rights.CaseOf(d.req, rights.FollowUpsOf(d.all, d.req.ID, ""), d.profile.Departement, journal.Day(d.ui.today()))
}

// onNewVersionTapped opens the wizard on a new draft copied from this
// request: a new letter dated today, sent as a new request that starts
// every clock again. The letter as sent stays as it was.
func (d *requestDetail) onNewVersionTapped() {
	r := d.req
	r.ID, r.SentOn, r.RegisteredNumber, r.Snapshot = "", time.Time{}, "", nil
	r.ReceivedOn, r.ExtensionOn, r.AnsweredOn, r.RefusedOn = time.Time{}, time.Time{}, time.Time{}, time.Time{}
	r.Checklist, r.AskedKeys, r.RoutesMentioned = nil, nil, false
	d.ui.rights.openCopy(r)
}

func (d *requestDetail) onSnapshotTapped() {
	d.ui.saveAs(string(d.req.Kind)+"-"+d.req.SentOn.Format("2006-01-02")+".pdf", d.req.Snapshot.PDF, nil)
}

// clocksPart is the deadlines in plain words, with the texts setting them
// folded under « Références ».
func (d *requestDetail) clocksPart() fyne.CanvasObject {
	refs := d.clockReferences()
	if refs == "" {
		return d.clocks
	}
	return container.NewVBox(d.clocks, d.ui.references(refs))
}
