package carnet

import (
	"context"
	"errors"
	"io/fs"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"syscall"

	"github.com/carnet-app/carnet/i18n"
	"github.com/carnet-app/carnet/internal/exchange"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/recorderr"
)

// Explain turns any error a use case returns into one or more sentences in
// tr's language that say what happened and what to do. It never returns
// the developer's message of SQLite, fpdf, exec or the file system.
func Explain(tr *i18n.Translator, err error) string {
	if err == nil {
		return ""
	}
	var said saidError
	if errors.As(err, &said) {
		return string(said)
	}
	var backup *BackupError
	if errors.As(err, &backup) {
		return tr.T("backup." + backup.Key)
	}
	var (
		missing  *MissingError
		need     *NeedRequestError
		mismatch *KindMismatchError
		period   *PeriodError
		input    *exchange.InputError
		invalid  *journal.ValidationError
		path     *fs.PathError
		execErr  *exec.Error
		exitErr  *exec.ExitError
		answer   *AnswerFileError
	)
	if key := recordProblem(err); key != "" {
		return tr.T(key)
	}
	if key := noticeProblem(err); key != "" {
		return tr.T(key)
	}
	switch {
	case errors.Is(err, context.Canceled):
		return tr.T("fail.cancelled")
	case errors.As(err, &answer):
		return explainAnswerFile(tr, answer)
	case errors.Is(err, ErrNoAnswers):
		return tr.T("answer.no_record")
	case errors.As(err, &missing):
		var lines []string
		for _, k := range missing.Keys {
			lines = append(lines, "– "+tr.T("missing."+k))
		}
		return tr.T("letter.missing") + "\n" + strings.Join(lines, "\n")
	case errors.As(err, &need):
		return tr.T("letter.need_request", string(need.Kind))
	case errors.As(err, &mismatch):
		return tr.T("letter.kind_mismatch", mismatch.ID, string(mismatch.Kind))
	case errors.Is(err, ErrNoMeeting):
		return tr.T("report.no_meeting")
	case errors.As(err, &period):
		return tr.T("cli.bad_period")
	case errors.As(err, &input):
		msg := tr.T("input.problem."+input.Problem, strconv.Itoa(input.Line))
		if input.Field != "" {
			msg += " " + tr.T("input.field", input.Field)
		}
		if input.Value != "" {
			msg += " " + tr.T("input.value", input.Value)
		}
		return msg
	case errors.As(err, &invalid):
		fields := make([]string, 0, len(invalid.Fields))
		for f := range invalid.Fields {
			fields = append(fields, f)
		}
		sort.Strings(fields)
		msg := tr.T("cli.invalid")
		for _, f := range fields {
			msg += " " + f + " : " + tr.T("error."+invalid.Fields[f]) + "."
		}
		return msg
	case errors.Is(err, journal.ErrNotFound):
		return tr.T("cli.not_found")
	case errors.Is(err, journal.ErrAttachmentTooLarge):
		return tr.T("cli.too_large", journal.MaxAttachmentSize>>20)
	case errors.Is(err, syscall.ENOSPC):
		return tr.T("fail.disk_full")
	case errors.As(err, &execErr):
		return tr.T("fail.no_program")
	case errors.As(err, &exitErr):
		return tr.T("fail.program_failed")
	case errors.As(err, &path):
		switch {
		case errors.Is(path.Err, fs.ErrPermission):
			return tr.T("fail.file_permission", path.Path)
		case errors.Is(path.Err, fs.ErrNotExist):
			return tr.T("fail.file_missing", path.Path)
		}
		return tr.T("fail.file", path.Path)
	}
	return explainDriver(tr, err.Error())
}

// recordProblem returns the message key of a problem of the record file
// itself, which the store marks with a recorderr kind, or "".
func recordProblem(err error) string {
	switch {
	case errors.Is(err, recorderr.ErrDamaged):
		return "fail.record_damaged_readonly"
	case errors.Is(err, recorderr.ErrNotCarnet):
		return "fail.not_carnet"
	case errors.Is(err, recorderr.ErrNewer):
		return "fail.record_newer"
	case errors.Is(err, recorderr.ErrOutdated):
		return "fail.record_outdated"
	case errors.Is(err, recorderr.ErrFull):
		return "fail.record_full"
	case errors.Is(err, recorderr.ErrBusy):
		return "fail.record_busy_other"
	case errors.Is(err, recorderr.ErrReadOnly):
		return "fail.record_readonly_open"
	}
	return ""
}

// explainDriver reads the messages of the database driver and of the PDF
// library, which carry no types worth matching, and names the situation.
func explainDriver(tr *i18n.Translator, msg string) string {
	m := strings.ToLower(msg)
	has := func(parts ...string) bool {
		for _, p := range parts {
			if strings.Contains(m, p) {
				return true
			}
		}
		return false
	}
	switch {
	case has("database is locked", "sqlite_busy"):
		return tr.T("fail.record_busy")
	case has("database or disk is full", "sqlite_full", "no space"):
		return tr.T("fail.disk_full")
	case has("readonly", "read-only", "attempt to write a readonly", "permission denied"):
		return tr.T("fail.record_readonly")
	case has("not a database", "malformed", "sqlite_corrupt"):
		return tr.T("fail.record_damaged")
	case has("disk i/o", "sqlite_ioerr"):
		return tr.T("fail.record_io")
	case has("sqlite", "sql:"):
		return tr.T("fail.record")
	case has("font", "fpdf", "pdf", "utf-8", "image"):
		return tr.T("fail.document")
	}
	return tr.T("fail.unknown")
}

// Said wraps a sentence already written in the user's language; Explain
// gives it back as it is.
func Said(sentence string) error { return saidError(sentence) }

type saidError string

func (e saidError) Error() string { return string(e) }
