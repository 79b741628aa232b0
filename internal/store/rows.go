package store

import (
	"context"
	"database/sql"
	"slices"
	"strings"
)

// scanner is what *sql.Row and *sql.Rows have in common.
type scanner interface{ Scan(dest ...any) error }

// collect reads every row of a query with scan and closes rows. It takes
// the query's error as is (then rows is nil), and returns the first error
// of the query, of a scan, or of rows.Err().
func collect[T any](rows *sql.Rows, err error, scan func(scanner) (T, error)) ([]T, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// scanString reads a row of one text column.
func scanString(row scanner) (string, error) {
	var v string
	return v, row.Scan(&v)
}

// scanAround is a scanner whose rows hold the before columns, then those
// the caller scans, then the after columns.
type scanAround struct {
	row           scanner
	before, after []any
}

func (w scanAround) Scan(dest ...any) error {
	all := append(append(append([]any{}, w.before...), dest...), w.after...)
	return w.row.Scan(all...)
}

// field is one column of a row and the value written to it. Each table has
// one function listing its fields, so a column is always written with its
// own value, whatever the order or the number of columns.
type field struct {
	col string
	val any
}

// insertSQL returns the INSERT statement writing fields into table, and its
// arguments.
func insertSQL(table string, fields []field) (string, []any) {
	cols := make([]string, len(fields))
	args := make([]any, len(fields))
	for i, f := range fields {
		cols[i], args[i] = f.col, f.val
	}
	marks := strings.Repeat("?,", len(fields))
	return "INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES (" +
		marks[:len(marks)-1] + ")", args
}

// insertRow inserts fields into table as a new row.
func insertRow(ctx context.Context, tx *sql.Tx, table string, fields []field) error {
	q, args := insertSQL(table, fields)
	_, err := tx.ExecContext(ctx, q, args...)
	return err
}

// upsertRow inserts fields into table, or, when a row with the same id
// exists, updates every column of fields except id and those named in keep,
// which keep their stored value.
func upsertRow(ctx context.Context, tx *sql.Tx, table string, fields []field, keep ...string) error {
	q, args := insertSQL(table, fields)
	var set []string
	for _, f := range fields {
		if f.col != "id" && !slices.Contains(keep, f.col) {
			set = append(set, f.col+" = excluded."+f.col)
		}
	}
	_, err := tx.ExecContext(ctx, q+" ON CONFLICT(id) DO UPDATE SET "+strings.Join(set, ", "), args...)
	return err
}

// queryAll runs query on s's database and collects its rows with scan. It
// returns the first error of the query, of a scan, or of the rows.
func queryAll[T any](ctx context.Context, s *Store, scan func(scanner) (T, error), query string, args ...any) ([]T, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	return collect(rows, err, scan)
}
