-- Carnet schema, version 1: profile, acts with status history, mail,
-- attachments and full-text search.

CREATE TABLE profile (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    name              TEXT NOT NULL DEFAULT '',
    address           TEXT NOT NULL DEFAULT '',
    france_travail_id TEXT NOT NULL DEFAULT '',
    agency            TEXT NOT NULL DEFAULT '',
    adviser           TEXT NOT NULL DEFAULT '',
    departement       TEXT NOT NULL DEFAULT '',
    target_minutes    INTEGER NOT NULL DEFAULT 900 CHECK (target_minutes BETWEEN 0 AND 2100),
    language          TEXT NOT NULL DEFAULT 'fr',
    text_scale        REAL NOT NULL DEFAULT 1,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);

CREATE TABLE acts (
    seq             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    date            TEXT NOT NULL,
    start_time      TEXT NOT NULL DEFAULT '',
    minutes         INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 1440),
    theme           TEXT NOT NULL,
    code            TEXT NOT NULL,
    label           TEXT NOT NULL DEFAULT '',
    organisation    TEXT NOT NULL DEFAULT '',
    contact_name    TEXT NOT NULL DEFAULT '',
    contact_role    TEXT NOT NULL DEFAULT '',
    contact_email   TEXT NOT NULL DEFAULT '',
    contact_phone   TEXT NOT NULL DEFAULT '',
    channel         TEXT NOT NULL DEFAULT '',
    offer_ref       TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    private         INTEGER NOT NULL DEFAULT 0,
    status          TEXT NOT NULL DEFAULT '',
    next_action     TEXT NOT NULL DEFAULT '',
    next_action_on  TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX acts_date ON acts(date);
CREATE INDEX acts_deleted ON acts(deleted_at);

CREATE TABLE act_status_history (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    act_id     TEXT NOT NULL REFERENCES acts(id) ON DELETE CASCADE,
    status     TEXT NOT NULL,
    date       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX act_status_history_act ON act_status_history(act_id);

CREATE TABLE mails (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    direction     TEXT NOT NULL,
    date          TEXT NOT NULL,
    channel       TEXT NOT NULL,
    kind          TEXT NOT NULL,
    subject       TEXT NOT NULL,
    notes         TEXT NOT NULL DEFAULT '',
    reply_by      TEXT NOT NULL DEFAULT '',
    reply_mail_id TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mails_date ON mails(date);

CREATE TABLE attachments (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    act_id     TEXT REFERENCES acts(id) ON DELETE CASCADE,
    mail_id    TEXT REFERENCES mails(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    mime_type  TEXT NOT NULL,
    size       INTEGER NOT NULL CHECK (size BETWEEN 0 AND 26214400),
    sha256     TEXT NOT NULL,
    data       BLOB NOT NULL,
    created_at TEXT NOT NULL,
    CHECK ((act_id IS NULL) <> (mail_id IS NULL))
);
CREATE INDEX attachments_act ON attachments(act_id);
CREATE INDEX attachments_mail ON attachments(mail_id);

-- Full-text search over acts, accent- and case-insensitive.
CREATE VIRTUAL TABLE acts_fts USING fts5(
    organisation, label, contact, notes,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER acts_fts_insert AFTER INSERT ON acts BEGIN
    INSERT INTO acts_fts(rowid, organisation, label, contact, notes)
    VALUES (new.seq, new.organisation, new.label,
            new.contact_name || ' ' || new.contact_role || ' ' || new.contact_email, new.notes);
END;
CREATE TRIGGER acts_fts_update AFTER UPDATE ON acts BEGIN
    DELETE FROM acts_fts WHERE rowid = old.seq;
    INSERT INTO acts_fts(rowid, organisation, label, contact, notes)
    VALUES (new.seq, new.organisation, new.label,
            new.contact_name || ' ' || new.contact_role || ' ' || new.contact_email, new.notes);
END;
CREATE TRIGGER acts_fts_delete AFTER DELETE ON acts BEGIN
    DELETE FROM acts_fts WHERE rowid = old.seq;
END;

CREATE VIRTUAL TABLE mails_fts USING fts5(
    subject, notes,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER mails_fts_insert AFTER INSERT ON mails BEGIN
    INSERT INTO mails_fts(rowid, subject, notes) VALUES (new.seq, new.subject, new.notes);
END;
CREATE TRIGGER mails_fts_update AFTER UPDATE ON mails BEGIN
    DELETE FROM mails_fts WHERE rowid = old.seq;
    INSERT INTO mails_fts(rowid, subject, notes) VALUES (new.seq, new.subject, new.notes);
END;
CREATE TRIGGER mails_fts_delete AFTER DELETE ON mails BEGIN
    DELETE FROM mails_fts WHERE rowid = old.seq;
END;
