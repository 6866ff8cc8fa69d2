import EcoLearn
import EcoLearnTracking
import GRDB

/// The schema history of the participation database.
///
/// Each migration is named and is never edited once shipped: a later change is a new migration appended here.
/// Migrations speak SQL only (no record types), so they describe the database as it was at that moment.
enum SQLiteMigrations {
    /// Name of the first shipped schema: events, lessons per event, participants, attendance, headcounts,
    /// import log.
    static let v1 = "v1-events-participants-attendance"
    /// Name of the second schema step: quiz results for knowledge gain, and the indexes reports rely on.
    static let v2 = "v2-quiz-results-and-report-indexes"
    /// Name of the third: participant keys and quiz respondents compared as `CaselessKey` folds them
    /// (`TR-9001` = `tr-9001`), stored folded and unique; people stored twice under such keys are merged.
    static let v3 = "v3-caseless-participant-keys"
    /// Name of the fourth: a UUID on every event, headcount, participant, attendance, quiz result and answer from
    /// the moment it is recorded (given to existing rows here), a `synced` mark on what `ecolearn sync` sends,
    /// the store's own id, tombstones of forgotten people, and the server this store syncs with.
    static let v4 = "v4-sync-uuids-and-tombstones"
    /// Name of the fifth: the live games (`ecolearn live`) and their records, written as the game runs so that a
    /// killed server resumes from the store. At most one unfinished game per unit.
    static let v5 = "v5-live-games"

    /// The migrator that brings any older database up to date.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(v1) { db in
            try db.execute(sql: """
                CREATE TABLE import_log (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL CHECK (kind IN ('events', 'attendance')),
                    file_name TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    rows INTEGER NOT NULL CHECK (rows >= 0),
                    imported_at TEXT NOT NULL,
                    UNIQUE (kind, sha256)
                );
                CREATE TABLE event (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    code TEXT UNIQUE,
                    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    town TEXT NOT NULL CHECK (town <> ''),
                    country TEXT NOT NULL CHECK (country <> ''),
                    title TEXT NOT NULL CHECK (title <> ''),
                    kind TEXT NOT NULL
                        CHECK (kind IN ('lesson', 'seminar', 'workshop', 'study-visit', 'public-action')),
                    audience TEXT NOT NULL CHECK (audience IN ('school', 'ngo', 'municipal', 'public')),
                    language TEXT,
                    organiser TEXT,
                    facilitator TEXT,
                    import_id INTEGER REFERENCES import_log(id) ON DELETE SET NULL
                );
                CREATE INDEX event_on_date ON event(date);
                CREATE TABLE event_lesson (
                    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    unit_id TEXT NOT NULL,
                    PRIMARY KEY (event_id, unit_id)
                ) WITHOUT ROWID;
                CREATE TABLE participant (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    key TEXT NOT NULL UNIQUE CHECK (key <> ''),
                    organisation TEXT,
                    age_band TEXT,
                    gender TEXT,
                    origin TEXT CHECK (origin IN ('local', 'international')),
                    consent_listing INTEGER NOT NULL DEFAULT 0 CHECK (consent_listing IN (0, 1)),
                    consent_photos INTEGER NOT NULL DEFAULT 0 CHECK (consent_photos IN (0, 1))
                );
                CREATE TABLE attendance (
                    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
                    import_id INTEGER REFERENCES import_log(id) ON DELETE SET NULL,
                    PRIMARY KEY (event_id, participant_id)
                ) WITHOUT ROWID;
                CREATE TABLE headcount (
                    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    dimension TEXT NOT NULL CHECK (dimension IN ('total', 'gender', 'age_band', 'origin')),
                    value TEXT NOT NULL,
                    count INTEGER NOT NULL CHECK (count >= 0),
                    PRIMARY KEY (event_id, dimension, value)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration(v2) { db in
            try db.execute(sql: """
                CREATE TABLE quiz_result (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    unit_id TEXT NOT NULL,
                    unit_version INTEGER NOT NULL,
                    phase TEXT NOT NULL CHECK (phase IN ('pre', 'post')),
                    respondent TEXT NOT NULL,
                    seed INTEGER,
                    percent REAL NOT NULL CHECK (percent >= 0 AND percent <= 100),
                    UNIQUE (event_id, unit_id, phase, respondent)
                );
                CREATE INDEX quiz_result_on_unit ON quiz_result(unit_id, phase);
                CREATE INDEX quiz_result_on_respondent ON quiz_result(respondent);
                CREATE TABLE quiz_answer (
                    result_id INTEGER NOT NULL REFERENCES quiz_result(id) ON DELETE CASCADE,
                    question_id TEXT NOT NULL,
                    objective_id TEXT NOT NULL,
                    fraction REAL NOT NULL CHECK (fraction >= -1 AND fraction <= 1),
                    PRIMARY KEY (result_id, question_id)
                ) WITHOUT ROWID;
                CREATE INDEX attendance_on_participant ON attendance(participant_id);
                CREATE INDEX attendance_on_import ON attendance(import_id);
                CREATE INDEX event_lesson_on_unit ON event_lesson(unit_id);
                CREATE INDEX event_on_import ON event(import_id);
                """)
        }
        migrator.registerMigration(v3) { db in
            try db.execute(sql: """
                ALTER TABLE participant ADD COLUMN folded_key TEXT NOT NULL DEFAULT '';
                ALTER TABLE quiz_result ADD COLUMN respondent_key TEXT NOT NULL DEFAULT '';
                """)
            // The fold is Unicode-aware (NFC, Turkish i), beyond SQL: computed here, row by row.
            for (table, source, target) in [("participant", "key", "folded_key"), ("quiz_result", "respondent", "respondent_key")] {
                let update = try db.makeStatement(sql: "UPDATE \(table) SET \(target) = ? WHERE id = ?")
                for row in try Row.fetchAll(db, sql: "SELECT id, \(source) FROM \(table)") {
                    try update.execute(arguments: [CaselessKey.fold(row[1]), row[0] as Int64])
                }
            }
            // Merge people stored under keys that now compare equal into the first one stored (its details
            // stand), and keep the latest result of a respondent for one event, unit and phase. Foreign keys are
            // off during migrations, so the rows that cascade would delete are deleted here.
            try db.execute(sql: """
                CREATE TEMP TABLE merged_participant AS
                    SELECT p.id AS id, (SELECT MIN(q.id) FROM participant q WHERE q.folded_key = p.folded_key) AS keep
                    FROM participant p;
                DELETE FROM merged_participant WHERE id = keep;
                INSERT OR IGNORE INTO attendance (event_id, participant_id, import_id)
                    SELECT a.event_id, m.keep, a.import_id FROM attendance a JOIN merged_participant m ON m.id = a.participant_id;
                DELETE FROM attendance WHERE participant_id IN (SELECT id FROM merged_participant);
                DELETE FROM participant WHERE id IN (SELECT id FROM merged_participant);
                DROP TABLE merged_participant;
                CREATE TEMP TABLE replaced_result AS
                    SELECT r.id AS id FROM quiz_result r WHERE r.id < (
                        SELECT MAX(s.id) FROM quiz_result s WHERE s.event_id = r.event_id AND s.unit_id = r.unit_id
                        AND s.phase = r.phase AND s.respondent_key = r.respondent_key);
                DELETE FROM quiz_answer WHERE result_id IN (SELECT id FROM replaced_result);
                DELETE FROM quiz_result WHERE id IN (SELECT id FROM replaced_result);
                DROP TABLE replaced_result;
                CREATE UNIQUE INDEX participant_on_folded_key ON participant(folded_key);
                CREATE UNIQUE INDEX quiz_result_on_respondent_key ON quiz_result(event_id, unit_id, phase, respondent_key);
                CREATE INDEX quiz_result_on_folded_respondent ON quiz_result(respondent_key);
                """)
        }
        migrator.registerMigration(v4) { db in
            try db.execute(sql: SQLiteMigrationV4.sql)
        }
        migrator.registerMigration(v5) { db in
            try db.execute(sql: """
                CREATE TABLE live_game (
                    uuid TEXT PRIMARY KEY NOT NULL,
                    unit_id TEXT NOT NULL CHECK (unit_id <> ''),
                    started_at TEXT NOT NULL,
                    ended_at TEXT
                );
                CREATE UNIQUE INDEX live_game_unfinished ON live_game(unit_id) WHERE ended_at IS NULL;
                CREATE TABLE live_record (
                    game TEXT NOT NULL REFERENCES live_game(uuid) ON DELETE CASCADE,
                    seq INTEGER NOT NULL CHECK (seq >= 0),
                    record TEXT NOT NULL,
                    PRIMARY KEY (game, seq)
                ) WITHOUT ROWID;
                """)
        }
        return migrator
    }
}
