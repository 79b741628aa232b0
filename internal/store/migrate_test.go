package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"path/filepath"
	"testing"
	"time"

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
			db, err := sql.Open("sqlite", fileURI(filepath.Join(dir, FileName), url.Values{"_pragma": {"foreign_keys(1)"}}))
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
			if stop.version >= 3 {
				// Data version 3 added: the contract date, a control period, a meeting.
				stmts = append(stmts,
					`UPDATE profile SET contract_date = '2026-09-15', departement = '69' WHERE id = 1`,
					`UPDATE mails SET period_from = '2026-09-01', period_to = '2026-09-30' WHERE id = 'm1'`,
					`INSERT INTO meetings (id, date, adviser, created_at, updated_at)
					 VALUES ('r1', '2026-12-03', 'M. Durand', '2026-10-02T09:00:00Z', '2026-10-02T09:00:00Z')`)
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
			if page, err := s.ActsPage(ctx, emptyFilter("so"), nil, 10); err != nil || len(page) != 1 {
				t.Fatalf("search page after migration: %d acts, %v", len(page), err)
			}
			if tot, err := s.ActTotals(ctx, emptyFilter("soc")); err != nil || tot != (journal.Totals{Acts: 1, Minutes: 60}) {
				t.Fatalf("search totals after migration: %+v, %v", tot, err)
			}
			m, err := s.Mail(ctx, "m1")
			if err != nil || m.Subject != "Contrôle" || stop.version < 3 && !m.PeriodFrom.IsZero() {
				t.Fatalf("mail after migration: %+v %v", m, err)
			}
			p, err := s.Profile(ctx)
			if err != nil || p.Name != "Camille Martin" || p.FranceTravailID != "1234567A" {
				t.Fatalf("profile after migration: %+v %v", p, err)
			}
			if stop.version < 3 && !p.ContractDate.IsZero() {
				t.Fatalf("contract date invented by migration: %v", p.ContractDate)
			}
			if !p.BirthDate.IsZero() || p.Email != "" {
				t.Fatalf("version 4 fields not empty after migration: %v %q", p.BirthDate, p.Email)
			}
			if stop.version >= 3 {
				if !p.ContractDate.Equal(time.Date(2026, 9, 15, 0, 0, 0, 0, time.UTC)) || p.Departement != "69" {
					t.Fatalf("version 3 profile data lost: %+v", p)
				}
				if !m.PeriodFrom.Equal(time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)) || !m.PeriodTo.Equal(time.Date(2026, 9, 30, 0, 0, 0, 0, time.UTC)) {
					t.Fatalf("version 3 mail period lost: %v–%v", m.PeriodFrom, m.PeriodTo)
				}
				if r, err := s.Meeting(ctx, "r1"); err != nil || r.Adviser != "M. Durand" {
					t.Fatalf("version 3 meeting lost: %+v %v", r, err)
				}
			}
			// The migrated profile takes the new fields and gives them back.
			p.BirthDate, p.Email = time.Date(1988, 4, 12, 0, 0, 0, 0, time.UTC), "camille.martin@example.org"
			if err := s.SaveProfile(ctx, p); err != nil {
				t.Fatal(err)
			}
			if got, _ := s.Profile(ctx); !got.BirthDate.Equal(p.BirthDate) || got.Email != p.Email || got.Name != p.Name {
				t.Fatalf("profile after saving the new fields: %+v, want %+v", got, p)
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
