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
		departement, target_minutes, language, text_scale, contract_date, birth_date, email, backup_dir, theme
		FROM profile WHERE id = 1`).Scan(
		&p.Name, &p.Address, &p.FranceTravailID, &p.Agency, &p.Adviser, &p.Departement,
		&p.TargetMinutes, &p.Language, &p.TextScale, &contract, &birth, &p.Email, &p.BackupDir, &p.Theme)
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

// profileFields lists the columns of the profile row and their values.
func profileFields(p journal.Profile, created, updated string) []field {
	return []field{
		{"id", 1}, {"name", p.Name}, {"address", p.Address}, {"france_travail_id", p.FranceTravailID},
		{"agency", p.Agency}, {"adviser", p.Adviser}, {"departement", p.Departement},
		{"target_minutes", p.TargetMinutes}, {"language", p.Language}, {"text_scale", p.TextScale},
		{"contract_date", formatDate(p.ContractDate)}, {"birth_date", formatDate(p.BirthDate)},
		{"email", p.Email}, {"backup_dir", p.BackupDir}, {"theme", p.Theme}, {"created_at", created}, {"updated_at", updated},
	}
}

// upsertProfile stores the profile with updated_at now (and created_at now
// when none was saved yet; an update keeps created_at).
func upsertProfile(ctx context.Context, tx *sql.Tx, p journal.Profile, now string) error {
	return upsertRow(ctx, tx, "profile", profileFields(p, now, now), "created_at")
}

// IsEmpty reports whether the record holds no act, mail or saved profile.
func (s *Store) IsEmpty(ctx context.Context) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM acts) + (SELECT count(*) FROM mails)
		+ (SELECT count(*) FROM profile) + (SELECT count(*) FROM requests) + (SELECT count(*) FROM meetings)`).Scan(&n)
	return n == 0, err
}
