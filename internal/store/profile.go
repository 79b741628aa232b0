package store

import (
	"context"
	"database/sql"
	"errors"

	"github.com/carnet-app/carnet/internal/journal"
)

// Profile returns the user's profile, or journal.DefaultProfile when none
// was saved yet.
func (s *Store) Profile(ctx context.Context) (journal.Profile, error) {
	p := journal.DefaultProfile()
	var contract, birth string
	err := s.db.QueryRowContext(ctx, `SELECT name, address, france_travail_id, agency, adviser,
		departement, target_minutes, language, text_scale, contract_date, birth_date, email
		FROM profile WHERE id = 1`).Scan(
		&p.Name, &p.Address, &p.FranceTravailID, &p.Agency, &p.Adviser, &p.Departement,
		&p.TargetMinutes, &p.Language, &p.TextScale, &contract, &birth, &p.Email)
	p.ContractDate, p.BirthDate = parseDate(contract), parseDate(birth)
	if errors.Is(err, sql.ErrNoRows) {
		return journal.DefaultProfile(), nil
	}
	return p, err
}

// SaveProfile validates and stores the profile in one transaction. It
// returns a *journal.ValidationError or a database error with nothing written.
func (s *Store) SaveProfile(ctx context.Context, p journal.Profile) error {
	if err := p.Validate(); err != nil {
		return err
	}
	return s.inTx(ctx, func(tx *sql.Tx) error { return upsertProfile(ctx, tx, p, s.stamp()) })
}

func upsertProfile(ctx context.Context, tx *sql.Tx, p journal.Profile, now string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO profile (id, name, address, france_travail_id, agency,
		adviser, departement, target_minutes, language, text_scale, contract_date, birth_date, email,
		created_at, updated_at)
		VALUES (1,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
		ON CONFLICT(id) DO UPDATE SET name=excluded.name, address=excluded.address,
		france_travail_id=excluded.france_travail_id, agency=excluded.agency, adviser=excluded.adviser,
		departement=excluded.departement, target_minutes=excluded.target_minutes,
		language=excluded.language, text_scale=excluded.text_scale, contract_date=excluded.contract_date,
		birth_date=excluded.birth_date, email=excluded.email, updated_at=excluded.updated_at`,
		p.Name, p.Address, p.FranceTravailID, p.Agency, p.Adviser, p.Departement, p.TargetMinutes,
		p.Language, p.TextScale, formatDate(p.ContractDate), formatDate(p.BirthDate), p.Email, now, now)
	return err
}

// IsEmpty reports whether the record holds no act, mail or saved profile.
func (s *Store) IsEmpty(ctx context.Context) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM acts) + (SELECT count(*) FROM mails)
		+ (SELECT count(*) FROM profile) + (SELECT count(*) FROM requests) + (SELECT count(*) FROM meetings)`).Scan(&n)
	return n == 0, err
}
