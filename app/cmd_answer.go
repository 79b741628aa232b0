package app

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/journal"
)

// cmdAnswer attaches the files of France Travail's answer to a request
// (none: reads again those already attached) and prints, per item the
// request asked, where the answer addresses it or that it does not, then
// the facts it proposes and the pages it could not read; --json prints
// the same as JSON. Nothing is ticked or confirmed: the user does that.
func cmdAnswer(e *env, args []string) error {
	fs := newFlags("answer")
	reqID := fs.String("request", "", "tracked request ID")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := fs.Parse(args); err != nil {
		return usageError(e.tr.T("cli.bad_flag", err.Error()))
	}
	if *reqID == "" {
		return usageError(e.tr.T("answer.need_request"))
	}
	var files []carnet.AnswerInput
	for _, p := range fs.Args() {
		info, err := os.Stat(p)
		if err != nil {
			return err
		}
		if info.Size() > journal.MaxAttachmentSize {
			return &carnet.AnswerFileError{Name: filepath.Base(p), Err: journal.ErrAttachmentTooLarge}
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		files = append(files, carnet.AnswerInput{Name: filepath.Base(p), Data: data})
	}
	a, s, err := e.openApp(true)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := context.Background()
	var got carnet.AnswerReading
	if len(files) == 0 {
		got, err = a.ReadAnswer(ctx, *reqID, nil)
	} else {
		got, err = a.AttachAnswer(ctx, *reqID, files, nil)
	}
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(answerToJSON(got))
	}
	for _, it := range got.Items {
		if !it.Found() {
			fmt.Fprintf(e.stdout, "missing %s\n", it.Item.Key)
			continue
		}
		p := it.Passages[0]
		fmt.Fprintf(e.stdout, "found %s %s p.%d: %s\n", it.Item.Key, p.File, p.Page, p.Sentence)
	}
	for _, f := range got.Facts {
		fmt.Fprintf(e.stdout, "fact %s = %s (%s p.%d)\n", f.Name, f.Value, f.File, f.Page)
	}
	for _, u := range got.Unread {
		key := "answer.unread"
		if u.Unsupported {
			key = "answer.unread_unsupported"
		}
		fmt.Fprintf(e.stdout, "unread %s p.%d: %s\n", u.File, u.Page, e.tr.T(key))
	}
	return nil
}
