package app

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/defence"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// cmdNotices lists the notices of a control, a warning or a sanction: id,
// kind, date, deadline on the safe side (or « - »), status.
func cmdNotices(e *env, args []string) error {
	if len(args) > 0 {
		return usageError(e.tr.T("cli.bad_flag", args[0]))
	}
	a, s, err := e.openApp(true)
	if err != nil {
		return err
	}
	defer s.Close()
	list, err := a.Notices(context.Background())
	if err != nil {
		return err
	}
	for _, it := range list {
		due := "-"
		if it.HasDeadline {
			due = it.Deadline.Due.Format(journal.DateLayout)
		}
		fmt.Fprintf(e.stdout, "%s\t%s\t%s\t%s\t%s\n", it.Notice.ID, it.Notice.Kind, it.Notice.Date.Format(journal.DateLayout), due, it.Status)
	}
	return nil
}

// cmdDefenceLetter writes the defence letter of kind for a notice as PDF
// or text: the letter exactly as sent when it was, otherwise one built
// today from the record. --recipient gives the recipient when it is not
// the notice's author (the mediator's address, which Carnet never
// invents). --with-dossier also writes the proof dossier the
// letter attaches, as a PDF next to it.
func cmdDefenceLetter(e *env, kind defence.LetterKind, args []string) error {
	fs := newFlags("letter")
	out := fs.String("out", "", "FILE.pdf or FILE.txt")
	noticeID := fs.String("notice", "", "notice ID")
	withDossier := fs.Bool("with-dossier", false, "write the dossier PDF next to the letter")
	recipient := fs.String("recipient", "", "the recipient's lines separated by ';' when it is not the notice's author (the mediator)")
	if err := fs.Parse(args); err != nil {
		return usageError(e.tr.T("cli.bad_flag", err.Error()))
	}
	ext := strings.ToLower(filepath.Ext(*out))
	if *out == "" || (ext != ".pdf" && ext != ".txt") {
		return usageError(e.tr.T("letter.need_out"))
	}
	if *noticeID == "" {
		return usageError(e.tr.T("notice.need_id"))
	}
	a, s, err := e.openApp(true)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := context.Background()
	it, err := a.NoticeByID(ctx, *noticeID)
	if err != nil {
		return err
	}
	for _, sent := range it.Sent {
		if sent.Letter == kind && !*withDossier {
			return writeLetterAs(e, *out, ext, sent.PDF, sent.Text, e.tr.T("notice.done_as_sent", *out, journal.FormatShortDate(sent.SentOn)))
		}
	}
	in := carnet.DefenceInput{Mode: rights.ModeRegistered}
	for _, line := range strings.Split(*recipient, ";") {
		if line = strings.TrimSpace(line); line != "" {
			in.Recipient = append(in.Recipient, line)
		}
	}
	l, err := a.DefenceLetter(ctx, *noticeID, kind, in)
	if err != nil {
		return err
	}
	if *withDossier {
		if l.Dossier == nil {
			return usageError(e.tr.T("notice.no_dossier"))
		}
		path := filepath.Join(filepath.Dir(*out), carnet.DossierFileName(carnet.DossierOptions{From: l.Dossier.From, To: l.Dossier.To}, carnet.FormatPDF))
		if err := writeFileAtomic(path, l.DossierPDF); err != nil {
			return err
		}
		fmt.Fprintln(e.stdout, e.tr.T("notice.dossier_done", path))
	}
	return writeLetterAs(e, *out, ext, l.PDF, l.Text, e.tr.T("letter.done", *out))
}

// writeLetterAs writes a letter's PDF or text to path and says so.
func writeLetterAs(e *env, path, ext string, pdf []byte, text, done string) error {
	data := pdf
	if ext == ".txt" {
		data = []byte(text)
	}
	if err := writeFileAtomic(path, data); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, done)
	return nil
}
