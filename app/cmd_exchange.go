package app

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/exchange"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/store"
)

// cmdExport writes the record (or a period of it) as JSON or CSV, or its
// dates as ICS; without --format, the extension of --out says which.
func cmdExport(e *env, args []string) error {
	fs := newFlags("export")
	format := fs.String("format", "", "json or csv")
	out := fs.String("out", "", "output file")
	fromS := fs.String("from", "", "first day, YYYY-MM-DD")
	toS := fs.String("to", "", "last day, YYYY-MM-DD")
	if err := fs.Parse(args); err != nil {
		return usageError(e.tr.T("cli.bad_flag", err.Error()))
	}
	if *out == "" {
		return usageError(e.tr.T("export.need_out"))
	}
	from, to, err := e.period(*fromS, *toS)
	if err != nil {
		return err
	}
	if *format == "" {
		if *format = formatOf(*out); *format == "" {
			return usageError(e.tr.T("export.need_format", filepath.Base(*out)))
		}
	}
	if *format != "json" && *format != "csv" && *format != "ics" {
		return usageError(e.tr.T("export.bad_format", *format))
	}
	s, err := e.openStore(true)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := context.Background()
	if *format == "ics" {
		data, n, err := writeICS(ctx, e, s, e.now())
		if err != nil {
			return err
		}
		if err := writeFileAtomic(*out, data); err != nil {
			return err
		}
		fmt.Fprintln(e.stdout, e.tr.N("export.ics_done", n, *out))
		return nil
	}
	acts, err := s.FullActs(ctx, from, to)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if *format == "csv" {
		var live []journal.Act
		for _, a := range acts {
			if a.DeletedAt.IsZero() {
				live = append(live, a)
			}
		}
		err = exchange.WriteCSV(&buf, live)
	} else {
		b := exchange.Bundle{Acts: acts}
		if b.Mails, err = s.FullMails(ctx, from, to); err != nil {
			return err
		}
		profile, perr := s.Profile(ctx)
		if perr != nil {
			return perr
		}
		b.Profile = &profile
		if b.Requests, err = s.FullRequests(ctx); err != nil {
			return err
		}
		if b.Meetings, err = s.FullMeetings(ctx); err != nil {
			return err
		}
		if b.AnswerFiles, err = s.FullAnswerFiles(ctx); err != nil {
			return err
		}
		if b.Facts, err = s.ConfirmedFacts(ctx); err != nil {
			return err
		}
		if b.Notices, err = s.FullNotices(ctx); err != nil {
			return err
		}
		b.Notices = exchange.NoticesOfMails(b.Notices, b.Mails)
		err = exchange.WriteJSON(&buf, b)
	}
	if err != nil {
		return err
	}
	if err := writeFileAtomic(*out, buf.Bytes()); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, e.tr.N("export.done", len(acts), *out))
	return nil
}

// period parses optional --from/--to dates.
func (e *env) period(fromS, toS string) (time.Time, time.Time, error) {
	var from, to time.Time
	var err error
	if fromS != "" {
		if from, err = journal.ParseISODate(fromS); err != nil {
			return from, to, usageError(e.tr.T("cli.bad_date", fromS))
		}
	}
	if toS != "" {
		if to, err = journal.ParseISODate(toS); err != nil {
			return from, to, usageError(e.tr.T("cli.bad_date", toS))
		}
	}
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		return from, to, usageError(e.tr.T("cli.bad_period"))
	}
	return from, to, nil
}

// writeFileAtomic writes data to path through carnet.WriteFileAtomic: a
// failure leaves any earlier file as it was.
func writeFileAtomic(path string, data []byte) error {
	return carnet.WriteFileAtomic(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// formatOf returns the export format the name of file says (json, csv or
// ics, whatever the case of its extension), or "" when it says none.
func formatOf(file string) string {
	switch ext := strings.ToLower(filepath.Ext(file)); ext {
	case ".json", ".csv", ".ics":
		return ext[1:]
	}
	return ""
}

// cmdImport merges a JSON or CSV file into the record; a bad file changes
// nothing. A JSON file is read as a stream inside the import's
// transaction, so neither time nor memory grows beyond the file's size.
func cmdImport(e *env, args []string) error {
	if len(args) != 1 {
		return usageError(e.tr.T("import.need_file"))
	}
	f, err := os.Open(args[0])
	if err != nil {
		return err
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	head, _ := br.Peek(64)
	kind, err := exchange.Sniff(head)
	if err != nil {
		return explainImport(e.tr, err)
	}
	var acts []journal.Act
	if kind == exchange.KindCSV {
		data, err := io.ReadAll(br)
		if err != nil {
			return err
		}
		if acts, err = exchange.ReadCSV(data, e.now()); err != nil {
			return explainImport(e.tr, err)
		}
	}
	s, err := e.openStore(false)
	if err != nil {
		return err
	}
	defer s.Close()
	st, err := s.ImportEach(context.Background(), func(put func(store.ImportItem) error) error {
		if kind == exchange.KindCSV {
			for i := range acts {
				if err := put(store.ImportItem{Act: &acts[i]}); err != nil {
					return err
				}
			}
			return nil
		}
		return exchange.DecodeJSON(br, func(it exchange.Item) error { return put(store.ImportItem(it)) })
	})
	if err != nil {
		return explainImport(e.tr, err)
	}
	fmt.Fprintln(e.stdout, e.tr.T("import.done", st.ActsAdded, st.ActsUpdated, st.MailsAdded, st.MailsUpdated, st.AttachmentsAdded))
	return nil
}

// cmdCheck verifies the database and prints "ok" or the problems.
func cmdCheck(e *env, args []string) error {
	s, err := e.openStore(true)
	if err != nil {
		return err
	}
	defer s.Close()
	problems, err := s.Check(context.Background())
	if err != nil {
		return err
	}
	if len(problems) == 0 {
		fmt.Fprintln(e.stdout, "ok")
		return nil
	}
	for _, p := range problems {
		fmt.Fprintln(e.stdout, p)
	}
	return carnet.Said(e.tr.N("check.failed", len(problems)))
}
