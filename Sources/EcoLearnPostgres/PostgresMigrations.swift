/// The schema history of the participation database on PostgreSQL.
///
/// The steps carry the same names as the SQLite migrations and describe the same tables, in PostgreSQL's types.
/// Each step is never edited once shipped: a later change is a new step appended here. Applied step names are kept in
/// `ecolearn_migrations`; a database with a name this list does not know was made by a newer ecolearn and is refused.
enum PostgresMigrations {
    /// A named step: its SQL (several statements, run in one transaction), and for a step that needs values SQL
    /// cannot compute, the `CaselessKey` folds to fill in before `afterFill` runs.
    struct Step {
        var name: String
        var sql: String
        /// Folds to compute row by row: (table, source column, target column).
        var folds: [(table: String, source: String, target: String)] = []
        var afterFill: String = ""
    }

    static let steps: [Step] = [
        Step(name: "v1-events-participants-attendance", sql: """
            CREATE TABLE import_log (
                id bigserial PRIMARY KEY,
                kind text NOT NULL CHECK (kind IN ('events', 'attendance')),
                file_name text NOT NULL,
                sha256 text NOT NULL,
                rows integer NOT NULL CHECK (rows >= 0),
                imported_at text NOT NULL,
                UNIQUE (kind, sha256)
            );
            CREATE TABLE event (
                id bigserial PRIMARY KEY,
                code text UNIQUE,
                date date NOT NULL,
                town text NOT NULL CHECK (town <> ''),
                country text NOT NULL CHECK (country <> ''),
                title text NOT NULL CHECK (title <> ''),
                kind text NOT NULL CHECK (kind IN ('lesson', 'seminar', 'workshop', 'study-visit', 'public-action')),
                audience text NOT NULL CHECK (audience IN ('school', 'ngo', 'municipal', 'public')),
                language text,
                organiser text,
                facilitator text,
                import_id bigint REFERENCES import_log(id) ON DELETE SET NULL
            );
            CREATE INDEX event_on_date ON event(date);
            CREATE TABLE event_lesson (
                event_id bigint NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                unit_id text NOT NULL,
                PRIMARY KEY (event_id, unit_id)
            );
            CREATE TABLE participant (
                id bigserial PRIMARY KEY,
                key text NOT NULL UNIQUE CHECK (key <> ''),
                organisation text,
                age_band text,
                gender text,
                origin text CHECK (origin IN ('local', 'international')),
                consent_listing boolean NOT NULL DEFAULT false,
                consent_photos boolean NOT NULL DEFAULT false
            );
            CREATE TABLE attendance (
                event_id bigint NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                participant_id bigint NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
                import_id bigint REFERENCES import_log(id) ON DELETE SET NULL,
                PRIMARY KEY (event_id, participant_id)
            );
            CREATE TABLE headcount (
                event_id bigint NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                dimension text NOT NULL CHECK (dimension IN ('total', 'gender', 'age_band', 'origin')),
                value text NOT NULL,
                count integer NOT NULL CHECK (count >= 0),
                PRIMARY KEY (event_id, dimension, value)
            );
            """),
        Step(name: "v2-quiz-results-and-report-indexes", sql: """
            CREATE TABLE quiz_result (
                id bigserial PRIMARY KEY,
                event_id bigint NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                unit_id text NOT NULL,
                unit_version integer NOT NULL,
                phase text NOT NULL CHECK (phase IN ('pre', 'post')),
                respondent text NOT NULL,
                seed bigint,
                percent double precision NOT NULL CHECK (percent >= 0 AND percent <= 100),
                UNIQUE (event_id, unit_id, phase, respondent)
            );
            CREATE INDEX quiz_result_on_unit ON quiz_result(unit_id, phase);
            CREATE INDEX quiz_result_on_respondent ON quiz_result(respondent);
            CREATE TABLE quiz_answer (
                result_id bigint NOT NULL REFERENCES quiz_result(id) ON DELETE CASCADE,
                question_id text NOT NULL,
                objective_id text NOT NULL,
                fraction double precision NOT NULL CHECK (fraction >= -1 AND fraction <= 1),
                PRIMARY KEY (result_id, question_id)
            );
            CREATE INDEX attendance_on_participant ON attendance(participant_id);
            CREATE INDEX attendance_on_import ON attendance(import_id);
            CREATE INDEX event_lesson_on_unit ON event_lesson(unit_id);
            CREATE INDEX event_on_import ON event(import_id);
            """),
        Step(
            name: "v3-caseless-participant-keys",
            sql: """
                ALTER TABLE participant ADD COLUMN folded_key text NOT NULL DEFAULT '';
                ALTER TABLE quiz_result ADD COLUMN respondent_key text NOT NULL DEFAULT '';
                """,
            folds: [("participant", "key", "folded_key"), ("quiz_result", "respondent", "respondent_key")],
            afterFill: """
                CREATE TEMP TABLE merged_participant ON COMMIT DROP AS
                    SELECT p.id AS id, (SELECT min(q.id) FROM participant q WHERE q.folded_key = p.folded_key) AS keep
                    FROM participant p;
                DELETE FROM merged_participant WHERE id = keep;
                INSERT INTO attendance (event_id, participant_id, import_id)
                    SELECT a.event_id, m.keep, a.import_id FROM attendance a JOIN merged_participant m ON m.id = a.participant_id
                    ON CONFLICT DO NOTHING;
                DELETE FROM attendance WHERE participant_id IN (SELECT id FROM merged_participant);
                DELETE FROM participant WHERE id IN (SELECT id FROM merged_participant);
                DELETE FROM quiz_result r WHERE r.id < (
                    SELECT max(s.id) FROM quiz_result s WHERE s.event_id = r.event_id AND s.unit_id = r.unit_id
                    AND s.phase = r.phase AND s.respondent_key = r.respondent_key);
                CREATE UNIQUE INDEX participant_on_folded_key ON participant(folded_key);
                CREATE UNIQUE INDEX quiz_result_on_respondent_key ON quiz_result(event_id, unit_id, phase, respondent_key);
                CREATE INDEX quiz_result_on_folded_respondent ON quiz_result(respondent_key);
                """),
        // Sync (docs/TRACKING.md): a UUID on every row a laptop sends (existing rows get one here), the laptop that
        // first sent an event, the store's own id, the other UUIDs laptops gave an event or a person already
        // stored under another, tombstones of forgotten people (a hash of the key, never the key), and the
        // conflicts sync found, kept for the coordinator.
        Step(name: "v4-sync-uuids-and-tombstones", sql: """
            CREATE TABLE ecolearn_store (
                id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
                created_at timestamptz NOT NULL DEFAULT now()
            );
            INSERT INTO ecolearn_store DEFAULT VALUES;
            ALTER TABLE event ADD COLUMN uuid uuid NOT NULL DEFAULT gen_random_uuid();
            ALTER TABLE event ADD COLUMN origin text;
            CREATE UNIQUE INDEX event_on_uuid ON event(uuid);
            ALTER TABLE headcount ADD COLUMN uuid uuid NOT NULL DEFAULT gen_random_uuid();
            CREATE UNIQUE INDEX headcount_on_uuid ON headcount(uuid);
            ALTER TABLE participant ADD COLUMN uuid uuid NOT NULL DEFAULT gen_random_uuid();
            CREATE UNIQUE INDEX participant_on_uuid ON participant(uuid);
            ALTER TABLE attendance ADD COLUMN uuid uuid NOT NULL DEFAULT gen_random_uuid();
            CREATE UNIQUE INDEX attendance_on_uuid ON attendance(uuid);
            ALTER TABLE quiz_result ADD COLUMN uuid uuid NOT NULL DEFAULT gen_random_uuid();
            CREATE UNIQUE INDEX quiz_result_on_uuid ON quiz_result(uuid);
            ALTER TABLE quiz_answer ADD COLUMN uuid uuid NOT NULL DEFAULT gen_random_uuid();
            CREATE UNIQUE INDEX quiz_answer_on_uuid ON quiz_answer(uuid);
            CREATE TABLE uuid_alias (
                uuid uuid PRIMARY KEY,
                kind text NOT NULL CHECK (kind IN ('event', 'participant')),
                canonical uuid NOT NULL
            );
            CREATE INDEX uuid_alias_on_canonical ON uuid_alias(canonical);
            CREATE TABLE tombstone (
                key_hash text PRIMARY KEY,
                forgotten_at timestamptz NOT NULL DEFAULT now(),
                origin text
            );
            CREATE TABLE sync_conflict (
                id bigserial PRIMARY KEY,
                recorded_at timestamptz NOT NULL DEFAULT now(),
                origin text NOT NULL,
                kind text NOT NULL CHECK (kind IN ('event', 'participant')),
                subject text NOT NULL,
                kept text NOT NULL,
                other text NOT NULL,
                UNIQUE (kind, subject, kept, other)
            );
            """),
        // Live games (`ecolearn live`) and their records, written as the game runs so that a killed server resumes
        // from the store. A game belongs to the login that started it: one unfinished game per unit and login.
        Step(name: "v5-live-games", sql: """
            CREATE TABLE live_game (
                uuid uuid PRIMARY KEY,
                unit_id text NOT NULL CHECK (unit_id <> ''),
                started_at timestamptz NOT NULL,
                ended_at timestamptz,
                started_by text NOT NULL DEFAULT current_user
            );
            CREATE UNIQUE INDEX live_game_unfinished ON live_game(unit_id, started_by) WHERE ended_at IS NULL;
            CREATE TABLE live_record (
                game uuid NOT NULL REFERENCES live_game(uuid) ON DELETE CASCADE,
                seq integer NOT NULL CHECK (seq >= 0),
                record text NOT NULL,
                PRIMARY KEY (game, seq)
            );
            """),
    ]
}
