package store

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// sealedTable names a table whose rows carry a seal (see migration 0007).
type sealedTable struct {
	name, key, columns string
}

// sealedTables lists, for each table whose rows carry a seal, the column
// used as the seal's key and the columns sealed, in the order of the
// triggers of migrations 0007, 0010 and 0011 (TestSealTriggersMatchCheck compares them).
var sealedTables = []sealedTable{
	{"profile", "id", "id, name, address, france_travail_id, agency, adviser, departement, target_minutes, language, text_scale, created_at, updated_at, contract_date, birth_date, email, backup_dir, theme"},
	{"acts", "seq", "seq, id, date, start_time, minutes, theme, code, label, organisation, contact_name, contact_role, contact_email, contact_phone, channel, offer_ref, notes, private, status, next_action, next_action_on, created_at, updated_at, deleted_at"},
	{"act_status_history", "seq", "seq, id, act_id, status, date, created_at"},
	{"mails", "seq", "seq, id, direction, date, channel, kind, subject, notes, reply_by, reply_mail_id, created_at, updated_at, deleted_at, period_from, period_to"},
	{"attachments", "seq", "seq, id, act_id, mail_id, name, mime_type, size, sha256, created_at"},
	{"requests", "seq", "seq, id, kind, parent_id, recipient_kind, recipient, details, mode, sent_on, registered_number, received_on, extension_on, answered_on, refused_on, checklist, created_at, updated_at, deleted_at"},
	{"letter_snapshots", "request_id", "request_id, pdf_sha256, text_sha256, created_at"},
	{"meetings", "seq", "seq, id, date, start_time, mode, adviser, place, questions, documents, notes, agreed, next_date, created_at, updated_at, deleted_at"},
	{"answer_files", "seq", "seq, id, request_id, name, mime_type, size, sha256, created_at, updated_at"},
	{"facts", "seq", "seq, id, request_id, name, value, valid_on, file, page, confirmed_at, created_at, updated_at"},
	{"notices", "seq", "seq, id, mail_id, kind, date, seen_on, reference, failure_kind, failure_text, period_from, period_to, deadline_n, deadline_unit, addressee, routes, sanction_measure, sanction_rate, sanction_months, sanction_start, amount_cents, answers, reasons, ask_hearing, contest, grounds, created_at, updated_at, deleted_at"},
	{"notice_letters", "seq", "seq, id, notice_id, letter, sent_on, received_on, pdf_sha256, text_sha256, created_at"},
}

// checkSeals recomputes the seal of every row of the sealed tables and the
// SHA-256 of every letter as sent, and returns one problem per row whose
// bytes changed since they were written, per seal without its row and per
// table that could not be read (named, with the error).
func (s *Store) checkSeals(ctx context.Context) []string {
	var problems []string
	for _, t := range sealedTables {
		id := "'" + t.key + " ' || t." + t.key
		if t.key == "seq" {
			id = "'id ' || coalesce(t.id, '?') || ' (seq ' || t.seq || ')'"
		}
		rows, err := queryAll(ctx, s, scanString, sealQuery(t, id))
		if err != nil {
			problems = append(problems, fmt.Sprintf("table %s could not be verified: %v", t.name, err))
			continue
		}
		for _, r := range rows {
			problems = append(problems, fmt.Sprintf("%s %s: changed since it was written (seal does not match)", t.name, r))
		}
		q := fmt.Sprintf(`SELECT CAST(key AS TEXT) FROM seals WHERE tbl = '%s' AND key NOT IN (SELECT %s FROM %s)`, t.name, t.key, t.name)
		gone, err := queryAll(ctx, s, scanString, q)
		if err != nil {
			problems = append(problems, fmt.Sprintf("table %s could not be verified: %v", t.name, err))
			continue
		}
		for _, k := range gone {
			problems = append(problems, fmt.Sprintf("%s %s %s: sealed but missing", t.name, t.key, k))
		}
	}
	bad, err := queryAll(ctx, s, scanString, `SELECT request_id FROM letter_snapshots
		WHERE pdf_sha256 IS NOT carnet_sha256(pdf) OR text_sha256 IS NOT carnet_sha256(text)`)
	if err != nil {
		return append(problems, fmt.Sprintf("letters as sent could not be verified: %v", err))
	}
	for _, id := range bad {
		problems = append(problems, fmt.Sprintf("letter as sent of request %s: SHA-256 does not match", id))
	}
	return problems
}

// sealQuery selects id for each row of t whose seal is missing or does
// not match its columns. « +t.key » drops the column's affinity: compared
// with it as is, seals.key (no affinity) could not use the primary key,
// and each row scanned every seal of its table (100 s for 20,000 acts).
func sealQuery(t sealedTable, id string) string {
	return fmt.Sprintf(`SELECT %s FROM %s t LEFT JOIN seals s ON s.tbl = '%s' AND s.key = +t.%s
			WHERE s.seal IS NOT carnet_seal(%s)`, id, t.name, t.name, t.key, prefixed("t.", t.columns))
}

func prefixed(prefix, columns string) string {
	cols := strings.Split(columns, ", ")
	for i, c := range cols {
		cols[i] = prefix + c
	}
	return strings.Join(cols, ", ")
}

var (
	treePage   = regexp.MustCompile(`Tree (\d+) page (\d+)`)
	indexEntry = regexp.MustCompile(`(?:row (\d+) missing from|wrong # of entries in|NULL value in|non-unique entry in) index (\S+)`)
)

// integrityProblem turns a line of PRAGMA integrity_check into a problem
// that names the table (and, when SQLite says so, the row or page) the
// damage touches: "Tree N" is the b-tree whose root page is N, which
// sqlite_schema names; an index line names its index, hence its table.
func (s *Store) integrityProblem(ctx context.Context, line string) string {
	where := ""
	if m := treePage.FindStringSubmatch(line); m != nil {
		root, _ := strconv.Atoi(m[1])
		var name, tbl string
		if err := s.db.QueryRowContext(ctx, "SELECT name, tbl_name FROM sqlite_schema WHERE rootpage = ?", root).Scan(&name, &tbl); err == nil {
			where = describeObject(name, tbl) + ", page " + m[2]
			if page, err := strconv.Atoi(m[2]); err == nil && name == tbl {
				where += describeRows(s.pageRows(ctx, page))
			}
		}
	} else if m := indexEntry.FindStringSubmatch(line); m != nil {
		var tbl string
		if err := s.db.QueryRowContext(ctx, "SELECT tbl_name FROM sqlite_schema WHERE name = ?", m[2]).Scan(&tbl); err == nil {
			where = describeObject(m[2], tbl)
			if m[1] != "" {
				where += ", row " + m[1]
			}
		}
	}
	if where == "" {
		return "integrity: " + line
	}
	return "integrity (" + where + "): " + line
}

func describeObject(name, table string) string {
	if name == table {
		return "table " + table
	}
	return "table " + table + " (index " + name + ")"
}
