package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Check runs PRAGMA integrity_check (each damaged page named with the
// table, index and row it belongs to when SQLite tells), foreign_key_check,
// then the app's own consistency rules: the seal of every row and the
// SHA-256 of every letter as sent and every proof match their bytes,
// act_keys equal to the acts not in the trash, every act and mail valid,
// current status equal to the last history entry, reply links pointing at
// existing mail, schema at the latest version. A part that cannot be read
// becomes a problem that names it, and the other parts still run. It
// returns the problems found (none means healthy), or an error only when
// ctx ends.
func (s *Store) Check(ctx context.Context) ([]string, error) {
	var problems []string
	lines, err := queryAll(ctx, s, scanString, "PRAGMA integrity_check")
	if err != nil {
		problems = append(problems, "integrity: the file could not be read: "+err.Error())
	}
	for _, line := range lines {
		if line != "ok" {
			problems = append(problems, s.integrityProblem(ctx, line))
		}
	}
	var fk int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM pragma_foreign_key_check").Scan(&fk); err != nil {
		problems = append(problems, "links between records could not be verified: "+err.Error())
	} else if fk > 0 {
		problems = append(problems, fmt.Sprintf("%d rows point to missing records", fk))
	}
	var stale int
	if err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM (SELECT `+keyColumns+` FROM acts WHERE deleted_at = '' EXCEPT SELECT `+keyColumns+` FROM act_keys)) +
		(SELECT count(*) FROM (SELECT `+keyColumns+` FROM act_keys EXCEPT SELECT `+keyColumns+` FROM acts WHERE deleted_at = ''))`).Scan(&stale); err != nil {
		problems = append(problems, "act_keys could not be compared with the acts: "+err.Error())
	} else if stale > 0 {
		problems = append(problems, fmt.Sprintf("%d rows of act_keys differ from the acts they index", stale))
	}
	if v, err := s.SchemaVersion(ctx); err != nil || v != LatestSchemaVersion() {
		problems = append(problems, fmt.Sprintf("schema version %d, expected %d", v, LatestSchemaVersion()))
	}
	if id, err := s.applicationID(ctx); err != nil || id != ApplicationID {
		problems = append(problems, fmt.Sprintf("application_id %#x, expected %#x", id, ApplicationID))
	}
	problems = append(problems, s.checkSeals(ctx)...)
	problems = append(problems, s.checkRecords(ctx)...)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return problems, nil
}

// keyColumns are the columns act_keys copies from acts.
const keyColumns = "seq, date, start_time, id, theme, status, minutes"

// checkRecords applies the domain's rules to every act and mail; a table
// that cannot be read becomes a problem.
func (s *Store) checkRecords(ctx context.Context) []string {
	var problems []string
	// The records are read without their proofs' bodies; checkProofs reads
	// those one at a time, so that checking never holds more than one proof.
	acts, err := s.detailedActs(ctx, time.Time{}, time.Time{}, true, false)
	if err != nil {
		problems = append(problems, "acts could not be read: "+err.Error())
	}
	for _, a := range acts {
		if err := a.Validate(); err != nil {
			problems = append(problems, fmt.Sprintf("act %s: %v", a.ID, err))
		}
		last := ""
		if n := len(a.History); n > 0 {
			last = string(a.History[n-1].Status)
		}
		if string(a.Status) != last {
			problems = append(problems, fmt.Sprintf("act %s: status %q but history ends with %q", a.ID, a.Status, last))
		}
	}
	mails, err := s.detailedMails(ctx, time.Time{}, time.Time{}, false)
	if err != nil {
		problems = append(problems, "mail could not be read: "+err.Error())
	}
	ids := map[string]bool{}
	for _, m := range mails {
		ids[m.ID] = true
	}
	for _, m := range mails {
		if err := m.Validate(); err != nil {
			problems = append(problems, fmt.Sprintf("mail %s: %v", m.ID, err))
		}
		if m.ReplyMailID != "" && !ids[m.ReplyMailID] {
			problems = append(problems, fmt.Sprintf("mail %s: reply %s does not exist", m.ID, m.ReplyMailID))
		}
	}
	problems = append(problems, s.checkProofs(ctx)...)
	problems = append(problems, s.checkAnswerFiles(ctx)...)
	return append(problems, s.checkNotices(ctx)...)
}

// checkProofs recomputes the size and SHA-256 of every proof, reading one
// body at a time.
func (s *Store) checkProofs(ctx context.Context) []string {
	return s.checkSums(ctx, "attachments", "proofs", "attachment")
}

// checkSums recomputes the size and SHA-256 of the files of table (proofs,
// answer files), reading one body at a time; what names them in the
// sentence for the whole table, one a row at fault.
func (s *Store) checkSums(ctx context.Context, table, what, one string) []string {
	rows, err := s.db.QueryContext(ctx, "SELECT id, name, size, sha256, data FROM "+table+" ORDER BY seq")
	if err != nil {
		return []string{what + " could not be read: " + err.Error()}
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var id, name, sum string
		var size int64
		var data sql.RawBytes
		if err := rows.Scan(&id, &name, &size, &sum, &data); err != nil {
			return append(problems, what+" could not be read: "+err.Error())
		}
		if int64(len(data)) != size || hexSum(data) != sum {
			problems = append(problems, fmt.Sprintf("%s %s (%s): size or SHA-256 does not match", one, id, name))
		}
	}
	if err := rows.Err(); err != nil {
		problems = append(problems, what+" could not be read: "+err.Error())
	}
	return problems
}
