package app

import (
	"context"
	"fmt"
	"time"

	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/demo"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// cmdDemo fills the data folder with a fictitious record.
func cmdDemo(e *env, args []string) error {
	fs := newFlags("demo")
	acts := fs.Int("acts", 400, "number of acts")
	seed := fs.Uint64("seed", 1, "random seed")
	force := fs.Bool("force", false, "add to a folder that already holds data")
	if err := fs.Parse(args); err != nil {
		return usageError(e.tr.T("cli.bad_flag", err.Error()))
	}
	if *acts < 0 || *acts > 200000 {
		return usageError(e.tr.T("demo.bad_count"))
	}
	s, err := e.openStore(false)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := context.Background()
	empty, err := s.IsEmpty(ctx)
	if err != nil {
		return err
	}
	if !empty && !*force {
		return carnet.Said(e.tr.T("demo.not_empty", e.dataDir))
	}
	rec := demo.Generate(*acts, *seed, journal.Day(e.now()))
	if err := attachSnapshots(&rec); err != nil {
		return err
	}
	st, err := s.Import(ctx, &rec.Profile, rec.Acts, rec.Mails, rec.Requests, rec.Meetings)
	if err != nil {
		return err
	}
	if err := storeDemoNotices(ctx, s, rec.Notices); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, e.tr.T("demo.done", e.tr.N("count.acts", st.ActsAdded), e.tr.N("mail.count", st.MailsAdded), e.tr.N("count.proofs", st.AttachmentsAdded), e.dataDir))
	return nil
}

// attachSnapshots renders the letter of every sent demo request as it
// would have been sent, so the record holds real snapshots.
func attachSnapshots(rec *demo.Record) error {
	byID := map[string]*rights.Request{}
	for i := range rec.Requests {
		byID[rec.Requests[i].ID] = &rec.Requests[i]
	}
	for i := range rec.Requests {
		r := &rec.Requests[i]
		if !r.Sent() || r.Snapshot != nil {
			continue
		}
		if !r.Kind.FollowUp() {
			*r = r.WithAskedKeys()
		}
		in := rights.LetterInput{Profile: rec.Profile, Request: *r, Today: r.SentOn}
		if r.ParentID != "" {
			parent := *byID[r.ParentID]
			parent.AnsweredOn = time.Time{} // as it stood when this letter was sent
			in.Parent = &parent
			for _, f := range rec.Requests {
				if f.ParentID == r.ParentID && f.ID != r.ID && f.Sent() && f.SentOn.Before(r.SentOn) {
					in.FollowUps = append(in.FollowUps, f)
				}
			}
		}
		snap, err := renderSnapshot(in, r.CreatedAt)
		if err != nil {
			return err
		}
		r.Snapshot = &snap
	}
	return nil
}
