package ui

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/journal"
)

// agreedRows is how many agreed actions the form offers at least; every
// stored one is shown, and « Ajouter une action » adds more.
const agreedRows = 3

// agreedRow is one agreed action: its text, its date, and the act it was
// planned as, which stays with the row when its text is corrected.
type agreedRow struct {
	text, date *formEntry
	actID      string
}

// meetingForm adds or edits a meeting: before it, the brief; after it, the
// notes, what was agreed and the next date.
type meetingForm struct {
	formBase
	meeting journal.Meeting
	done    func(deleted *journal.Meeting)
	content fyne.CanvasObject

	date, startTime, adviser, place, nextDate *formEntry
	questions, documents, notes               *formEntry
	mode                                      *widget.Select
	agreed                                    []agreedRow
	agreedBox                                 *fyne.Container
	addAgreed                                 *widget.Button
	briefButton                               *widget.Button
	building                                  loadSlot
	// saveBrief asks where to write the brief; tests replace it.
	saveBrief func(name string, data []byte)
}

func newMeetingForm(u *UI, m *journal.Meeting, done func(*journal.Meeting)) *meetingForm {
	f := &meetingForm{done: done}
	f.saveBrief = func(name string, data []byte) { u.saveAs(name, data, nil) }
	f.formBase = newFormBase(u, f.onSaveTapped, func() { f.done(nil) })
	f.check = func() (map[string]string, validator) {
		v, bad := f.read()
		return bad, v
	}
	if m != nil {
		f.meeting = *m
	} else {
		p, _ := u.svc.Profile(u.ctx)
		f.meeting = journal.Meeting{Date: journal.Day(u.today()).AddDate(0, 0, 7), Mode: journal.MeetingAgency,
			Adviser: p.Adviser, Place: p.Agency, Questions: journal.SuggestedQuestions[:2], Documents: journal.SuggestedDocuments[:2]}
	}
	f.buildUI()
	return f
}

func (f *meetingForm) buildUI() {
	tr, m := f.ui.tr, f.meeting
	f.date = f.entry(tr.T("form.date_placeholder"), journal.FormatShortDate(m.Date))
	f.startTime = f.entry(tr.T("form.time_placeholder"), m.StartTime)
	f.mode = choices(journal.MeetingModes(), func(x journal.MeetingMode) string { return tr.T("meetingmode." + string(x)) }, m.Mode)
	f.adviser = f.entry("", m.Adviser)
	f.place = f.entry("", m.Place)
	f.questions = f.multiLine(strings.Join(m.Questions, "\n"))
	f.documents = f.multiLine(strings.Join(m.Documents, "\n"))
	f.notes = f.multiLine(m.Notes)
	f.nextDate = f.entry(tr.T("form.date_placeholder"), journal.FormatShortDate(m.NextDate))
	suggest := widget.NewButtonWithIcon(tr.T("meetings.add_suggestions"), theme.ContentAddIcon(), f.onSuggestTapped)
	f.agreedBox = container.NewVBox()
	for _, a := range m.Agreed {
		f.appendAgreed(a)
	}
	for len(f.agreed) < agreedRows {
		f.appendAgreed(journal.AgreedAction{})
	}
	f.addAgreed = widget.NewButtonWithIcon(tr.T("meetings.add_agreed"), theme.ContentAddIcon(), func() {
		f.appendAgreed(journal.AgreedAction{})
		f.ui.win.Canvas().Focus(f.agreed[len(f.agreed)-1].text)
	})
	agreedBox := container.NewVBox(f.agreedBox, container.NewHBox(f.addAgreed))
	agreedHelp := widget.NewLabel(tr.T("meetings.agreed_help"))
	agreedHelp.Wrapping = fyne.TextWrapWord
	grid := container.New(newFormLayout(),
		boldLabel(tr.T("meetings.when")), container.NewGridWithColumns(2, f.field("date", f.date), f.field("start_time", f.startTime)),
		boldLabel(tr.T("meetings.mode")), f.field("mode", f.mode),
		boldLabel(tr.T("meetings.adviser")), f.adviser,
		boldLabel(tr.T("meetings.place")), f.place,
		boldLabel(tr.T("meetings.questions")), container.NewVBox(f.questions, container.NewHBox(suggest)),
		boldLabel(tr.T("meetings.documents")), f.documents,
		boldLabel(tr.T("meetings.notes")), f.notes,
		boldLabel(tr.T("meetings.agreed")), f.field("agreed", agreedBox, agreedHelp),
		boldLabel(tr.T("meetings.next_date")), f.field("next_date", f.nextDate),
	)
	var onDelete func()
	if m.ID != "" {
		onDelete = f.deleteNow
	}
	f.briefButton = widget.NewButtonWithIcon(tr.T("meetings.brief"), theme.DocumentPrintIcon(), f.onBriefTapped)
	buttons := f.buttons(onDelete, f.briefButton)
	header := widget.NewLabelWithStyle(tr.T("meetings.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	f.content = container.NewBorder(header, container.NewPadded(buttons), nil, nil, container.NewVScroll(grid))
}

// appendAgreed adds a row for the agreed action a.
func (f *meetingForm) appendAgreed(a journal.AgreedAction) {
	tr := f.ui.tr
	row := agreedRow{text: f.entry(tr.T("meetings.agreed_placeholder"), a.Text),
		date: f.entry(tr.T("form.date_placeholder"), journal.FormatShortDate(a.Date)), actID: a.ActID}
	f.agreed = append(f.agreed, row)
	f.agreedBox.Add(container.NewBorder(nil, nil, nil, container.NewGridWrap(fyne.NewSize(130, row.date.MinSize().Height), row.date), row.text))
}

func (f *meetingForm) onSuggestTapped() {
	have := f.questions.Text
	for _, q := range journal.SuggestedQuestions {
		if !strings.Contains(have, q) {
			have = strings.TrimRight(have, "\n") + "\n" + q
		}
	}
	f.questions.SetText(strings.TrimLeft(have, "\n"))
}

func (f *meetingForm) read() (journal.Meeting, map[string]string) {
	m, bad := f.meeting, map[string]string{}
	var err error
	if m.Date, err = journal.ParseFrenchDate(f.date.Text); err != nil {
		bad["date"] = journal.ProblemInvalidDate
	}
	m.StartTime = strings.TrimSpace(f.startTime.Text)
	m.Mode, _ = chosen(f.mode, journal.MeetingModes())
	m.Adviser, m.Place = strings.TrimSpace(f.adviser.Text), strings.TrimSpace(f.place.Text)
	m.Questions, m.Documents, m.Notes = nonEmptyLines(f.questions.Text), nonEmptyLines(f.documents.Text), f.notes.Text
	m.NextDate = optionalDate(f.nextDate, "next_date", bad)
	m.Agreed = nil
	for _, row := range f.agreed {
		text := strings.TrimSpace(row.text.Text)
		day := optionalDate(row.date, "agreed", bad)
		if text == "" && day.IsZero() {
			continue
		}
		m.Agreed = append(m.Agreed, journal.AgreedAction{Text: text, Date: day, ActID: row.actID})
	}
	return m, bad
}

func (f *meetingForm) onSaveTapped() {
	m, bad := f.read()
	if f.rejects(bad, m) {
		return
	}
	if _, err := f.ui.svc.SaveMeeting(f.ui.ctx, m); err != nil {
		f.ui.showError(err)
		return
	}
	f.done(nil)
}

func (f *meetingForm) deleteNow() {
	if err := f.ui.svc.TrashMeeting(f.ui.ctx, f.meeting.ID); err != nil {
		f.ui.showError(err)
		return
	}
	deleted := f.meeting
	f.done(&deleted)
}

// onBriefTapped builds, in the background, the brief of the meeting as
// typed in the form (saved or not), then asks where to save it. A second
// tap while it is built starts again and drops the first.
func (f *meetingForm) onBriefTapped() {
	m, bad := f.read()
	if f.showProblems(bad) {
		return
	}
	load(f.ui, &f.building, func(ctx context.Context) ([]byte, error) {
		return f.ui.svc.Brief(ctx, m)
	}, func(data []byte) { f.saveBrief(carnet.BriefFileName(m), data) })
}
