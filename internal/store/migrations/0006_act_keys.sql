-- Carnet schema, version 6: the keys of the acts not in the trash, in a
-- narrow table numbered like the acts. A search joins each of its matches
-- to one short row here, found by number, instead of to the whole act or
-- to an index entry: the Journal's totals over tens of thousands of
-- matches take half the time. Derived from acts and kept by triggers in
-- the same transaction as every change of an act; Check compares both.

CREATE TABLE act_keys (
    seq        INTEGER PRIMARY KEY,   -- acts.seq
    date       TEXT NOT NULL,
    start_time TEXT NOT NULL,
    id         TEXT NOT NULL,
    theme      TEXT NOT NULL,
    status     TEXT NOT NULL,
    minutes    INTEGER NOT NULL
);
INSERT INTO act_keys (seq, date, start_time, id, theme, status, minutes)
    SELECT seq, date, start_time, id, theme, status, minutes FROM acts WHERE deleted_at = '';

CREATE TRIGGER act_keys_insert AFTER INSERT ON acts WHEN new.deleted_at = '' BEGIN
    INSERT INTO act_keys (seq, date, start_time, id, theme, status, minutes)
    VALUES (new.seq, new.date, new.start_time, new.id, new.theme, new.status, new.minutes);
END;
CREATE TRIGGER act_keys_update AFTER UPDATE OF date, start_time, id, theme, status, minutes, deleted_at ON acts BEGIN
    DELETE FROM act_keys WHERE seq = old.seq;
    INSERT INTO act_keys (seq, date, start_time, id, theme, status, minutes)
    SELECT new.seq, new.date, new.start_time, new.id, new.theme, new.status, new.minutes
    WHERE new.deleted_at = '';
END;
CREATE TRIGGER act_keys_delete AFTER DELETE ON acts BEGIN
    DELETE FROM act_keys WHERE seq = old.seq;
END;

-- Replaced by act_keys.
DROP INDEX acts_seq;
