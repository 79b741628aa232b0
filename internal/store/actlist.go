package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

// actOrder orders acts (alias a) as every list of acts does: newest day
// first, later start first, then by ID, so that the order is total and a
// page can start right after any act.
const actOrder = " ORDER BY a.date DESC, a.start_time DESC, a.id DESC"

// actListColumns are actColumns on alias a, then the act's attachment IDs.
var actListColumns = "a." + strings.Join(strings.Fields(actColumns), " a.") +
	", (SELECT group_concat(id) FROM attachments WHERE act_id = a.id)"

// scanListedAct reads a row of actListColumns.
func scanListedAct(row scanner) (journal.Act, error) {
	var ids sql.NullString
	a, err := scanAct(scanAround{row: row, after: []any{&ids}})
	if ids.String != "" {
		a.AttachmentIDs = strings.Split(ids.String, ",")
	}
	return a, err
}

// actConds returns the conditions on alias a selecting the acts not in the
// trash that match every field of f but Query, and their arguments. The
// test of deleted_at against a literal empty string lets SQLite use the
// partial indexes of version 5.
func actConds(f journal.ActFilter) ([]string, []any) {
	where, args := keyConds("a", f)
	return append([]string{"a.deleted_at = ''"}, where...), args
}

// keyConds returns the conditions on alias t (acts or act_keys) keeping
// the rows that match the period, theme and status of f, and their
// arguments.
func keyConds(t string, f journal.ActFilter) ([]string, []any) {
	var where []string
	var args []any
	if !f.From.IsZero() {
		where, args = append(where, t+".date >= ?"), append(args, formatDate(f.From))
	}
	if !f.To.IsZero() {
		where, args = append(where, t+".date <= ?"), append(args, formatDate(f.To))
	}
	if f.Theme != "" {
		where, args = append(where, t+".theme = ?"), append(args, f.Theme)
	}
	if f.Status != "" {
		where, args = append(where, t+".status = ?"), append(args, string(f.Status))
	}
	return where, args
}

// afterCond returns the condition on alias t keeping the acts that follow
// after in actOrder, and its arguments; none when after is nil.
func afterCond(t string, after *journal.Act) ([]string, []any) {
	if after == nil {
		return nil, nil
	}
	return []string{"(" + t + ".date, " + t + ".start_time, " + t + ".id) < (?, ?, ?)"},
		[]any{formatDate(after.Date), after.StartTime, after.ID}
}

// ftsQuery turns what the user typed into an FTS5 query: every word must
// appear, as a prefix; quotes keep FTS5 syntax characters inert.
func ftsQuery(text string) string {
	words := strings.Fields(journal.FoldText(text))
	for i, w := range words {
		words[i] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"*`
	}
	return strings.Join(words, " ")
}

// matchCond is the condition keeping the acts (alias a) that the FTS5
// query bound to it matches.
const matchCond = "a.seq IN (SELECT rowid FROM acts_fts WHERE acts_fts MATCH ?)"

func and(where []string) string { return strings.Join(where, " AND ") }

// ListActs returns the acts not in the trash that match the filter, in the
// order of ActsPage, without history or attachments (AttachmentIDs is
// filled). It returns the database's error, if any.
func (s *Store) ListActs(ctx context.Context, f journal.ActFilter) ([]journal.Act, error) {
	where, args := actConds(f)
	if q := ftsQuery(f.Query); q != "" {
		where, args = append(where, matchCond), append(args, q)
	}
	return queryAll(ctx, s, scanListedAct, "SELECT "+actListColumns+" FROM acts a WHERE "+and(where)+actOrder, args...)
}

// pageWindow is how many acts, in order, ActsPage looks through for the
// matches of a search before it starts from the matches instead (a
// variable for the tests of both ways).
var pageWindow = 2000

// ActsPage returns at most limit acts of ListActs(f), those that follow
// after in its order (newest first): after is the last act of the previous
// page, nil for the first page. Only its Date, StartTime and ID are read, so
// a page follows on even when that act was changed or deleted meanwhile.
// It returns an error when limit is not positive or the query fails.
func (s *Store) ActsPage(ctx context.Context, f journal.ActFilter, after *journal.Act, limit int) ([]journal.Act, error) {
	if limit <= 0 {
		return nil, fmt.Errorf("page of %d acts: the size must be positive", limit)
	}
	q := ftsQuery(f.Query)
	if q == "" {
		where, args := actConds(f)
		w, a := afterCond("a", after)
		return queryAll(ctx, s, scanListedAct, "SELECT "+actListColumns+" FROM acts a WHERE "+and(append(where, w...))+
			actOrder+" LIMIT ?", append(append(args, a...), limit)...)
	}
	page, err := s.searchWindow(ctx, f, q, after, limit)
	if err != nil || len(page) == limit {
		return page, err
	}
	return s.searchMatches(ctx, f, q, after, limit)
}

// searchWindow returns the acts of the first page of a search found among
// the next pageWindow acts in order (or limit, when larger): all of the
// page when matches are frequent. Only the matches numbered within those
// acts' numbers are looked up, which acts entered over time keep close.
func (s *Store) searchWindow(ctx context.Context, f journal.ActFilter, q string, after *journal.Act, limit int) ([]journal.Act, error) {
	where, args := actConds(f)
	w, a := afterCond("a", after)
	args = append(append(args, a...), max(pageWindow, limit), q, limit)
	return queryAll(ctx, s, scanListedAct, "WITH w AS MATERIALIZED (SELECT a.seq, a.date, a.start_time, a.id FROM acts a WHERE "+
		and(append(where, w...))+actOrder+` LIMIT ?)
		SELECT `+actListColumns+` FROM acts a WHERE a.seq IN (SELECT w.seq FROM w WHERE w.seq IN (
			SELECT rowid FROM acts_fts WHERE acts_fts MATCH ?
			AND rowid BETWEEN (SELECT min(seq) FROM w) AND (SELECT max(seq) FROM w))
		ORDER BY w.date DESC, w.start_time DESC, w.id DESC LIMIT ?)`+actOrder, args...)
}

// searchMatches returns a page of a search from its matches: each one is
// joined to its keys in act_keys, then the first ones in order are read.
func (s *Store) searchMatches(ctx context.Context, f journal.ActFilter, q string, after *journal.Act, limit int) ([]journal.Act, error) {
	where, args := keyConds("k", f)
	w, a := afterCond("k", after)
	where = append([]string{"acts_fts MATCH ?"}, append(where, w...)...)
	args = append(append(append([]any{q}, args...), a...), limit)
	return queryAll(ctx, s, scanListedAct, "SELECT "+actListColumns+` FROM acts a WHERE a.seq IN (
		SELECT k.seq FROM acts_fts f CROSS JOIN act_keys k ON k.seq = f.rowid WHERE `+and(where)+`
		ORDER BY k.date DESC, k.start_time DESC, k.id DESC LIMIT ?)`+actOrder, args...)
}

// ActTotals counts the acts of ListActs(f) and sums their minutes, in SQL;
// a search joins its matches to act_keys, which holds no trashed act. It
// returns the database's error, if any.
func (s *Store) ActTotals(ctx context.Context, f journal.ActFilter) (journal.Totals, error) {
	query := "SELECT count(*), coalesce(sum(a.minutes), 0) FROM acts a WHERE "
	where, args := actConds(f)
	if q := ftsQuery(f.Query); q != "" {
		query = "SELECT count(*), coalesce(sum(k.minutes), 0) FROM acts_fts f CROSS JOIN act_keys k ON k.seq = f.rowid WHERE "
		where, args = keyConds("k", f)
		where, args = append([]string{"acts_fts MATCH ?"}, where...), append([]any{q}, args...)
	}
	var t journal.Totals
	err := s.db.QueryRowContext(ctx, query+and(where), args...).Scan(&t.Acts, &t.Minutes)
	return t, err
}

// DayTotals returns, for each day from from to to (both included; a zero
// bound is open) on which acts not in the trash are dated, their number and
// minutes, oldest day first. It returns the database's error, if any.
func (s *Store) DayTotals(ctx context.Context, from, to time.Time) ([]journal.DayTotal, error) {
	where, args := actConds(journal.ActFilter{From: from, To: to})
	return queryAll(ctx, s, scanDayTotal, "SELECT a.date, count(*), sum(a.minutes) FROM acts a WHERE "+
		and(where)+" GROUP BY a.date ORDER BY a.date", args...)
}

func scanDayTotal(row scanner) (journal.DayTotal, error) {
	var d journal.DayTotal
	var date string
	err := row.Scan(&date, &d.Acts, &d.Minutes)
	d.Date = parseDate(date)
	return d, err
}

// NextActions returns the acts not in the trash that plan a next action on
// from or later, soonest first (acts due the same day in the order of
// ListActs), with only what journal.UpcomingDates reads: ID, Date,
// Organisation, NextAction and NextActionOn. Narrow rows keep Accueil
// quick on a large record (3,104 planned acts of 100,000: about 50 ms
// instead of 90 once the file is cached). It returns the database's
// error, if any.
func (s *Store) NextActions(ctx context.Context, from time.Time) ([]journal.Act, error) {
	return queryAll(ctx, s, scanNextAction, `SELECT a.id, a.date, a.organisation, a.next_action, a.next_action_on FROM acts a
		WHERE a.deleted_at = '' AND a.next_action <> '' AND a.next_action_on <> '' AND a.next_action_on >= ?
		ORDER BY a.next_action_on, a.date DESC, a.start_time DESC, a.id DESC`, formatDate(from))
}

// scanNextAction reads a row of NextActions.
func scanNextAction(row scanner) (journal.Act, error) {
	var a journal.Act
	var date, nextOn string
	err := row.Scan(&a.ID, &date, &a.Organisation, &a.NextAction, &nextOn)
	a.Date, a.NextActionOn = parseDate(date), parseDate(nextOn)
	return a, err
}
