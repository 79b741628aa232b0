-- Carnet schema, version 10: France Travail's answer to a request (issue 12).
-- * answer_files keeps every file of an answer as received, like a proof:
--   name, type, size, SHA-256 and bytes; a file is never changed.
-- * facts keeps what the user confirmed the answer disclosed about them
--   (« Score d’employabilité : 0,42 »), with the file and page it was read
--   from; a confirmation is never changed, a new one is added, so the rows
--   of one name are its history.
-- Both are sealed like every table the export reads (see 0007).

CREATE TABLE answer_files (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    request_id TEXT NOT NULL REFERENCES requests(id),
    name       TEXT NOT NULL,
    mime_type  TEXT NOT NULL DEFAULT '',
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    data       BLOB NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX answer_files_request ON answer_files(request_id);
CREATE TRIGGER answer_files_immutable BEFORE UPDATE ON answer_files BEGIN
    SELECT RAISE(ABORT, 'a file of an answer as received cannot be changed');
END;

CREATE TABLE facts (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    request_id   TEXT NOT NULL REFERENCES requests(id),
    name         TEXT NOT NULL,
    value        TEXT NOT NULL,
    valid_on     TEXT NOT NULL DEFAULT '',
    file         TEXT NOT NULL DEFAULT '',
    page         INTEGER NOT NULL DEFAULT 0,
    confirmed_at TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX facts_name ON facts(name);
CREATE INDEX facts_request ON facts(request_id);
CREATE TRIGGER facts_immutable BEFORE UPDATE ON facts BEGIN
    SELECT RAISE(ABORT, 'a confirmed fact cannot be changed: confirm a new value');
END;

CREATE TRIGGER answer_files_seal_insert AFTER INSERT ON answer_files BEGIN
    INSERT OR REPLACE INTO seals (tbl, key, seal) VALUES ('answer_files', new.seq, carnet_seal(new.seq, new.id, new.request_id, new.name, new.mime_type, new.size, new.sha256, new.created_at, new.updated_at));
END;
CREATE TRIGGER answer_files_seal_delete AFTER DELETE ON answer_files BEGIN
    DELETE FROM seals WHERE tbl = 'answer_files' AND key = old.seq;
END;
CREATE TRIGGER facts_seal_insert AFTER INSERT ON facts BEGIN
    INSERT OR REPLACE INTO seals (tbl, key, seal) VALUES ('facts', new.seq, carnet_seal(new.seq, new.id, new.request_id, new.name, new.value, new.valid_on, new.file, new.page, new.confirmed_at, new.created_at, new.updated_at));
END;
CREATE TRIGGER facts_seal_delete AFTER DELETE ON facts BEGIN
    DELETE FROM seals WHERE tbl = 'facts' AND key = old.seq;
END;
