-- Carnet schema, version 4: the user's date of birth and e-mail address,
-- both optional ('' when unknown).

ALTER TABLE profile ADD COLUMN birth_date TEXT NOT NULL DEFAULT '';
ALTER TABLE profile ADD COLUMN email TEXT NOT NULL DEFAULT '';
