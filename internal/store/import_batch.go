package store

import (
	"strings"

	"github.com/carnet-app/carnet/internal/journal"
)

// importBatchSize is how many new acts one INSERT writes. The full-text
// index writes its pending terms at every statement of a transaction, so
// one statement per act made a segment per act and endless merges; one
// statement per batch makes a segment per batch.
const importBatchSize = 500

// pendingAct is a new act waiting in the batch, with its line.
type pendingAct struct {
	act  journal.Act
	line int
}

// batchAct queues an act without proofs for the next batch, and reports
// whether it did; an act with proofs, or one whose ID is already queued,
// is imported on its own after the batch. Whether a queued act is already
// stored is asked once per batch, at flush.
func (im *importer) batchAct(a journal.Act, line int) (bool, error) {
	if len(a.Attachments) > 0 || im.queued[a.ID] {
		return false, im.flush()
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

// flush writes the queued acts in file order: the runs of new ones with
// one INSERT each (insertNew), the ones already stored one by one, as
// importAct merges them.
func (im *importer) flush() error {
	if len(im.pending) == 0 {
		return nil
	}
	batch := im.pending
	im.pending, im.queued = nil, nil
	stored, err := im.storedActs(batch)
	if err != nil {
		return err
	}
	var run []pendingAct
	for _, p := range batch {
		if !stored[p.act.ID] {
			run = append(run, p)
			continue
		}
		if err := im.insertNew(run); err != nil {
			return err
		}
		run = nil
		if err := im.importAct(p.act, p.line); err != nil {
			return err
		}
	}
	return im.insertNew(run)
}

// storedActs returns which of the batch's acts are already stored, with
// one query.
func (im *importer) storedActs(batch []pendingAct) (map[string]bool, error) {
	args := make([]any, len(batch))
	for i, p := range batch {
		args[i] = p.act.ID
	}
	q := "SELECT id FROM acts WHERE id IN (?" + strings.Repeat(", ?", len(batch)-1) + ")"
	st, err := im.stmt(q)
	if err != nil {
		return nil, err
	}
	rows, err := st.QueryContext(im.ctx, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	stored := map[string]bool{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		stored[id] = true
	}
	return stored, rows.Err()
}

// insertNew writes new acts with one INSERT, their history with one more,
// then checks each act as importHistory does.
func (im *importer) insertNew(batch []pendingAct) error {
	if len(batch) == 0 {
		return nil
	}
	var rows [][]field
	for _, p := range batch {
		rows = append(rows, actFields(p.act))
	}
	if _, err := im.insertMany("acts", rows, ""); err != nil {
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
		n, err := im.insertMany("act_status_history", rows, " ON CONFLICT(id) DO NOTHING")
		if err != nil {
			return err
		}
		if n == len(rows) {
			rows = nil
		}
	}
	for _, p := range batch {
		// When an entry was not inserted, find whose it is and why.
		// Otherwise the new act's history is exactly the file's, and its
		// status is checked against it here, without a query.
		if rows != nil {
			if err := im.checkHistory(p.act, p.line, true); err != nil {
				return err
			}
		} else if last := lastStatus(p.act.History); string(p.act.Status) != last {
			return &ImportError{Line: p.line, Kind: "act", ID: p.act.ID, Field: "status", Value: string(p.act.Status), Reason: ImportStatusHistory}
		}
	}
	return nil
}

// maxVariables is how many values one statement may bind: SQLite's limit
// (SQLITE_MAX_VARIABLE_NUMBER, 32,766) with a margin.
const maxVariables = 32000

// insertMany inserts rows of the same columns with as few statements as
// SQLite's limit on bound values allows, suffix ending each statement,
// and returns how many rows were inserted.
func (im *importer) insertMany(table string, rows [][]field, suffix string) (int, error) {
	per := max(1, maxVariables/len(rows[0]))
	added := 0
	for start := 0; start < len(rows); start += per {
		q, args := insertManySQL(table, rows[start:min(start+per, len(rows))])
		res, err := im.result(q+suffix, args)
		if err != nil {
			return added, err
		}
		n, err := res.RowsAffected()
		if err != nil {
			return added, err
		}
		added += int(n)
	}
	return added, nil
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

// lastStatus is the status of a history's last entry as checkHistory's
// query orders them (by date, then creation time, then insertion order,
// which is the file's), or "" for no history.
func lastStatus(history []journal.StatusChange) string {
	last, key := "", ""
	for _, h := range history {
		if k := formatDate(h.Date) + "\x00" + formatStamp(h.CreatedAt); k >= key {
			last, key = string(h.Status), k
		}
	}
	return last
}
