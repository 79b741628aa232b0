-- Carnet schema, version 11: defence against a control, a warning or a
-- sanction (issue 13).
-- * notices keeps each mail of France Travail marked as a notice: every
--   field of defence.Notice (the addressee one line per line), and the
--   user's words for its letters (answers and reasons as JSON, hearing,
--   contest, grounds). A notice may be trashed like a mail.
-- * notice_letters keeps each defence letter exactly as sent, like
--   letter_snapshots (0002, 0007): PDF and text with their SHA-256, never
--   changed nor deleted; only the day it was received may be set once.
-- Both are sealed like every table the export reads (see 0007).

CREATE TABLE notices (
    seq              INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    mail_id          TEXT NOT NULL DEFAULT '',
    kind             TEXT NOT NULL,
    date             TEXT NOT NULL,
    seen_on          TEXT NOT NULL DEFAULT '',
    reference        TEXT NOT NULL DEFAULT '',
    failure_kind     TEXT NOT NULL DEFAULT '',
    failure_text     TEXT NOT NULL DEFAULT '',
    period_from      TEXT NOT NULL DEFAULT '',
    period_to        TEXT NOT NULL DEFAULT '',
    deadline_n       INTEGER NOT NULL DEFAULT 0,
    deadline_unit    TEXT NOT NULL DEFAULT '',
    addressee        TEXT NOT NULL DEFAULT '',
    routes           TEXT NOT NULL DEFAULT '',
    sanction_measure TEXT NOT NULL DEFAULT '',
    sanction_rate    INTEGER NOT NULL DEFAULT 0,
    sanction_months  INTEGER NOT NULL DEFAULT 0,
    sanction_start   TEXT NOT NULL DEFAULT '',
    amount_cents     INTEGER NOT NULL DEFAULT 0,
    answers          TEXT NOT NULL DEFAULT '',
    reasons          TEXT NOT NULL DEFAULT '',
    ask_hearing      INTEGER NOT NULL DEFAULT 0,
    contest          TEXT NOT NULL DEFAULT '',
    grounds          TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX notices_mail ON notices(mail_id);

CREATE TABLE notice_letters (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    notice_id   TEXT NOT NULL REFERENCES notices(id),
    letter      TEXT NOT NULL,
    sent_on     TEXT NOT NULL,
    received_on TEXT NOT NULL DEFAULT '',
    pdf         BLOB NOT NULL,
    text        TEXT NOT NULL,
    pdf_sha256  TEXT NOT NULL,
    text_sha256 TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX notice_letters_notice ON notice_letters(notice_id);
CREATE TRIGGER notice_letters_immutable BEFORE UPDATE ON notice_letters
WHEN old.received_on <> '' OR new.seq IS NOT old.seq OR new.id IS NOT old.id OR new.notice_id IS NOT old.notice_id
  OR new.letter IS NOT old.letter OR new.sent_on IS NOT old.sent_on OR new.pdf IS NOT old.pdf OR new.text IS NOT old.text
  OR new.pdf_sha256 IS NOT old.pdf_sha256 OR new.text_sha256 IS NOT old.text_sha256 OR new.created_at IS NOT old.created_at
BEGIN
    SELECT RAISE(ABORT, 'a letter as sent cannot be changed');
END;
CREATE TRIGGER notice_letters_kept BEFORE DELETE ON notice_letters BEGIN
    SELECT RAISE(ABORT, 'a letter as sent cannot be deleted');
END;

CREATE TRIGGER notices_seal_insert AFTER INSERT ON notices BEGIN
    INSERT OR REPLACE INTO seals (tbl, key, seal) VALUES ('notices', new.seq, carnet_seal(new.seq, new.id, new.mail_id, new.kind, new.date, new.seen_on, new.reference, new.failure_kind, new.failure_text, new.period_from, new.period_to, new.deadline_n, new.deadline_unit, new.addressee, new.routes, new.sanction_measure, new.sanction_rate, new.sanction_months, new.sanction_start, new.amount_cents, new.answers, new.reasons, new.ask_hearing, new.contest, new.grounds, new.created_at, new.updated_at, new.deleted_at));
END;
CREATE TRIGGER notices_seal_update AFTER UPDATE ON notices BEGIN
    DELETE FROM seals WHERE tbl = 'notices' AND key = old.seq;
    INSERT OR REPLACE INTO seals (tbl, key, seal) VALUES ('notices', new.seq, carnet_seal(new.seq, new.id, new.mail_id, new.kind, new.date, new.seen_on, new.reference, new.failure_kind, new.failure_text, new.period_from, new.period_to, new.deadline_n, new.deadline_unit, new.addressee, new.routes, new.sanction_measure, new.sanction_rate, new.sanction_months, new.sanction_start, new.amount_cents, new.answers, new.reasons, new.ask_hearing, new.contest, new.grounds, new.created_at, new.updated_at, new.deleted_at));
END;
CREATE TRIGGER notices_seal_delete AFTER DELETE ON notices BEGIN
    DELETE FROM seals WHERE tbl = 'notices' AND key = old.seq;
END;
CREATE TRIGGER notice_letters_seal_insert AFTER INSERT ON notice_letters BEGIN
    INSERT OR REPLACE INTO seals (tbl, key, seal) VALUES ('notice_letters', new.seq, carnet_seal(new.seq, new.id, new.notice_id, new.letter, new.sent_on, new.received_on, new.pdf_sha256, new.text_sha256, new.created_at));
END;
CREATE TRIGGER notice_letters_seal_update AFTER UPDATE ON notice_letters BEGIN
    DELETE FROM seals WHERE tbl = 'notice_letters' AND key = old.seq;
    INSERT OR REPLACE INTO seals (tbl, key, seal) VALUES ('notice_letters', new.seq, carnet_seal(new.seq, new.id, new.notice_id, new.letter, new.sent_on, new.received_on, new.pdf_sha256, new.text_sha256, new.created_at));
END;
