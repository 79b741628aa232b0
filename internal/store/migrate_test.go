package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/carnet-app/carnet/internal/journal"
)

// TestMigratesFromEveryEarlierVersionWithData builds a database at each
// earlier schema version, fills it with data, then opens it with the
// current code: every migration must apply and keep the data.
func TestMigratesFromEveryEarlierVersionWithData(t *testing.T) {
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	for _, stop := range ms[:len(ms)-1] {
		t.Run(fmt.Sprintf("from version %d", stop.version), func(t *testing.T) {
			dir := t.TempDir()
			db, err := sql.Open("sqlite", "file:"+filepath.Join(dir, FileName)+"?_pragma=foreign_keys(1)")
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range ms {
				if m.version > stop.version {
					break
				}
				if _, err := db.Exec(m.sql); err != nil {
					t.Fatalf("%s: %v", m.name, err)
				}
				if _, err := db.Exec(fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
					t.Fatal(err)
				}
			}
			// Data every version since 1 can hold.
			stmts := []string{
				`INSERT INTO profile (id, name, address, france_travail_id, created_at, updated_at)
				 VALUES (1, 'Camille Martin', '12 rue des Lilas\n69003 Lyon', '1234567A', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
				`INSERT INTO acts (id, date, minutes, theme, code, organisation, status, created_at, updated_at)
				 VALUES ('a1', '2026-10-01', 60, 'P03', 'Q14', 'Société Générale', 'sent', '2026-10-01T09:00:00Z', '2026-10-01T09:00:00Z')`,
				`INSERT INTO act_status_history (id, act_id, status, date, created_at) VALUES ('h1', 'a1', 'sent', '2026-10-01', '2026-10-01T09:00:00Z')`,
				`INSERT INTO attachments (id, act_id, name, mime_type, size, sha256, data, created_at)
				 VALUES ('f1', 'a1', 'cv.txt', 'text/plain', 2, '` + sha256Hex([]byte("cv")) + `', X'6376', '2026-10-01T09:00:00Z')`,
				`INSERT INTO mails (id, direction, date, channel, kind, subject, reply_by, created_at, updated_at)
				 VALUES ('m1', 'received', '2026-10-02', 'post', 'control_questionnaire', 'Contrôle', '2026-10-12', '2026-10-02T09:00:00Z', '2026-10-02T09:00:00Z')`,
			}
			for _, q := range stmts {
				if _, err := db.Exec(q); err != nil {
					t.Fatal(err)
				}
			}
			db.Close()

			s, err := Open(dir)
			if err != nil {
				t.Fatalf("migrating from version %d: %v", stop.version, err)
			}
			defer s.Close()
			ctx := context.Background()
			if v, _ := s.SchemaVersion(ctx); v != LatestSchemaVersion() {
				t.Fatalf("version %d after migration", v)
			}
			a, err := s.Act(ctx, "a1")
			if err != nil || a.Organisation != "Société Générale" || len(a.History) != 1 || len(a.Attachments) != 1 {
				t.Fatalf("act after migration: %+v %v", a, err)
			}
			if found, _ := s.ListActs(ctx, emptyFilter("societe")); len(found) != 1 {
				t.Fatal("search lost after migration")
			}
			m, err := s.Mail(ctx, "m1")
			if err != nil || m.Subject != "Contrôle" || !m.PeriodFrom.IsZero() {
				t.Fatalf("mail after migration: %+v %v", m, err)
			}
			if p, _ := s.Profile(ctx); p.Name != "Camille Martin" || !p.ContractDate.IsZero() {
				t.Fatalf("profile after migration: %+v", p)
			}
			if problems, err := s.Check(ctx); err != nil || len(problems) > 0 {
				t.Fatalf("check after migration: %v %v", problems, err)
			}
		})
	}
}

func emptyFilter(q string) journal.ActFilter { return journal.ActFilter{Query: q} }

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
