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
        return migrator
    }
}
