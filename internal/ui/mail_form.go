package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/journal"
)

// mailForm adds or edits one mail.
type mailForm struct {
	formBase
	mail    journal.Mail
	done    func(deleted *journal.Mail)
	content fyne.CanvasObject
	replies []journal.Mail // mail sent, that can be linked as the reply

	date, replyBy, subject, notes *formEntry
	periodFrom, periodTo          *formEntry
	controlButton                 *widget.Button
	defendButton                  *widget.Button
	direction, channel, kind      *widget.Select
	reply                         *widget.Select
	attachments                   *attachmentEditor
}

func newMailForm(u *UI, m *journal.Mail, all []journal.Mail, done func(deleted *journal.Mail)) *mailForm {
	f := &mailForm{done: done}
	f.formBase = newFormBase(u, f.onSaveTapped, f.onCancelTapped)
	f.check = func() (map[string]string, validator) {
		v, bad := f.read()
		return bad, v
	}
	if m != nil {
		f.mail = *m
	} else {
		f.mail = journal.Mail{Direction: journal.DirectionReceived, Date: journal.Day(u.today()),
			Channel: journal.MailPersonalSpace, Kind: journal.KindInformation}
	}
	linked := false
	for _, x := range all {
		if x.ID == f.mail.ID {
			continue
		}
		if x.Direction == journal.DirectionSent || x.ID == f.mail.ReplyMailID {
			f.replies = append(f.replies, x)
			linked = linked || x.ID == f.mail.ReplyMailID
		}
	}
	if f.mail.ReplyMailID != "" && !linked {
		// The linked mail could not be read: the link is kept as it is.
		f.replies = append(f.replies, journal.Mail{ID: f.mail.ReplyMailID, Subject: u.tr.T("mail.reply_unknown")})
	}
	f.buildUI()
	return f
}

func (f *mailForm) buildUI() {
	tr, lbl, m := f.ui.tr, f.ui.lbl, f.mail
	f.date = f.entry(tr.T("form.date_placeholder"), journal.FormatShortDate(m.Date))
	f.replyBy = f.entry(tr.T("form.date_placeholder"), journal.FormatShortDate(m.ReplyBy))
	f.subject = f.entry(tr.T("mail.subject_placeholder"), m.Subject)
	f.notes = f.multiLine(m.Notes)
	f.direction = choices([]journal.Direction{journal.DirectionReceived, journal.DirectionSent}, lbl.direction, m.Direction)
	f.channel = choices(journal.MailChannels(), lbl.mailChannel, m.Channel)
	f.kind = choices(journal.MailKinds(), lbl.mailKind, m.Kind)
	replyLabels := []string{tr.T("mail.no_reply_linked")}
	for _, r := range f.replies {
		label := r.Subject
		if !r.Date.IsZero() {
			label = journal.FormatShortDate(r.Date) + " — " + r.Subject
		}
		replyLabels = append(replyLabels, label)
	}
	f.reply = widget.NewSelect(replyLabels, nil)
	f.reply.SetSelectedIndex(0)
	for i, r := range f.replies {
		if r.ID == m.ReplyMailID {
			f.reply.SetSelectedIndex(i + 1)
		}
	}
	f.periodFrom = f.entry(tr.T("form.date_placeholder"), journal.FormatShortDate(m.PeriodFrom))
	f.periodTo = f.entry(tr.T("form.date_placeholder"), journal.FormatShortDate(m.PeriodTo))
	f.controlButton = widget.NewButton(tr.T("mail.reply_to_control"), f.onControlTapped)
	f.controlButton.Importance = widget.HighImportance
	periodHelp := widget.NewLabel(tr.T("mail.period_help"))
	periodHelp.Wrapping = fyne.TextWrapWord
	f.defendButton = widget.NewButton(tr.T("mail.defend"), f.onDefendTapped)
	period := container.NewVBox(container.NewGridWithColumns(2, f.periodFrom, f.periodTo), periodHelp, container.NewHBox(f.controlButton, f.defendButton))
	f.attachments = newAttachmentEditor(f.ui, m.Attachments)
	var onDelete func()
	if m.ID != "" {
		onDelete = f.deleteNow
	}
	grid := container.New(newFormLayout(),
		boldLabel(tr.T("mail.direction")), f.field("direction", f.direction),
		boldLabel(tr.T("mail.date")), f.field("date", f.date),
		boldLabel(tr.T("mail.channel")), f.field("channel", f.channel),
		boldLabel(tr.T("mail.kind")), f.field("kind", f.kind),
		boldLabel(tr.T("mail.subject")), f.field("subject", f.subject),
		boldLabel(tr.T("mail.reply_by")), f.field("reply_by", f.replyBy, widget.NewLabel(tr.T("mail.reply_by_help"))),
		boldLabel(tr.T("mail.reply")), f.field("reply_mail", f.reply),
		boldLabel(tr.T("mail.period")), f.field("period", period),
		boldLabel(tr.T("act.notes")), f.field("notes", f.notes),
		boldLabel(tr.T("act.proofs")), f.attachments.content,
	)
	title := tr.T("mail.new_title")
	if m.ID != "" {
		title = tr.T("mail.edit_title", journal.FormatShortDate(m.CreatedAt))
	}
	header := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	f.content = container.NewBorder(header, container.NewPadded(f.buttons(onDelete)), nil, nil, container.NewVScroll(grid))
}

func (f *mailForm) read() (journal.Mail, map[string]string) {
	m, bad := f.mail, map[string]string{}
	var err error
	if m.Date, err = journal.ParseFrenchDate(f.date.Text); err != nil {
		bad["date"] = journal.ProblemInvalidDate
	}
	m.ReplyBy = time.Time{}
	if s := strings.TrimSpace(f.replyBy.Text); s != "" {
		if m.ReplyBy, err = journal.ParseFrenchDate(s); err != nil {
			bad["reply_by"] = journal.ProblemInvalidDate
		}
	}
	m.Direction, _ = chosen(f.direction, []journal.Direction{journal.DirectionReceived, journal.DirectionSent})
	m.Channel, _ = chosen(f.channel, journal.MailChannels())
	m.Kind, _ = chosen(f.kind, journal.MailKinds())
	m.Subject, m.Notes = strings.TrimSpace(f.subject.Text), f.notes.Text
	m.PeriodFrom = optionalDate(f.periodFrom, "period", bad)
	m.PeriodTo = optionalDate(f.periodTo, "period", bad)
	m.ReplyMailID = ""
	if i := f.reply.SelectedIndex(); i > 0 {
		m.ReplyMailID = f.replies[i-1].ID
	}
	return m, bad
}

func (f *mailForm) onSaveTapped() {
	m, bad := f.read()
	if f.rejects(bad, m) {
		return
	}
	if _, err := f.ui.svc.SaveMail(f.ui.ctx, m, f.attachments.added, f.attachments.removed); err != nil {
		f.ui.showError(err)
		return
	}
	f.done(nil)
}

func (f *mailForm) onCancelTapped() { f.done(nil) }

func (f *mailForm) deleteNow() {
	if err := f.ui.svc.TrashMail(f.ui.ctx, f.mail.ID); err != nil {
		f.ui.showError(err)
		return
	}
	deleted := f.mail
	f.done(&deleted)
}

// onControlTapped saves the mail, then opens the dossier for the period it names.
func (f *mailForm) onControlTapped() {
	m, bad := f.read()
	if len(bad) == 0 && m.PeriodFrom.IsZero() {
		bad["period"] = journal.ProblemRequired
	}
	if f.rejects(bad, m) {
		return
	}
	saved, err := f.ui.svc.SaveMail(f.ui.ctx, m, f.attachments.added, f.attachments.removed)
	if err != nil {
		f.ui.showError(err)
		return
	}
	f.done(nil)
	f.ui.ReplyToControl(saved)
}
