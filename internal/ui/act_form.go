package ui

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/journal"
)

// actForm adds or edits one act. Nothing is written until Save succeeds.
type actForm struct {
	formBase
	act     journal.Act // the act being edited; zero ID when new
	done    func(deleted *journal.Act)
	content fyne.CanvasObject

	date, startTime, duration                     *formEntry
	label, organisation, offerRef                 *formEntry
	contactName, contactRole, contactEmail, phone *formEntry
	nextAction, nextActionOn, notes, statusSince  *formEntry
	theme, actType, channel, status               *widget.Select
	shownTheme                                    int // the theme whose démarches are listed
	private                                       *widget.Check
	duplicate                                     *widget.Label
	typing                                        debouncer // the organisation typed
	duplicates                                    loadSlot  // the search for earlier applications
	attachments                                   *attachmentEditor
}

func newActForm(u *UI, act *journal.Act, done func(deleted *journal.Act)) *actForm {
	f := &actForm{done: done}
	f.formBase = newFormBase(u, f.onSaveTapped, f.onCancelTapped)
	f.check = func() (map[string]string, validator) {
		v, bad := f.read()
		return bad, entry{v, u.today()}
	}
	if act != nil {
		f.act = *act
	} else {
		// No démarche is chosen for the user: Enter on a blank form must not
		// record an application nobody made.
		f.act = journal.Act{Date: journal.Day(u.today()), Minutes: 60, Theme: "P03",
			Channel: journal.ChannelFranceTravail}
	}
	f.buildUI()
	return f
}

func (f *actForm) buildUI() {
	tr, a := f.ui.tr, f.act
	f.date = f.entry(tr.T("form.date_placeholder"), journal.FormatShortDate(a.Date))
	f.startTime = f.entry(tr.T("form.time_placeholder"), a.StartTime)
	f.duration = f.entry(tr.T("form.duration_placeholder"), journal.FormatMinutes(a.Minutes))
	f.label = f.entry(tr.T("act.label_placeholder"), a.Label)
	f.organisation = f.entry("", a.Organisation)
	f.contactName = f.entry(tr.T("act.contact_name"), a.Contact.Name)
	f.contactRole = f.entry(tr.T("act.contact_role"), a.Contact.Role)
	f.contactEmail = f.entry(tr.T("act.contact_email"), a.Contact.Email)
	f.phone = f.entry(tr.T("act.contact_phone"), a.Contact.Phone)
	f.offerRef = f.entry(tr.T("act.offer_placeholder"), a.OfferRef)
	f.nextAction = f.entry(tr.T("act.next_action_placeholder"), a.NextAction)
	f.nextActionOn = f.entry(tr.T("form.date_placeholder"), journal.FormatShortDate(a.NextActionOn))
	f.notes = f.multiLine(a.Notes)
	f.statusSince = f.entry(tr.T("act.status_since_placeholder"), "")
	f.duplicate = widget.NewLabel("")
	f.duplicate.Importance = widget.WarningImportance
	f.duplicate.Wrapping = fyne.TextWrapWord
	f.duplicate.Hide()
	f.organisation.OnChanged = func(string) {
		f.liveCheck()
		f.typing.schedule(f.ui, f.checkDuplicate)
	}

	f.buildSelects()
	f.private = widget.NewCheck(tr.T("act.private"), nil)
	f.private.SetChecked(a.Private)
	f.attachments = newAttachmentEditor(f.ui, a.Attachments)

	var onDelete func()
	if a.ID != "" {
		onDelete = f.deleteNow
	}
	buttons := f.buttons(onDelete)

	contact := container.NewGridWithColumns(2, f.contactName, f.contactRole, f.contactEmail, f.phone)
	when := container.NewGridWithColumns(3, f.field("date", f.date), f.field("start_time", f.startTime), f.field("minutes", f.duration))
	grid := container.New(newFormLayout(),
		boldLabel(tr.T("act.when")), when,
		boldLabel(tr.T("act.theme")), f.field("theme", f.theme),
		boldLabel(tr.T("act.type")), f.field("type", f.actType),
		boldLabel(tr.T("act.label")), f.field("label", f.label),
		boldLabel(tr.T("act.organisation")), f.field("organisation", f.organisation, f.duplicate),
		boldLabel(tr.T("act.contact")), f.field("contact_email", contact),
		boldLabel(tr.T("act.channel")), f.field("channel", f.channel),
		boldLabel(tr.T("act.offer")), f.field("offer_ref", f.offerRef),
		boldLabel(tr.T("act.status")), f.field("status_since", container.NewBorder(nil, nil, nil, container.NewGridWrap(fyne.NewSize(210, f.statusSince.MinSize().Height), f.statusSince), f.status), f.historyLabel()),
		boldLabel(tr.T("act.next_action")), container.NewGridWithColumns(2, f.field("next_action", f.nextAction), f.field("next_action_on", f.nextActionOn)),
		boldLabel(tr.T("act.notes")), f.field("notes", f.notes),
		widget.NewLabel(""), f.private,
		boldLabel(tr.T("act.proofs")), f.attachments.content,
	)
	title := tr.T("act.new_title")
	if a.ID != "" {
		title = tr.T("act.edit_title", journal.FormatShortDate(a.CreatedAt))
	}
	header := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	f.content = container.NewBorder(header, container.NewPadded(buttons), nil, nil, container.NewVScroll(grid))
	f.checkDuplicate()
}

func (f *actForm) buildSelects() {
	tr, lbl, a := f.ui.tr, f.ui.lbl, f.act
	themes := journal.Themes()
	themeLabels := make([]string, len(themes))
	for i, t := range themes {
		themeLabels[i] = lbl.theme(t)
	}
	f.actType = widget.NewSelect(nil, func(string) { f.onTypeChosen() })
	f.shownTheme = -1
	f.theme = widget.NewSelect(themeLabels, func(string) {
		// Choosing the theme already shown keeps the démarche chosen.
		if i := f.theme.SelectedIndex(); i != f.shownTheme {
			f.shownTheme = i
			f.fillActTypes("")
		}
	})
	for i, t := range themes {
		if t == a.Theme {
			f.theme.SetSelectedIndex(i)
		}
	}
	f.fillActTypes(a.Code)

	f.channel = choices(journal.Channels(), lbl.channel, a.Channel)
	f.channel.PlaceHolder = tr.T("form.choose")
	statusLabels := []string{lbl.status(journal.StatusNone)}
	for _, st := range journal.Statuses() {
		statusLabels = append(statusLabels, lbl.status(st))
	}
	f.status = widget.NewSelect(statusLabels, nil)
	f.status.SetSelectedIndex(0)
	for i, st := range journal.Statuses() {
		if st == a.Status {
			f.status.SetSelectedIndex(i + 1)
		}
	}
}

// onTypeChosen marks a new application « Envoyée » when no status was
// chosen yet: choosing « Candidature … » usually means it was sent.
func (f *actForm) onTypeChosen() {
	if f.status == nil || f.act.ID != "" || f.status.SelectedIndex() > 0 {
		return
	}
	if i := f.theme.SelectedIndex(); i >= 0 && journal.Themes()[i] == "P03" && f.actType.SelectedIndex() >= 0 {
		for i, st := range journal.Statuses() {
			if st == journal.StatusSent {
				f.status.SetSelectedIndex(i + 1)
			}
		}
	}
}

// fillActTypes lists the acts of the chosen theme and selects code.
func (f *actForm) fillActTypes(code string) {
	var labels []string
	for _, t := range f.themeTypes() {
		labels = append(labels, f.ui.lbl.actType(t))
	}
	f.actType.Options = labels
	f.actType.ClearSelected()
	f.actType.PlaceHolder = f.ui.tr.T("form.choose")
	for i, t := range f.themeTypes() {
		if t.Code == code || len(labels) == 1 {
			f.actType.SetSelectedIndex(i)
		}
	}
	f.actType.Refresh()
}

func (f *actForm) themeTypes() []journal.ActType {
	i := f.theme.SelectedIndex()
	if i < 0 {
		return nil
	}
	theme := journal.Themes()[i]
	var out []journal.ActType
	for _, t := range journal.Catalogue() {
		if t.Theme == theme {
			out = append(out, t)
		}
	}
	return out
}

// historyLabel shows the dated status history, hidden when there is none.
func (f *actForm) historyLabel() *widget.Label {
	l := widget.NewLabel(f.historyText())
	l.Wrapping = fyne.TextWrapWord
	if l.Text == "" {
		l.Hide()
	}
	return l
}

func (f *actForm) historyText() string {
	var parts []string
	for _, h := range f.act.History {
		parts = append(parts, journal.FormatShortDate(h.Date)+" "+f.ui.lbl.status(h.Status))
	}
	if len(parts) == 0 {
		return ""
	}
	return f.ui.tr.T("act.history", strings.Join(parts, " → "))
}

// checkDuplicate warns, once the search has run in the background, when an
// application to the same organisation exists.
func (f *actForm) checkDuplicate() {
	name, id := f.organisation.Text, f.act.ID
	load(f.ui, &f.duplicates, func(ctx context.Context) ([]journal.Act, error) {
		return f.ui.svc.PreviousApplications(ctx, name, id)
	}, func(prev []journal.Act) {
		if len(prev) == 0 {
			f.duplicate.Hide()
			return
		}
		f.duplicate.SetText(f.ui.tr.T("act.duplicate", prev[0].Organisation, f.ui.lbl.longDate(prev[0].Date), f.ui.tr.N("count.applications", len(prev))))
		f.duplicate.Show()
	})
}

// read builds the act from the fields; parse problems are returned per field.
func (f *actForm) read() (journal.Act, map[string]string) {
	a := f.act
	bad := map[string]string{}
	var err error
	if a.Date, err = journal.ParseFrenchDate(f.date.Text); err != nil {
		bad["date"] = journal.ProblemInvalidDate
		if strings.TrimSpace(f.date.Text) == "" {
			bad["date"] = journal.ProblemRequired
		}
	}
	a.StartTime = strings.TrimSpace(f.startTime.Text)
	if a.Minutes, err = journal.ParseMinutes(f.duration.Text); err != nil {
		bad["minutes"] = journal.ProblemDuration
	}
	a.Theme, a.Code = "", ""
	if i := f.actType.SelectedIndex(); i >= 0 {
		t := f.themeTypes()[i]
		a.Theme, a.Code = t.Theme, t.Code
	}
	a.Label, a.Organisation = strings.TrimSpace(f.label.Text), strings.TrimSpace(f.organisation.Text)
	a.Contact = journal.Contact{Name: strings.TrimSpace(f.contactName.Text), Role: strings.TrimSpace(f.contactRole.Text),
		Email: strings.TrimSpace(f.contactEmail.Text), Phone: strings.TrimSpace(f.phone.Text)}
	a.Channel, _ = chosen(f.channel, journal.Channels())
	a.Status = journal.StatusNone
	if i := f.status.SelectedIndex(); i > 0 {
		a.Status = journal.Statuses()[i-1]
	}
	a.StatusSince = time.Time{}
	if s := strings.TrimSpace(f.statusSince.Text); s != "" {
		if a.StatusSince, err = journal.ParseFrenchDate(s); err != nil {
			bad["status_since"] = journal.ProblemInvalidDate
		}
	}
	a.OfferRef, a.Notes = strings.TrimSpace(f.offerRef.Text), f.notes.Text
	a.NextAction = strings.TrimSpace(f.nextAction.Text)
	a.NextActionOn = time.Time{}
	if s := strings.TrimSpace(f.nextActionOn.Text); s != "" {
		if a.NextActionOn, err = journal.ParseFrenchDate(s); err != nil {
			bad["next_action_on"] = journal.ProblemInvalidDate
		}
	}
	a.Private = f.private.Checked
	return a, bad
}

// entry checks an act as entered in the form on a given day.
type entry struct {
	act   journal.Act
	today time.Time
}

// Validate applies the domain's rules for an act being entered.
func (e entry) Validate() error { return e.act.ValidateEntry(e.today) }

func (f *actForm) onSaveTapped() {
	a, bad := f.read()
	if f.rejects(bad, entry{a, f.ui.today()}) {
		return
	}
	if _, err := f.ui.svc.SaveAct(f.ui.ctx, a, f.attachments.added, f.attachments.removed); err != nil {
		f.ui.showError(err)
		return
	}
	f.done(nil)
}

func (f *actForm) onCancelTapped() { f.done(nil) }

// deleteNow moves the act to the trash; the list then offers to undo.
func (f *actForm) deleteNow() {
	if err := f.ui.svc.TrashAct(f.ui.ctx, f.act.ID); err != nil {
		f.ui.showError(err)
		return
	}
	deleted := f.act
	f.done(&deleted)
}
