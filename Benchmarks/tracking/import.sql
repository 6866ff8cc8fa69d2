-- The sqlite3 shell's import of a sign-in sheet into the participation schema: .import into a staging table, then
-- the participants and attendances in one transaction (as Benchmarks/run on branch bench does it).
.bail on
CREATE TEMP TABLE sheet (event TEXT, participant TEXT, organisation TEXT, age_band TEXT, gender TEXT, origin TEXT,
    consent_listing TEXT, consent_photos TEXT);
.import --csv --skip 1 '@ATTENDANCE@' sheet
BEGIN;
INSERT INTO import_log (kind, file_name, sha256, rows, imported_at)
    VALUES ('attendance', 'attendance.csv', 'baseline', (SELECT COUNT(*) FROM sheet), datetime('now'));
INSERT INTO participant (key, folded_key, organisation, age_band, gender, origin, consent_listing, consent_photos)
    SELECT participant, lower(participant), NULLIF(organisation, ''), NULLIF(age_band, ''), NULLIF(gender, ''), NULLIF(origin, ''),
        consent_listing = 'yes', consent_photos = 'yes'
    FROM sheet WHERE lower(participant) NOT IN (SELECT folded_key FROM participant) GROUP BY lower(participant);
INSERT OR IGNORE INTO attendance (event_id, participant_id, import_id)
    SELECT e.id, p.id, (SELECT MAX(id) FROM import_log) FROM sheet s
    JOIN event e ON e.code = s.event JOIN participant p ON p.folded_key = lower(s.participant);
COMMIT;
