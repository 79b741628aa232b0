-- Carnet schema, version 2: requests to France Travail and authorities,
-- with the immutable snapshot of each letter as sent.

CREATE TABLE requests (
    seq               INTEGER PRIMARY KEY,
    id                TEXT NOT NULL UNIQUE,
    kind              TEXT NOT NULL,
    parent_id         TEXT NOT NULL DEFAULT '',
    recipient_kind    TEXT NOT NULL DEFAULT '',
    recipient         TEXT NOT NULL DEFAULT '',
    details           TEXT NOT NULL DEFAULT '{}',
    mode              TEXT NOT NULL DEFAULT '',
    sent_on           TEXT NOT NULL DEFAULT '',
    registered_number TEXT NOT NULL DEFAULT '',
    received_on       TEXT NOT NULL DEFAULT '',
    extension_on      TEXT NOT NULL DEFAULT '',
    answered_on       TEXT NOT NULL DEFAULT '',
    refused_on        TEXT NOT NULL DEFAULT '',
    checklist         TEXT NOT NULL DEFAULT '{}',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    deleted_at        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX requests_parent ON requests(parent_id);

CREATE TABLE letter_snapshots (
    request_id TEXT PRIMARY KEY REFERENCES requests(id),
    pdf        BLOB NOT NULL,
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TRIGGER letter_snapshots_immutable BEFORE UPDATE ON letter_snapshots BEGIN
    SELECT RAISE(ABORT, 'a letter as sent cannot be changed');
END;
CREATE TRIGGER letter_snapshots_kept BEFORE DELETE ON letter_snapshots BEGIN
    SELECT RAISE(ABORT, 'a letter as sent cannot be deleted');
END;
