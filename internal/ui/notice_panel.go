package ui

import (
	"context"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/defence"
	"github.com/carnet-app/carnet/internal/journal"
)

// noticeCases are the use cases of a notice of control or sanction;
// *carnet.App implements them.
type noticeCases interface {
	Notices(ctx context.Context) ([]carnet.NoticeItem, error)
	NoticeByID(ctx context.Context, id string) (carnet.NoticeItem, error)
	SaveNotice(ctx context.Context, n defence.Notice, w defence.Words) (defence.Record, error)
	DefenceLetter(ctx context.Context, noticeID string, kind defence.LetterKind, in carnet.DefenceInput) (carnet.DefenceLetter, error)
	MarkNoticeLetterSent(ctx context.Context, noticeID string, kind defence.LetterKind, l carnet.Letter, sentOn time.Time) (defence.SentLetter, error)
}

// noticePanel marks a mail as a notice of control or sanction and walks
// the letters that answer it: the notice's fields (the values Carnet
// pre-fills marked « à vérifier »), the user's words, then the next step
// the wizard proposes (defence.Next), what it does and does not do, the
// deadline with its rule, and the letter with the dossier of its period.
type noticePanel struct {
	ui     *UI
	cases  noticeCases
	mail   journal.Mail
	item   carnet.NoticeItem
	dialog dialog.Dialog

	kind, failureKind, unit                    *widget.Select
	date, seenOn, reference, failure, deadline *widget.Entry
	periodFrom, periodTo                       *widget.Entry
	addressee                                  *widget.Entry
	contest, grounds, recipient                *widget.Entry
	words                                      *noticeWords // the answers and the reasons
	hearing                                    *widget.Check
	stepTitle, stepDoes, stepDoesNot, due      *widget.Label
	prepare, markSent                          *widget.Button
	letter                                     *carnet.DefenceLetter
	building                                   loadSlot // the letter and its dossier
	busy                                       bool     // a letter is being built
}

// openNoticePanel shows the notice a mail is marked as (a new one
// pre-filled from the mail when it is marked as none).
func (u *UI) openNoticePanel(m journal.Mail) *noticePanel {
	cases, ok := u.svc.(noticeCases)
	if !ok {
		u.showError(carnet.ErrNoNotices)
		return nil
	}
	p := &noticePanel{ui: u, cases: cases, mail: m}
	p.item.Notice = defence.NoticeFromMail(m)
	list, err := cases.Notices(u.ctx)
	if err != nil {
		u.showError(err)
		return nil
	}
	for _, it := range list {
		if m.ID != "" && it.Notice.MailID == m.ID {
			p.item = it
		}
	}
	p.buildUI()
	return p
}

func (p *noticePanel) buildUI() {
	tr, n, w := p.ui.tr, p.item.Notice, p.item.Words
	toCheck := " (" + tr.T("defence.to_check") + ")"
	p.kind = choices(defence.Kinds(), func(k defence.Kind) string { return tr.T("defence.kind." + string(k)) }, n.Kind)
	p.date = dateEntry(n.Date)
	p.seenOn = dateEntry(n.SeenOn)
	p.reference = widget.NewEntry()
	p.reference.SetText(n.Reference)
	p.failureKind = choices(defence.FailureKinds(), func(k defence.FailureKind) string { return tr.T("defence.failure." + string(k)) }, n.Failure.Kind)
	p.failure = widget.NewMultiLineEntry()
	p.failure.SetText(n.Failure.Text)
	p.periodFrom, p.periodTo = dateEntry(n.PeriodFrom), dateEntry(n.PeriodTo)
	period, addressee, mark := n.Deadline, n.Addressee, ""
	if period.IsZero() && len(addressee) == 0 {
		typical := defence.TypicalFor(n.Kind, defence.Next(n, nil).Letter)
		period, addressee, mark = typical.Deadline, typical.Addressee, toCheck
	}
	p.deadline = widget.NewEntry()
	if !period.IsZero() {
		p.deadline.SetText(strconv.Itoa(period.N))
	}
	p.unit = choices(defence.Units(), func(u defence.Unit) string { return tr.T("defence.unit." + string(u)) }, unitOr(period.Unit))
	p.addressee = widget.NewMultiLineEntry()
	p.addressee.SetText(strings.Join(addressee, "\n"))
	p.words = newNoticeWords(p.ui, w)
	p.hearing = widget.NewCheck(tr.T("notice.ask_hearing"), nil)
	p.hearing.SetChecked(w.AskHearing)
	p.contest = widget.NewMultiLineEntry()
	p.contest.SetText(w.Contest)
	p.grounds = widget.NewMultiLineEntry()
	p.grounds.SetText(w.Grounds)
	p.recipient = widget.NewMultiLineEntry()
	p.recipient.SetText(strings.Join(defence.TypicalFor(n.Kind, defence.LetterMediation).Addressee, "\n"))
	unitHelp := widget.NewLabel(tr.T("defence.unit.help"))
	unitHelp.Wrapping = fyne.TextWrapWord
	grid := container.New(newFormLayout(),
		boldLabel(tr.T("notice.kind")), p.kind,
		boldLabel(tr.T("notice.date")), p.date,
		boldLabel(tr.T("notice.seen_on")), p.seenOn,
		boldLabel(tr.T("notice.reference")), p.reference,
		boldLabel(tr.T("notice.failure")), container.NewVBox(p.failureKind, p.failure),
		boldLabel(tr.T("notice.period")), container.NewGridWithColumns(2, p.periodFrom, p.periodTo),
		boldLabel(tr.T("notice.deadline")+mark), container.NewVBox(container.NewGridWithColumns(2, p.deadline, p.unit), unitHelp),
		boldLabel(tr.T("notice.addressee")+mark), p.addressee,
		boldLabel(tr.T("notice.answer")), p.words.answersField(),
		boldLabel(tr.T("notice.reason")), p.words.reasonsField(),
		widget.NewLabel(""), p.hearing,
		boldLabel(tr.T("notice.contest")), p.contest,
		boldLabel(tr.T("notice.grounds")), p.grounds,
		boldLabel(tr.T("notice.mediator")+toCheck), p.recipient,
	)
	p.stepTitle = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.stepDoes, p.stepDoesNot, p.due = noticeLabel(), noticeLabel(), noticeLabel()
	parallel := noticeLabel()
	parallel.SetText(tr.T(defence.ParallelKey))
	p.prepare = widget.NewButton(tr.T("notice.prepare"), p.onPrepareTapped)
	p.prepare.Importance = widget.HighImportance
	p.markSent = widget.NewButton(tr.T("notice.mark_sent"), p.onMarkSentTapped)
	p.markSent.Disable()
	p.showStep()
	body := container.NewVBox(grid, widget.NewSeparator(), p.stepTitle, p.due, p.stepDoes, p.stepDoesNot, parallel,
		container.NewHBox(p.prepare, p.markSent))
	scroll := container.NewVScroll(body)
	scroll.SetMinSize(fyne.NewSize(760, 560))
	title := tr.T("defence.panel_title", p.mail.Subject)
	p.dialog = dialog.NewCustom(title, tr.T("action.close"), scroll, p.ui.win)
	// A letter still being built when the panel closes is dropped.
	p.dialog.SetOnClosed(p.building.stop)
	p.dialog.Show()
}

// showStep says what comes next for the notice and by when.
func (p *noticePanel) showStep() {
	tr := p.ui.tr
	c := p.item.Next
	if c.Key == "" {
		c = defence.Next(p.item.Notice, p.item.SentKinds())
	}
	p.stepTitle.SetText(tr.T(c.TitleKey()))
	p.stepDoes.SetText(tr.T(c.DoesKey()))
	p.stepDoesNot.SetText(tr.T(c.DoesNotKey()))
	p.due.SetText("")
	if p.item.HasDeadline {
		p.due.SetText(p.item.Deadline.Rule(tr.Lang()))
	}
	if c.Letter == "" || p.busy {
		p.prepare.Disable()
	} else {
		p.prepare.Enable()
	}
}

// read returns the notice and the words as typed, or the fields at fault.
func (p *noticePanel) read() (defence.Notice, defence.Words, map[string]string) {
	n, bad := p.item.Notice, map[string]string{}
	n.MailID = p.mail.ID
	n.Kind, _ = chosen(p.kind, defence.Kinds())
	n.Date = entryDate(p.date, "date", bad)
	n.SeenOn = entryDate(p.seenOn, "seen_on", bad)
	n.Reference = strings.TrimSpace(p.reference.Text)
	n.Failure.Kind, _ = chosen(p.failureKind, defence.FailureKinds())
	n.Failure.Text = strings.TrimSpace(p.failure.Text)
	n.PeriodFrom = entryDate(p.periodFrom, "period", bad)
	n.PeriodTo = entryDate(p.periodTo, "period", bad)
	n.Deadline = defence.Period{}
	if s := strings.TrimSpace(p.deadline.Text); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil {
			bad["deadline"] = defence.ProblemPeriodLength
		}
		n.Deadline.N = v
		n.Deadline.Unit, _ = chosen(p.unit, defence.Units())
	}
	n.Addressee = noticeLines(p.addressee.Text)
	w := p.item.Words
	w.Answers, w.Reasons = p.words.read()
	w.AskHearing = p.hearing.Checked
	w.Contest, w.Grounds = strings.TrimSpace(p.contest.Text), strings.TrimSpace(p.grounds.Text)
	return n, w, bad
}

// onPrepareTapped saves the notice and the words, builds the next letter
// with the dossier of its period, and offers both to save.
func (p *noticePanel) onPrepareTapped() {
	u := p.ui
	n, w, bad := p.read()
	if len(bad) > 0 {
		u.showError(&journal.ValidationError{Fields: bad})
		return
	}
	rec, err := p.cases.SaveNotice(u.ctx, n, w)
	if err != nil {
		u.showError(err)
		return
	}
	if p.item, err = p.cases.NoticeByID(u.ctx, rec.Notice.ID); err != nil {
		u.showError(err)
		return
	}
	p.showStep()
	kind := p.item.Next.Letter
	if kind == "" {
		return
	}
	in := carnet.DefenceInput{}
	if kind == defence.LetterMediation {
		in.Recipient = noticeLines(p.recipient.Text)
	}
	// The dossier reads every act of the notice's period: it is built in
	// the background, the button saying so meanwhile. A letter prepared
	// before is dropped: only the one built now can be marked as sent.
	p.letter, p.busy = nil, true
	p.markSent.Disable()
	p.prepare.Disable()
	p.prepare.SetText(u.tr.T("notice.preparing"))
	id := rec.Notice.ID
	load(u, &p.building, func(ctx context.Context) (builtLetter, error) {
		l, err := p.cases.DefenceLetter(ctx, id, kind, in)
		return builtLetter{l, err}, nil
	}, func(b builtLetter) { p.letterBuilt(id, kind, b) })
}

// builtLetter is a defence letter built in the background, or why not.
type builtLetter struct {
	letter carnet.DefenceLetter
	err    error
}

// letterBuilt gives the button back, then offers the letter and its
// dossier to save, or tells why they could not be made. A letter that is
// no longer the next one of the notice shown is dropped.
func (p *noticePanel) letterBuilt(noticeID string, kind defence.LetterKind, b builtLetter) {
	u := p.ui
	p.busy = false
	p.prepare.SetText(u.tr.T("notice.prepare"))
	p.showStep()
	if b.err != nil {
		u.showError(b.err)
		return
	}
	if p.item.Notice.ID != noticeID || p.item.Next.Letter != kind {
		return
	}
	l := b.letter
	p.letter = &l
	today := journal.Day(u.today())
	u.saveAs(carnet.DefenceFileName(kind, today), l.PDF, nil)
	if l.Dossier != nil {
		u.saveAs(carnet.DossierFileName(carnet.DossierOptions{From: l.Dossier.From, To: l.Dossier.To}, carnet.FormatPDF), l.DossierPDF, nil)
	}
	p.markSent.Enable()
}

// onMarkSentTapped keeps the letter prepared as sent today, then shows the
// step that follows.
func (p *noticePanel) onMarkSentTapped() {
	if p.letter == nil {
		return
	}
	u := p.ui
	kind := p.item.Next.Letter
	if _, err := p.cases.MarkNoticeLetterSent(u.ctx, p.item.Notice.ID, kind, p.letter.Letter, u.today()); err != nil {
		u.showError(err)
		return
	}
	it, err := p.cases.NoticeByID(u.ctx, p.item.Notice.ID)
	if err != nil {
		u.showError(err)
		return
	}
	p.item, p.letter = it, nil
	p.markSent.Disable()
	p.showStep()
}

// entryDate reads an optional French date, noting the field when it is
// not one.
func entryDate(e *widget.Entry, field string, bad map[string]string) time.Time {
	s := strings.TrimSpace(e.Text)
	if s == "" {
		return time.Time{}
	}
	t, err := journal.ParseFrenchDate(s)
	if err != nil {
		bad[field] = journal.ProblemInvalidDate
	}
	return t
}

func dateEntry(t time.Time) *widget.Entry {
	e := widget.NewEntry()
	e.SetPlaceHolder("JJ/MM/AAAA")
	e.SetText(journal.FormatShortDate(t))
	return e
}

// noticeLines returns the non-empty lines of a multi-line entry, trimmed.
func noticeLines(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func noticeLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	return l
}

func unitOr(u defence.Unit) defence.Unit {
	if u == "" {
		return defence.UnitCalendarDays
	}
	return u
}
