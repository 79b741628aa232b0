-- Carnet schema, version 3: the period a control questionnaire names, the
-- contrat d'engagement date, and adviser meetings.

ALTER TABLE mails ADD COLUMN period_from TEXT NOT NULL DEFAULT '';
ALTER TABLE mails ADD COLUMN period_to TEXT NOT NULL DEFAULT '';
ALTER TABLE profile ADD COLUMN contract_date TEXT NOT NULL DEFAULT '';

CREATE TABLE meetings (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    date       TEXT NOT NULL,
    start_time TEXT NOT NULL DEFAULT '',
    mode       TEXT NOT NULL DEFAULT '',
    adviser    TEXT NOT NULL DEFAULT '',
    place      TEXT NOT NULL DEFAULT '',
    questions  TEXT NOT NULL DEFAULT '[]',
    documents  TEXT NOT NULL DEFAULT '[]',
    notes      TEXT NOT NULL DEFAULT '',
    agreed     TEXT NOT NULL DEFAULT '[]',
    next_date  TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX meetings_date ON meetings(date);
