-- Carnet schema, version 7: a record that refuses damage.
-- * PRAGMA application_id marks the file as Carnet's ("CRNT"), so that
--   Carnet never adopts another program's database.
-- * Every letter as sent keeps the SHA-256 of its PDF and of its text,
--   computed here for the letters already kept and by Go at write time.
-- * Every row of the tables the export reads has a seal, the SHA-256 of its
--   columns (carnet_seal, registered by the store), kept by triggers in the
--   transaction of each change; check recomputes them, so a changed byte
--   that the file's structure does not reveal is still found and named.
--   Bodies of proofs and letters are covered by their own SHA-256.

PRAGMA application_id = 1129467476;

ALTER TABLE letter_snapshots ADD COLUMN pdf_sha256 TEXT NOT NULL DEFAULT '';
ALTER TABLE letter_snapshots ADD COLUMN text_sha256 TEXT NOT NULL DEFAULT '';
DROP TRIGGER letter_snapshots_immutable;
UPDATE letter_snapshots SET pdf_sha256 = carnet_sha256(pdf), text_sha256 = carnet_sha256(text);
CREATE TRIGGER letter_snapshots_immutable BEFORE UPDATE ON letter_snapshots BEGIN
    SELECT RAISE(ABORT, 'a letter as sent cannot be changed');
END;

-- key is the row's seq (profile: id; letter_snapshots: request_id).
CREATE TABLE seals (
    tbl  TEXT NOT NULL,
    key  NOT NULL,
    seal TEXT NOT NULL,
    PRIMARY KEY (tbl, key)
) WITHOUT ROWID;


INSERT INTO seals (tbl, key, seal) SELECT 'profile', id, carnet_seal(id, name, address, france_travail_id, agency, adviser, departement, target_minutes, language, text_scale, created_at, updated_at, contract_date, birth_date, email) FROM profile;
CREATE TRIGGER profile_seal_insert AFTER INSERT ON profile BEGIN
    INSERT OR REPLACE INTO seals (tbl, key, seal) VALUES ('profile', new.id, carnet_seal(new.id, new.name, new.address, new.france_travail_id, new.agency, new.adviser, new.departement, new.target_minutes, new.language, new.text_scale, new.created_at, new.updated_at, new.contract_date, new.birth_date, new.email));
END;
CREATE TRIGGER profile_seal_update AFTER UPDATE ON profile BEGIN
    DELETE FROM seals WHERE tbl = 'profile' AND key = old.id;
    INSERT OR REPLACE INTO seals (tbl, key, seal) VALUES ('profile', new.id, carnet_seal(new.id, new.name, new.address, new.france_travail_id, new.agency, new.adviser, new.departement, new.target_minutes, new.language, new.text_scale, new.created_at, new.updated_at, new.contract_date, new.birth_date, new.email));
END;
CREATE TRIGGER profile_seal_delete AFTER DELETE ON profile BEGIN
    DELETE FROM seals WHERE tbl = 'profile' AND key = old.id;
END;

INSERT INTO seals (tbl, key, seal) SELECT 'acts', seq, carnet_seal(seq, id, date, start_time, minutes, theme, code, label, organisation, contact_name, contact_role, contact_email, contact_phone, channel, offer_ref, notes, private, status, next_action, next_action_on, created_at, updated_at, deleted_at) FROM acts;
CREATE TRIGGER acts_seal_insert AFTER INSERT ON acts BEGIN
    INSERT OR REPLACE INTO seals (tbl, key, seal) VALUES ('acts', new.seq, carnet_seal(new.seq, new.id, new.date, new.start_time, new.minutes, new.theme, new.code, new.label, new.organisation, new.contact_name, new.contact_role, new.contact_email, new.contact_phone, new.channel, new.offer_ref, new.notes, new.private, new.status, new.next_action, new.next_action_on, new.created_at, new.updated_at, new.deleted_at));
END;
CREATE TRIGGER acts_seal_update AFTER UPDATE ON acts BEGIN
    DELETE FROM seals WHERE tbl = 'acts' AND key = old.seq;
    INSERT OR REPLACE INTO seals (tbl, key, seal) VALUES ('acts', new.seq, carnet_seal(new.seq, new.id, new.date, new.start_time, new.minutes, new.theme, new.code, new.label, new.organisation, new.contact_name, new.contact_role, new.contact_email, new.contact_phone, new.channel, new.offer_ref, new.notes, new.private, new.status, new.next_action, new.next_action_on, new.created_at, new.updated_at, new.deleted_at));
END;
CREATE TRIGGER acts_seal_delete AFTER DELETE ON acts BEGIN
    DELETE FROM seals WHERE tbl = 'acts' AND key = old.seq;
END;

INSERT INTO seals (tbl, key, seal) SELECT 'act_status_history', seq, carnet_seal(seq, id, act_id, status, date, created_at) FROM act_status_history;
CREATE TRIGGER act_status_history_seal_insert AFTER INSERT ON act_status_history BEGIN
    INSERT OR REPLACE INTO seals (tbl, key, seal) VALUES ('act_status_history', new.seq, carnet_seal(new.seq, new.id, new.act_id, new.status, new.date, new.created_at));
END;
CREATE TRIGGER act_status_history_seal_update AFTER UPDATE ON act_status_history BEGIN
    DELETE FROM seals WHERE tbl = 'act_status_history' AND key = old.seq;
    INSERT OR REPLACE INTO seals (tbl, key, seal) VALUES ('act_status_history', new.seq, carnet_seal(new.seq, new.id, new.act_id, new.status, new.date, new.created_at));
END;
CREATE TRIGGER act_status_history_seal_delete AFTER DELETE ON act_status_history BEGIN
    DELETE FROM seals WHERE tbl = 'act_status_history' AND key = old.seq;
END;

INSERT INTO seals (tbl, key, seal) SELECT 'mails', seq, carnet_seal(seq, id, direction, date, channel, kind, subject, notes, reply_by, reply_mail_id, created_at, updated_at, deleted_at, period_from, period_to) FROM mails;
CREATE TRIGGER mails_seal_insert AFTER INSERT ON mails BEGIN
    INSERT OR REPLACE INTO seals (tbl, key, seal) VALUES ('mails', new.seq, carnet_seal(new.seq, new.id, new.direction, new.date, new.channel, new.kind, new.subject, new.notes, new.reply_by, new.reply_mail_id, new.created_at, new.updated_at, new.deleted_at, new.period_from, new.period_to));
END;
CREATE TRIGGER mails_seal_update AFTER UPDATE ON mails BEGIN
    DELETE FROM seals WHERE tbl = 'mails' AND key = old.seq;
    INSERT OR REPLACE INTO seals (tbl, key, seal) VALUES ('mails', new.seq, carnet_seal(new.seq, new.id, new.direction, new.date, new.channel, new.kind, new.subject, new.notes, new.reply_by, new.reply_mail_id, new.created_at, new.updated_at, new.deleted_at, new.period_from, new.period_to));
END;
CREATE TRIGGER mails_seal_delete AFTER DELETE ON mails BEGIN
    DELETE FROM seals WHERE tbl = 'mails' AND key = old.seq;
END;

INSERT INTO seals (tbl, key, seal) SELECT 'attachments', seq, carnet_seal(seq, id, act_id, mail_id, name, mime_type, size, sha256, created_at) FROM attachments;
CREATE TRIGGER attachments_seal_insert AFTER INSERT ON attachments BEGIN
    INSERT OR REPLACE INTO seals (tbl, key, seal) VALUES ('attachments', new.seq, carnet_seal(new.seq, new.id, new.act_id, new.mail_id, new.name, new.mime_type, new.size, new.sha256, new.created_at));
END;
CREATE TRIGGER attachments_seal_update AFTER UPDATE ON attachments BEGIN
    DELETE FROM seals WHERE tbl = 'attachments' AND key = old.seq;
    INSERT OR REPLACE INTO seals (tbl, key, seal) VALUES ('attachments', new.seq, carnet_seal(new.seq, new.id, new.act_id, new.mail_id, new.name, new.mime_type, new.size, new.sha256, new.created_at));
END;
CREATE TRIGGER attachments_seal_delete AFTER DELETE ON attachments BEGIN
    DELETE FROM seals WHERE tbl = 'attachments' AND key = old.seq;
END;

INSERT INTO seals (tbl, key, seal) SELECT 'requests', seq, carnet_seal(seq, id, kind, parent_id, recipient_kind, recipient, details, mode, sent_on, registered_number, received_on, extension_on, answered_on, refused_on, checklist, created_at, updated_at, deleted_at) FROM requests;
CREATE TRIGGER requests_seal_insert AFTER INSERT ON requests BEGIN
    INSERT OR REPLACE INTO seals (tbl, key, seal) VALUES ('requests', new.seq, carnet_seal(new.seq, new.id, new.kind, new.parent_id, new.recipient_kind, new.recipient, new.details, new.mode, new.sent_on, new.registered_number, new.received_on, new.extension_on, new.answered_on, new.refused_on, new.checklist, new.created_at, new.updated_at, new.deleted_at));
END;
CREATE TRIGGER requests_seal_update AFTER UPDATE ON requests BEGIN
    DELETE FROM seals WHERE tbl = 'requests' AND key = old.seq;
    INSERT OR REPLACE INTO seals (tbl, key, seal) VALUES ('requests', new.seq, carnet_seal(new.seq, new.id, new.kind, new.parent_id, new.recipient_kind, new.recipient, new.details, new.mode, new.sent_on, new.registered_number, new.received_on, new.extension_on, new.answered_on, new.refused_on, new.checklist, new.created_at, new.updated_at, new.deleted_at));
END;
CREATE TRIGGER requests_seal_delete AFTER DELETE ON requests BEGIN
    DELETE FROM seals WHERE tbl = 'requests' AND key = old.seq;
END;

INSERT INTO seals (tbl, key, seal) SELECT 'letter_snapshots', request_id, carnet_seal(request_id, pdf_sha256, text_sha256, created_at) FROM letter_snapshots;
CREATE TRIGGER letter_snapshots_seal_insert AFTER INSERT ON letter_snapshots BEGIN
    INSERT OR REPLACE INTO seals (tbl, key, seal) VALUES ('letter_snapshots', new.request_id, carnet_seal(new.request_id, new.pdf_sha256, new.text_sha256, new.created_at));
END;
CREATE TRIGGER letter_snapshots_seal_delete AFTER DELETE ON letter_snapshots BEGIN
    DELETE FROM seals WHERE tbl = 'letter_snapshots' AND key = old.request_id;
END;

INSERT INTO seals (tbl, key, seal) SELECT 'meetings', seq, carnet_seal(seq, id, date, start_time, mode, adviser, place, questions, documents, notes, agreed, next_date, created_at, updated_at, deleted_at) FROM meetings;
CREATE TRIGGER meetings_seal_insert AFTER INSERT ON meetings BEGIN
    INSERT OR REPLACE INTO seals (tbl, key, seal) VALUES ('meetings', new.seq, carnet_seal(new.seq, new.id, new.date, new.start_time, new.mode, new.adviser, new.place, new.questions, new.documents, new.notes, new.agreed, new.next_date, new.created_at, new.updated_at, new.deleted_at));
END;
CREATE TRIGGER meetings_seal_update AFTER UPDATE ON meetings BEGIN
    DELETE FROM seals WHERE tbl = 'meetings' AND key = old.seq;
    INSERT OR REPLACE INTO seals (tbl, key, seal) VALUES ('meetings', new.seq, carnet_seal(new.seq, new.id, new.date, new.start_time, new.mode, new.adviser, new.place, new.questions, new.documents, new.notes, new.agreed, new.next_date, new.created_at, new.updated_at, new.deleted_at));
END;
CREATE TRIGGER meetings_seal_delete AFTER DELETE ON meetings BEGIN
    DELETE FROM seals WHERE tbl = 'meetings' AND key = old.seq;
END;
