package store

import (
	"strings"

	"github.com/carnet-app/carnet/internal/journal"
)

// importBatchSize is how many new acts one INSERT writes. The full-text
// index writes its pending terms at every statement of a transaction, so
// one statement per act made a segment per act and endless merges; one
// statement per batch makes a segment per batch.
const importBatchSize = 200

// pendingAct is a new act waiting in the batch, with its line.
type pendingAct struct {
	act  journal.Act
	line int
}

// batchAct queues a new act without proofs for the next batch, and
// reports whether it did; an act already stored, one with proofs, or one
// whose ID is already queued is imported on its own.
func (im *importer) batchAct(a journal.Act, line int) (bool, error) {
	if len(a.Attachments) > 0 || im.queued[a.ID] {
		return false, im.flush()
	}
	_, exists, err := im.updatedAt("acts", a.ID)
	if err != nil || exists {
		return false, err
	}
	if im.queued == nil {
		im.queued = map[string]bool{}
	}
	im.queued[a.ID] = true
	im.pending = append(im.pending, pendingAct{act: a, line: line})
	if len(im.pending) >= importBatchSize {
		return true, im.flush()
	}
	return true, nil
}

// flush writes the queued acts with one INSERT, their history with one
// more, then checks each act as importHistory does.
func (im *importer) flush() error {
	if len(im.pending) == 0 {
		return nil
	}
	batch := im.pending
	im.pending, im.queued = nil, nil
	var rows [][]field
	for _, p := range batch {
		rows = append(rows, actFields(p.act))
	}
	if err := im.exec(insertManySQL("acts", rows)); err != nil {
		return err
	}
	im.st.ActsAdded += len(batch)
	rows = rows[:0]
	for _, p := range batch {
		for _, h := range p.act.History {
			rows = append(rows, statusChangeFields(p.act.ID, h))
		}
	}
	if len(rows) > 0 {
		q, args := insertManySQL("act_status_history", rows)
		res, err := im.result(q+" ON CONFLICT(id) DO NOTHING", args)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || int(n) == len(rows) {
			if err != nil {
				return err
			}
			rows = nil
		}
	}
	for _, p := range batch {
		// When an entry was not inserted, find whose it is and why.
		if err := im.checkHistory(p.act, p.line, rows != nil); err != nil {
			return err
		}
	}
	return nil
}

// insertManySQL is insertSQL for several rows of the same columns.
func insertManySQL(table string, rows [][]field) (string, []any) {
	q, _ := insertSQL(table, rows[0])
	values := q[strings.Index(q, " VALUES ")+len(" VALUES "):]
	args := make([]any, 0, len(rows)*len(rows[0]))
	for _, r := range rows {
		for _, f := range r {
			args = append(args, f.val)
		}
	}
	return q + strings.Repeat(","+values, len(rows)-1), args
}
