/// The SQL of schema step v4 (`SQLiteMigrations.v4`), never edited once shipped.
///
/// SQLite cannot add a column whose default is computed per row, so the tables that get a UUID are built again
/// (the documented way: a new table, the rows copied, the old one dropped, the new one renamed; foreign keys are
/// off during migrations). Each UUID is a random version-4 UUID in its canonical lowercase text form, given by the
/// column's default whenever a row is inserted without one, so every writer of the store gets it for free.
enum SQLiteMigrationV4 {
    /// A random version-4 UUID (`xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx`), as an SQL expression.
    private static let newUUID = """
        (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' \
        || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))))
        """

    static let sql = """
        CREATE TABLE store_identity (
            id TEXT PRIMARY KEY NOT NULL DEFAULT \(newUUID),
            created_at TEXT NOT NULL
        );
        INSERT INTO store_identity (created_at) VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

        CREATE TABLE event_v4 (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE DEFAULT \(newUUID),
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
            import_id INTEGER REFERENCES import_log(id) ON DELETE SET NULL,
            pulled INTEGER NOT NULL DEFAULT 0 CHECK (pulled IN (0, 1)),
            synced INTEGER NOT NULL DEFAULT 0 CHECK (synced IN (0, 1))
        );
        INSERT INTO event_v4 (id, code, date, town, country, title, kind, audience, language, organiser, facilitator, import_id)
            SELECT id, code, date, town, country, title, kind, audience, language, organiser, facilitator, import_id FROM event;
        DROP TABLE event;
        ALTER TABLE event_v4 RENAME TO event;
        CREATE INDEX event_on_date ON event(date);
        CREATE INDEX event_on_import ON event(import_id);

        CREATE TABLE headcount_v4 (
            event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
            dimension TEXT NOT NULL CHECK (dimension IN ('total', 'gender', 'age_band', 'origin')),
            value TEXT NOT NULL,
            count INTEGER NOT NULL CHECK (count >= 0),
            uuid TEXT NOT NULL DEFAULT \(newUUID),
            PRIMARY KEY (event_id, dimension, value)
        ) WITHOUT ROWID;
        INSERT INTO headcount_v4 (event_id, dimension, value, count) SELECT event_id, dimension, value, count FROM headcount;
        DROP TABLE headcount;
        ALTER TABLE headcount_v4 RENAME TO headcount;

        CREATE TABLE participant_v4 (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE DEFAULT \(newUUID),
            key TEXT NOT NULL UNIQUE CHECK (key <> ''),
            folded_key TEXT NOT NULL DEFAULT '',
            organisation TEXT,
            age_band TEXT,
            gender TEXT,
            origin TEXT CHECK (origin IN ('local', 'international')),
            consent_listing INTEGER NOT NULL DEFAULT 0 CHECK (consent_listing IN (0, 1)),
            consent_photos INTEGER NOT NULL DEFAULT 0 CHECK (consent_photos IN (0, 1)),
            synced INTEGER NOT NULL DEFAULT 0 CHECK (synced IN (0, 1))
        );
        INSERT INTO participant_v4 (id, key, folded_key, organisation, age_band, gender, origin, consent_listing, consent_photos)
            SELECT id, key, folded_key, organisation, age_band, gender, origin, consent_listing, consent_photos FROM participant;
        DROP TABLE participant;
        ALTER TABLE participant_v4 RENAME TO participant;
        CREATE UNIQUE INDEX participant_on_folded_key ON participant(folded_key);

        CREATE TABLE attendance_v4 (
            event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
            participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
            import_id INTEGER REFERENCES import_log(id) ON DELETE SET NULL,
            uuid TEXT NOT NULL DEFAULT \(newUUID),
            synced INTEGER NOT NULL DEFAULT 0 CHECK (synced IN (0, 1)),
            PRIMARY KEY (event_id, participant_id)
        ) WITHOUT ROWID;
        INSERT INTO attendance_v4 (event_id, participant_id, import_id) SELECT event_id, participant_id, import_id FROM attendance;
        DROP TABLE attendance;
        ALTER TABLE attendance_v4 RENAME TO attendance;
        CREATE INDEX attendance_on_participant ON attendance(participant_id);
        CREATE INDEX attendance_on_import ON attendance(import_id);

        CREATE TABLE quiz_result_v4 (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE DEFAULT \(newUUID),
            event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
            unit_id TEXT NOT NULL,
            unit_version INTEGER NOT NULL,
            phase TEXT NOT NULL CHECK (phase IN ('pre', 'post')),
            respondent TEXT NOT NULL,
            seed INTEGER,
            percent REAL NOT NULL CHECK (percent >= 0 AND percent <= 100),
            respondent_key TEXT NOT NULL DEFAULT '',
            synced INTEGER NOT NULL DEFAULT 0 CHECK (synced IN (0, 1)),
            UNIQUE (event_id, unit_id, phase, respondent)
        );
        INSERT INTO quiz_result_v4 (id, event_id, unit_id, unit_version, phase, respondent, seed, percent, respondent_key)
            SELECT id, event_id, unit_id, unit_version, phase, respondent, seed, percent, respondent_key FROM quiz_result;
        DROP TABLE quiz_result;
        ALTER TABLE quiz_result_v4 RENAME TO quiz_result;
        CREATE INDEX quiz_result_on_unit ON quiz_result(unit_id, phase);
        CREATE INDEX quiz_result_on_respondent ON quiz_result(respondent);
        CREATE UNIQUE INDEX quiz_result_on_respondent_key ON quiz_result(event_id, unit_id, phase, respondent_key);
        CREATE INDEX quiz_result_on_folded_respondent ON quiz_result(respondent_key);

        CREATE TABLE quiz_answer_v4 (
            result_id INTEGER NOT NULL REFERENCES quiz_result(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            objective_id TEXT NOT NULL,
            fraction REAL NOT NULL CHECK (fraction >= -1 AND fraction <= 1),
            uuid TEXT NOT NULL DEFAULT \(newUUID),
            PRIMARY KEY (result_id, question_id)
        ) WITHOUT ROWID;
        INSERT INTO quiz_answer_v4 (result_id, question_id, objective_id, fraction)
            SELECT result_id, question_id, objective_id, fraction FROM quiz_answer;
        DROP TABLE quiz_answer;
        ALTER TABLE quiz_answer_v4 RENAME TO quiz_answer;

        CREATE TABLE tombstone (
            key_hash TEXT PRIMARY KEY NOT NULL,
            forgotten_at TEXT NOT NULL,
            synced INTEGER NOT NULL DEFAULT 0 CHECK (synced IN (0, 1))
        );
        CREATE TABLE sync_peer (
            store_id TEXT PRIMARY KEY NOT NULL,
            location TEXT NOT NULL,
            last_sent_at TEXT,
            last_received_at TEXT
        );

        CREATE TRIGGER participant_changed AFTER UPDATE OF organisation, age_band, gender, origin, consent_listing,
            consent_photos ON participant
            WHEN OLD.synced = 1 AND (OLD.organisation IS NOT NEW.organisation OR OLD.age_band IS NOT NEW.age_band
                OR OLD.gender IS NOT NEW.gender OR OLD.origin IS NOT NEW.origin
                OR OLD.consent_listing IS NOT NEW.consent_listing OR OLD.consent_photos IS NOT NEW.consent_photos)
        BEGIN
            UPDATE participant SET synced = 0 WHERE id = NEW.id;
        END;
        CREATE TRIGGER event_lesson_added AFTER INSERT ON event_lesson
        BEGIN
            UPDATE event SET synced = 0 WHERE id = NEW.event_id AND synced = 1 AND pulled = 0;
        END;
        """
}
