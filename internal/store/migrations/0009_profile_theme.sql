-- The colour theme the user chose in Paramètres: '' follows the system's
-- light or dark variant, 'light', 'dark' or 'high_contrast'. Sealed like
-- every column of the profile.
ALTER TABLE profile ADD COLUMN theme TEXT NOT NULL DEFAULT '';

DROP TRIGGER profile_seal_insert;
DROP TRIGGER profile_seal_update;
DELETE FROM seals WHERE tbl = 'profile';
INSERT INTO seals (tbl, key, seal) SELECT 'profile', id, carnet_seal(id, name, address, france_travail_id, agency, adviser, departement, target_minutes, language, text_scale, created_at, updated_at, contract_date, birth_date, email, backup_dir, theme) FROM profile;
CREATE TRIGGER profile_seal_insert AFTER INSERT ON profile BEGIN
    INSERT OR REPLACE INTO seals (tbl, key, seal) VALUES ('profile', new.id, carnet_seal(new.id, new.name, new.address, new.france_travail_id, new.agency, new.adviser, new.departement, new.target_minutes, new.language, new.text_scale, new.created_at, new.updated_at, new.contract_date, new.birth_date, new.email, new.backup_dir, new.theme));
END;
CREATE TRIGGER profile_seal_update AFTER UPDATE ON profile BEGIN
    DELETE FROM seals WHERE tbl = 'profile' AND key = old.id;
    INSERT OR REPLACE INTO seals (tbl, key, seal) VALUES ('profile', new.id, carnet_seal(new.id, new.name, new.address, new.france_travail_id, new.agency, new.adviser, new.departement, new.target_minutes, new.language, new.text_scale, new.created_at, new.updated_at, new.contract_date, new.birth_date, new.email, new.backup_dir, new.theme));
END;
