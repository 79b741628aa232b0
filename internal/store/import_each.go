package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/carnet-app/carnet/internal/answerfind"
	"github.com/carnet-app/carnet/internal/defence"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// ImportItem is one record to import, with the line of the file where it
// starts (0 when it comes from no file). Exactly one pointer is set.
type ImportItem struct {
	Line    int
	Profile *journal.Profile
	Act     *journal.Act
	Mail    *journal.Mail
	Request *rights.Request
	Meeting *journal.Meeting
	// AnswerFile and Fact come after the requests they belong to.
	AnswerFile *answerfind.AnswerFile
	Fact       *answerfind.ConfirmedFact
	// Notice comes after the mail it marks.
	Notice *defence.Record
}

// Reasons of an ImportError.
const (
	// ImportIDTaken: a history entry or proof ID is already stored for
	// another record, or with other content.
	ImportIDTaken = "id_taken"
	// ImportStatusHistory: after the merge, the act's status would not be
	// the last entry of its history.
	ImportStatusHistory = "status_history"
	// ImportMissingReply: reply_mail_id names a mail neither stored nor in
	// the file.
	ImportMissingReply = "missing_reply"
	// ImportInvalid: the record fails its domain validation (Value names
	// the first field at fault).
	ImportInvalid = "invalid"
)

// ImportError says which record made an import refuse the whole file.
type ImportError struct {
	Line   int    // line of the record in the file, 0 when unknown
	Kind   string // "act" or "mail"
	ID     string // the record's ID
	Field  string // "history", "attachments" or "reply_mail_id", "status"
	Value  string // the identifier or status at fault
	Reason string // one of the Import… reasons
}

// Error returns the problem in English, for logs and tests.
func (e *ImportError) Error() string {
	return fmt.Sprintf("line %d: %s %s: %s %q: %s", e.Line, e.Kind, e.ID, e.Field, e.Value, e.Reason)
}

// ImportEach runs read inside one transaction; read calls put with every
// record, in file order, as it parses them, so a file of any size is
// imported without holding it in memory. read runs on a goroutine of its
// own, parsing ahead while the records before are written (pipe); put
// must not be called after read returns. Records merge as Import says.
// When read or put returns an error, nothing is written and that error is
// returned: read's own (a parse error), an *ImportError naming the record
// that would leave the record inconsistent (see the Import… reasons), or
// the database's.
func (s *Store) ImportEach(ctx context.Context, read func(put func(ImportItem) error) error) (ImportStats, error) {
	var st ImportStats
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		im := importer{ctx: ctx, tx: tx, st: &st, stamp: s.stamp(), stmts: map[string]*sql.Stmt{}}
		defer im.close()
		deferred, err := deferIndexes(ctx, tx)
		if err != nil {
			return err
		}
		im.deferred = deferred
		if err := pipe(ctx, read, im.put); err != nil {
			return err
		}
		if err := im.flush(); err != nil {
			return err
		}
		if err := im.checkReplies(); err != nil {
			return err
		}
		return deferred.finish()
	})
	if err != nil {
		return ImportStats{}, err
	}
	return st, nil
}

// importer holds what an import needs between records.
type importer struct {
	ctx     context.Context
	tx      *sql.Tx
	st      *ImportStats
	stamp   string
	replies []ImportError        // mails whose reply link is checked at the end
	stmts   map[string]*sql.Stmt // statements prepared once for the whole import
	pending []pendingAct         // new acts waiting for one INSERT
	queued  map[string]bool      // IDs of the pending acts
	// deferred is what an import into an empty record dropped until its
	// end (nil otherwise).
	deferred *deferred
}

// stmt returns q prepared in the import's transaction.
func (im *importer) stmt(q string) (*sql.Stmt, error) {
	if st, ok := im.stmts[q]; ok {
		return st, nil
	}
	st, err := im.tx.PrepareContext(im.ctx, q)
	if err != nil {
		return nil, err
	}
	im.stmts[q] = st
	return st, nil
}

// exec runs a statement built by insertSQL or upsertSQL.
func (im *importer) exec(q string, args []any) error {
	_, err := im.result(q, args)
	return err
}

func (im *importer) result(q string, args []any) (sql.Result, error) {
	st, err := im.stmt(q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(im.ctx, args...)
}

// queryRow runs a one-row query through a prepared statement.
func (im *importer) queryRow(q string, args ...any) *sql.Row {
	st, err := im.stmt(q)
	if err != nil {
		return im.tx.QueryRowContext(im.ctx, q, args...)
	}
	return st.QueryRowContext(im.ctx, args...)
}

func (im *importer) close() {
	for _, st := range im.stmts {
		st.Close()
	}
}

// updatedAt returns the stored updated_at of the record id of table, and
// whether it exists.
func (im *importer) updatedAt(table, id string) (string, bool, error) {
	var updated string
	err := im.queryRow("SELECT updated_at FROM "+table+" WHERE id = ?", id).Scan(&updated)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	return updated, err == nil, err
}

// upsertSQL is upsertRow's statement: insert, or update every column but id.
func upsertSQL(table string, fields []field) (string, []any) {
	q, args := insertSQL(table, fields)
	set := make([]string, 0, len(fields))
	for _, f := range fields {
		if f.col != "id" {
			set = append(set, f.col+" = excluded."+f.col)
		}
	}
	return q + " ON CONFLICT(id) DO UPDATE SET " + strings.Join(set, ", "), args
}

func (im *importer) put(it ImportItem) error {
	ctx, tx, st := im.ctx, im.tx, im.st
	if err := invalid(it); err != nil {
		return err
	}
	if it.Act == nil {
		// Acts waiting in the batch are written first, so a refusal names
		// the first record at fault.
		if err := im.flush(); err != nil {
			return err
		}
	}
	switch {
	case it.Profile != nil:
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM profile").Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			if err := upsertProfile(ctx, tx, *it.Profile, im.stamp); err != nil {
				return err
			}
			st.ProfileSet = 1
		}
	case it.Act != nil:
		if queued, err := im.batchAct(*it.Act, it.Line); queued || err != nil {
			return err
		}
		return im.importAct(*it.Act, it.Line)
	case it.Mail != nil:
		m := it.Mail
		if m.ReplyMailID != "" {
			im.replies = append(im.replies, ImportError{Line: it.Line, Kind: "mail", ID: m.ID,
				Field: "reply_mail_id", Value: m.ReplyMailID, Reason: ImportMissingReply})
		}
		return im.importMail(*m, it.Line)
	case it.Request != nil:
		added, err := importRequest(ctx, tx, *it.Request)
		if added {
			st.RequestsAdded++
		}
		return err
	case it.Meeting != nil:
		added, err := importMeeting(ctx, tx, *it.Meeting)
		if added {
			st.MeetingsAdded++
		}
		return err
	case it.AnswerFile != nil:
		_, err := importAnswerFile(ctx, tx, *it.AnswerFile, it.Line)
		return err
	case it.Fact != nil:
		_, err := importFact(ctx, tx, *it.Fact, it.Line)
		return err
	case it.Notice != nil:
		return importNotice(ctx, tx, *it.Notice, it.Line)
	}
	return nil
}

// checkReplies refuses the import when a stored mail of the file links to
// a reply that exists neither in the record nor in the file.
func (im *importer) checkReplies() error {
	for _, r := range im.replies {
		var stored string
		err := im.tx.QueryRowContext(im.ctx, "SELECT reply_mail_id FROM mails WHERE id = ?", r.ID).Scan(&stored)
		if err != nil {
			return err
		}
		if stored == "" {
			continue
		}
		var n int
		if err := im.tx.QueryRowContext(im.ctx, "SELECT count(*) FROM mails WHERE id = ?", stored).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			r.Value = stored
			return &r
		}
	}
	return nil
}

// importHistory adds the act's history entries that are new, then checks
// them (see checkHistory).
func (im *importer) importHistory(a journal.Act, line int) error {
	// checkHistory reads the history by act: its index comes back first.
	if err := im.deferred.restore("act_status_history_act"); err != nil {
		return err
	}
	missed := false
	for _, h := range a.History {
		q, args := insertSQL("act_status_history", statusChangeFields(a.ID, h))
		res, err := im.result(q+" ON CONFLICT(id) DO NOTHING", args)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		if err != nil {
			return err
		}
		missed = missed || n == 0
	}
	return im.checkHistory(a, line, missed)
}

// checkHistory refuses the import when one of a's history entries was not
// inserted (missed) because its ID is stored for another act, or with
// another status or date; or when the act's stored status is not the last
// entry of its merged history.
// lastStatusQuery reads an act's status and the status of the last entry
// of its history.
const lastStatusQuery = `SELECT status, coalesce((SELECT h.status FROM act_status_history h
		WHERE h.act_id = acts.id ORDER BY h.date DESC, h.created_at DESC, h.seq DESC LIMIT 1), '')
		FROM acts WHERE id = ?`

func (im *importer) checkHistory(a journal.Act, line int, missed bool) error {
	for _, h := range a.History {
		if !missed {
			break
		}
		var actID, status, date string
		if err := im.queryRow("SELECT act_id, status, date FROM act_status_history WHERE id = ?", h.ID).
			Scan(&actID, &status, &date); err != nil {
			return err
		}
		if actID != a.ID || status != string(h.Status) || date != formatDate(h.Date) {
			return &ImportError{Line: line, Kind: "act", ID: a.ID, Field: "history", Value: h.ID, Reason: ImportIDTaken}
		}
	}
	var status, last string
	err := im.queryRow(lastStatusQuery, a.ID).Scan(&status, &last)
	if err != nil {
		return err
	}
	if status != last {
		return &ImportError{Line: line, Kind: "act", ID: a.ID, Field: "status", Value: status, Reason: ImportStatusHistory}
	}
	return nil
}

// importOwnedAttachments adds the proofs that are new. An ID stored for
// another record, or with other bytes, refuses the import.
func (im *importer) importAttachments(kind, ownerColumn, ownerID string, line int, list []journal.Attachment) error {
	for _, att := range list {
		q, args := insertSQL("attachments", attachmentFields(ownerColumn, ownerID, att))
		res, err := im.result(q+" ON CONFLICT(id) DO NOTHING", args)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		if err != nil {
			return err
		}
		if n == 1 {
			im.st.AttachmentsAdded++
			continue
		}
		var owner sql.NullString
		var sum string
		err = im.queryRow("SELECT "+ownerColumn+", sha256 FROM attachments WHERE id = ?", att.ID).Scan(&owner, &sum)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if owner.String != ownerID || sum != att.SHA256 {
			return &ImportError{Line: line, Kind: kind, ID: ownerID, Field: "attachments", Value: att.ID, Reason: ImportIDTaken}
		}
	}
	return nil
}

// invalid returns an *ImportError when the item fails its Validate method.
func invalid(it ImportItem) error {
	var err error
	var kind, id string
	switch {
	case it.Act != nil:
		kind, id, err = "act", it.Act.ID, it.Act.Validate()
	case it.Mail != nil:
		kind, id, err = "mail", it.Mail.ID, it.Mail.Validate()
	case it.Meeting != nil:
		kind, id, err = "meeting", it.Meeting.ID, it.Meeting.Validate()
	case it.Profile != nil:
		kind, err = "profile", it.Profile.Validate()
	case it.AnswerFile != nil:
		kind, id, err = "answer_file", it.AnswerFile.ID, it.AnswerFile.Validate()
	case it.Fact != nil:
		kind, id, err = "fact", it.Fact.ID, it.Fact.Validate()
	case it.Notice != nil:
		kind, id, err = "notice", it.Notice.Notice.ID, it.Notice.Notice.Validate()
	}
	var v *journal.ValidationError
	if !errors.As(err, &v) {
		return err
	}
	field := ""
	for f := range v.Fields {
		if field == "" || f < field {
			field = f
		}
	}
	return &ImportError{Line: it.Line, Kind: kind, ID: id, Field: field, Value: field, Reason: ImportInvalid}
}
