-- Carnet schema, version 5: indexes for the paged Journal, its totals, the
-- weekly hours and the planned actions, so that none of them reads every
-- act; prefix indexes for search as one types. No data changes: the
-- full-text index is derived from the acts and rebuilt from them.

-- Acts not in the trash, in the Journal's order (newest first, read
-- backwards), covering what the filters and the totals read.
CREATE INDEX acts_order ON acts(date, start_time, id, theme, status, minutes) WHERE deleted_at = '';
-- The same acts in one theme, for the theme filter.
CREATE INDEX acts_theme ON acts(theme, date, start_time, id, minutes) WHERE deleted_at = '';
-- The same acts by row number, for joining full-text matches to what the
-- order, the filters and the totals read, without reading whole rows.
CREATE INDEX acts_seq ON acts(seq, date, start_time, id, theme, status, minutes) WHERE deleted_at = '';
-- Planned next actions.
CREATE INDEX acts_next_action ON acts(next_action_on) WHERE deleted_at = '' AND next_action <> '';
-- The trash only: an index on deleted_at of every act led the planner to
-- look acts up through it, one by one.
DROP INDEX acts_deleted;
CREATE INDEX acts_trash ON acts(deleted_at) WHERE deleted_at <> '';

-- Full-text search with prefix indexes of 2 and 3 characters: a query of
-- the first letters of a word no longer merges every word they begin.
DROP TRIGGER acts_fts_insert;
DROP TRIGGER acts_fts_update;
DROP TRIGGER acts_fts_delete;
DROP TABLE acts_fts;
CREATE VIRTUAL TABLE acts_fts USING fts5(
    organisation, label, contact, notes,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO acts_fts(rowid, organisation, label, contact, notes)
    SELECT seq, organisation, label, contact_name || ' ' || contact_role || ' ' || contact_email, notes FROM acts;
CREATE TRIGGER acts_fts_insert AFTER INSERT ON acts BEGIN
    INSERT INTO acts_fts(rowid, organisation, label, contact, notes)
    VALUES (new.seq, new.organisation, new.label,
            new.contact_name || ' ' || new.contact_role || ' ' || new.contact_email, new.notes);
END;
-- Only a change of the indexed text re-indexes the act (not the trash).
CREATE TRIGGER acts_fts_update AFTER UPDATE OF organisation, label, contact_name, contact_role, contact_email, notes ON acts BEGIN
    DELETE FROM acts_fts WHERE rowid = old.seq;
    INSERT INTO acts_fts(rowid, organisation, label, contact, notes)
    VALUES (new.seq, new.organisation, new.label,
            new.contact_name || ' ' || new.contact_role || ' ' || new.contact_email, new.notes);
END;
CREATE TRIGGER acts_fts_delete AFTER DELETE ON acts BEGIN
    DELETE FROM acts_fts WHERE rowid = old.seq;
END;
