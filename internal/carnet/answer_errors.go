package carnet

import (
	"context"
	"errors"

	"github.com/carnet-app/carnet/i18n"
	"github.com/carnet-app/carnet/internal/answerread"
	"github.com/carnet-app/carnet/internal/journal"
)

// answerReasons maps each error of reading an answer's file to the key
// of its sentence, under "answer.refused.".
var answerReasons = []struct {
	err error
	key string
}{
	{answerread.ErrTooLarge, "too_large"},
	{journal.ErrAttachmentTooLarge, "too_large"},
	{answerread.ErrArchiveTooLarge, "archive_too_large"},
	{answerread.ErrTooManyEntries, "too_many_entries"},
	{answerread.ErrTooDeep, "too_deep"},
	{answerread.ErrTooManyPages, "too_many_pages"},
	{answerread.ErrUnsupported, "unsupported"},
	{answerread.ErrEncrypted, "encrypted"},
	{answerread.ErrDamaged, "damaged"},
}

// explainAnswerFile says which file of an answer was refused and why, and
// that nothing was stored.
func explainAnswerFile(tr *i18n.Translator, e *AnswerFileError) string {
	if errors.Is(e.Err, context.Canceled) {
		return tr.T("fail.cancelled")
	}
	for _, r := range answerReasons {
		if !errors.Is(e.Err, r.err) {
			continue
		}
		reason := tr.T("answer.refused." + r.key)
		if r.key == "too_large" {
			reason = tr.T("answer.refused.too_large", journal.MaxAttachmentSize>>20)
		}
		return tr.T("answer.refused", e.Name, reason)
	}
	return tr.T("answer.refused", e.Name, tr.T("answer.refused.damaged"))
}
