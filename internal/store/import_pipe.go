package store

import (
	"context"
	"errors"

	"golang.org/x/sync/semaphore"
)

// The reader may parse ahead of the writer up to pipeDepth records and
// pipeBytes of their weight (itemWeight): a whole batch of text records
// (importBatchSize), so that parsing the next batch overlaps writing this
// one, but only a few records heavy with proofs. A record heavier than
// pipeBytes (an act with several large proofs) counts as pipeBytes: it
// waits alone, so the memory held is at most pipeBytes or two records,
// the one written and the one parsed next.
const (
	pipeDepth = 2 * importBatchSize
	pipeBytes = 8 << 20
)

// errPipeClosed is what put returns to the reader once the writer has
// stopped; the writer's own error is the one reported.
var errPipeClosed = errors.New("import stopped")

// weighed is a record in the pipe with the weight it holds.
type weighed struct {
	item   ImportItem
	weight int64
}

// itemWeight estimates the memory a parsed record holds: a few KB of
// fields, plus the bytes of its proofs, answer file or letters as sent.
func itemWeight(it ImportItem) int64 {
	n := int64(4 << 10)
	if it.Act != nil {
		for _, a := range it.Act.Attachments {
			n += int64(len(a.Data))
		}
	}
	if it.Mail != nil {
		for _, a := range it.Mail.Attachments {
			n += int64(len(a.Data))
		}
	}
	if it.AnswerFile != nil {
		n += int64(len(it.AnswerFile.Data))
	}
	if it.Request != nil && it.Request.Snapshot != nil {
		n += int64(len(it.Request.Snapshot.PDF) + len(it.Request.Snapshot.Text))
	}
	if it.Notice != nil {
		for _, l := range it.Notice.Sent {
			n += int64(len(l.PDF) + len(l.Text))
		}
	}
	return min(n, pipeBytes)
}

// errReaderExited is returned when read ended its goroutine without
// returning (runtime.Goexit): the file was not read to its end.
var errReaderExited = errors.New("the import's reader stopped before the end of the file")

// readEnd is how the reader's goroutine ended: its error, or its panic.
type readEnd struct {
	err      error
	panicked bool
	panic    any
}

// pipe runs read on a goroutine of its own and hands each record it puts
// to write on the calling goroutine, in order, so that parsing the next
// records of a file overlaps writing these into the database. It returns
// write's first error (read is then told to stop), otherwise read's,
// otherwise ctx's when it was cancelled. A panic in read is raised again
// on the calling goroutine.
func pipe(ctx context.Context, read func(put func(ImportItem) error) error, write func(ImportItem) error) error {
	items := make(chan weighed, pipeDepth)
	room := semaphore.NewWeighted(pipeBytes)
	readCtx, stop := context.WithCancel(ctx)
	defer stop()
	ended := make(chan readEnd, 1)
	go func() {
		defer close(items)
		end := readEnd{panicked: true}
		defer func() {
			if end.panicked {
				end.panic = recover()
			}
			ended <- end
		}()
		end.err = read(func(it ImportItem) error {
			w := itemWeight(it)
			if room.Acquire(readCtx, w) != nil {
				return errPipeClosed
			}
			select {
			case items <- weighed{it, w}:
				return nil
			case <-readCtx.Done():
				return errPipeClosed
			}
		})
		end.panicked = false
	}()
	var err error
	for in := range items {
		if err == nil {
			if err = ctx.Err(); err == nil {
				err = write(in.item)
			}
			if err != nil {
				stop()
			}
		}
		room.Release(in.weight)
	}
	end := <-ended
	switch {
	case end.panicked && end.panic == nil:
		// runtime.Goexit (t.FailNow in a test's read) ended the reader.
		return errReaderExited
	case end.panicked:
		panic(end.panic)
	case err != nil:
		return err
	case end.err != nil && !errors.Is(end.err, errPipeClosed):
		return end.err
	}
	return ctx.Err()
}
