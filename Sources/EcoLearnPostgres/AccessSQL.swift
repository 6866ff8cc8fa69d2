import EcoLearnTracking

/// The statements that set up who may do what on one database (`PostgresParticipationStore.setUpAccess`). Every
/// statement may run again: grants are reset and given again, policies, views and functions replaced, so running
/// them after a later schema migration brings the rights up to date. Names in the statements are quoted
/// identifiers; no value of a person's is in them.
struct AccessSQL {
    /// The database's name and the schema holding the tables.
    var database: String
    var schema: String
    /// The tables that exist (the statements touch only those).
    var tables: Set<String>

    /// The table that says which towns each town writer's login writes.
    static let townLogins = "ecolearn_town_login"

    /// The rights of a town writer per table (tables of later schema steps included when they exist). A table not
    /// named here gives a town writer nothing.
    static let writerRights: [(table: String, rights: String)] = [
        ("event", "SELECT, INSERT, UPDATE, DELETE"),
        ("event_lesson", "SELECT, INSERT, UPDATE, DELETE"),
        ("headcount", "SELECT, INSERT, UPDATE, DELETE"),
        ("attendance", "SELECT, INSERT, UPDATE, DELETE"),
        ("participant", "SELECT, INSERT, UPDATE, DELETE"),
        ("quiz_result", "SELECT, INSERT, UPDATE, DELETE"),
        ("quiz_answer", "SELECT, INSERT, UPDATE, DELETE"),
        ("import_log", "SELECT, INSERT, UPDATE (file_name)"),
        ("ecolearn_migrations", "SELECT"),
        (townLogins, "SELECT"),
        ("ecolearn_store", "SELECT"),
        ("uuid_alias", "SELECT, INSERT"),
        ("tombstone", "SELECT, INSERT"),
        ("sync_conflict", "SELECT, INSERT"),
        ("live_game", "SELECT, INSERT, UPDATE"),
        // UPDATE of the text only: `participants forget` renames a forgotten player in the login's own games.
        ("live_record", "SELECT, INSERT, UPDATE (record)"),
    ]

    /// The views a funder reads, with their columns: counts only, never a participant key, organisation, consent
    /// flag or facilitator.
    static let funderViews = ["funder_event", "funder_event_group", "funder_quiz", "funder_unique_participants"]

    /// The tables under row-level security.
    static let protectedTables = [
        "event", "event_lesson", "headcount", "attendance", "participant", "quiz_result", "quiz_answer", townLogins,
        "live_game", "live_record",
    ]

    func role(_ role: AccessRole) -> String { Self.quoted(role.groupRole(database: database)) }

    /// `name` as a quoted SQL identifier.
    static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// A table or function of the schema, qualified, so no temporary table of a login can stand in for it.
    func qualified(_ name: String) -> String { Self.quoted(schema) + "." + Self.quoted(name) }

    /// True when the login running the statement writes `townExpression`'s town.
    private func writesTown(_ townExpression: String) -> String {
        "EXISTS (SELECT 1 FROM \(qualified(Self.townLogins)) w WHERE w.login = current_user "
            + "AND lower(w.town) = lower(\(townExpression)))"
    }

    /// True when the login running the statement writes the town of the event with id `eventExpression`.
    private func writesEvent(_ eventExpression: String) -> String {
        "EXISTS (SELECT 1 FROM \(qualified("event")) e JOIN \(qualified(Self.townLogins)) w "
            + "ON lower(w.town) = lower(e.town) WHERE e.id = \(eventExpression) AND w.login = current_user)"
    }

    /// The table that must exist for the statements (made here, not by a schema step: it belongs to access).
    var townLoginTable: String {
        """
        CREATE TABLE IF NOT EXISTS \(qualified(Self.townLogins)) (
            login text NOT NULL,
            town text NOT NULL CHECK (town <> ''),
            PRIMARY KEY (login, town)
        )
        """
    }

    /// Every statement after the group roles exist, in order.
    var statements: [String] {
        let writer = role(.townWriter), coordinator = role(.coordinator), funder = role(.funder)
        let database = Self.quoted(database), schema = Self.quoted(schema)
        var sql = [
            "REVOKE ALL ON DATABASE \(database) FROM PUBLIC",
            "GRANT CONNECT, TEMPORARY ON DATABASE \(database) TO \(writer)",
            "GRANT CONNECT ON DATABASE \(database) TO \(coordinator), \(funder)",
            "REVOKE CREATE ON SCHEMA \(schema) FROM PUBLIC",
            "GRANT USAGE ON SCHEMA \(schema) TO \(writer), \(coordinator), \(funder)",
            "REVOKE ALL ON ALL TABLES IN SCHEMA \(schema) FROM \(writer), \(coordinator), \(funder)",
            "REVOKE ALL ON ALL SEQUENCES IN SCHEMA \(schema) FROM \(writer), \(coordinator), \(funder)",
        ]
        sql += functions
        for table in Self.protectedTables where tables.contains(table) {
            sql.append("ALTER TABLE \(qualified(table)) ENABLE ROW LEVEL SECURITY")
            sql += policies(table)
        }
        sql += triggers
        sql += views
        for (table, rights) in Self.writerRights where tables.contains(table) {
            sql.append("GRANT \(rights) ON \(qualified(table)) TO \(writer)")
        }
        sql.append("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA \(schema) TO \(writer)")
        sql.append("GRANT SELECT ON ALL TABLES IN SCHEMA \(schema) TO \(coordinator)")
        let views = Self.funderViews.map(qualified).joined(separator: ", ")
        sql.append("GRANT SELECT ON \(views) TO \(funder), \(writer)")
        return sql
    }

    /// The policies of `table` (existing `ecolearn_` policies are dropped first by the caller).
    private func policies(_ table: String) -> [String] {
        let writer = role(.townWriter), coordinator = role(.coordinator)
        let on = "ON \(qualified(table))"
        // The row's columns, named with the table (a bare `town` inside a condition's subquery would be the town
        // login's own column).
        let row = Self.quoted(table) + "."
        func policy(_ name: String, _ rest: String) -> String { "CREATE POLICY ecolearn_\(name) \(on) \(rest)" }
        // The coordinator reads every row; a town writer reads and writes the rows where `own` holds.
        func coordinatorReadsWriterOwns(_ own: String) -> [String] {
            [
                policy("read", "FOR SELECT TO \(coordinator) USING (true)"),
                policy("write", "FOR ALL TO \(writer) USING (\(own)) WITH CHECK (\(own))"),
            ]
        }
        switch table {
        case "event", "event_lesson", "headcount":
            // Rows a town writer sees whole; another town's is refused by the trigger (an error, not a silent no-op).
            let own = table == "event" ? writesTown(row + "town") : writesEvent(row + "event_id")
            return [
                policy("read", "FOR SELECT TO \(writer), \(coordinator) USING (true)"),
                policy("insert", "FOR INSERT TO \(writer) WITH CHECK (\(own))"),
                policy("update", "FOR UPDATE TO \(writer) USING (true) WITH CHECK (\(own))"),
                policy("delete", "FOR DELETE TO \(writer) USING (true)"),
            ]
        case "attendance", "quiz_result":
            return coordinatorReadsWriterOwns(writesEvent(row + "event_id"))
        case "quiz_answer":
            // quiz_result's own policies limit the rows the condition sees to the login's towns.
            return coordinatorReadsWriterOwns(
                "EXISTS (SELECT 1 FROM \(qualified("quiz_result")) r WHERE r.id = \(row)result_id)")
        case "live_game":
            // A live game belongs to the login that started it: a town writer runs and resumes its own games.
            return coordinatorReadsWriterOwns("\(row)started_by = current_user")
        case "live_record":
            // live_game's own policies limit the games the condition sees to the login's own.
            return coordinatorReadsWriterOwns(
                "EXISTS (SELECT 1 FROM \(qualified("live_game")) g WHERE g.uuid = \(row)game)")
        case "participant":
            return [
                policy("read", "FOR SELECT TO \(writer), \(coordinator) USING (true)"),
                policy("insert", "FOR INSERT TO \(writer) WITH CHECK (true)"),
                policy("update", "FOR UPDATE TO \(writer) USING (true) WITH CHECK (true)"),
                policy("delete", "FOR DELETE TO \(writer) USING (NOT \(qualified("ecolearn_attends_elsewhere"))(\(row)id))"),
            ]
        default:
            return [
                policy("read", "FOR SELECT TO \(coordinator) USING (true)"),
                policy("own", "FOR SELECT TO \(writer) USING (\(row)login = current_user)"),
            ]
        }
    }

    /// `ecolearn_attends_elsewhere(participant)`: whether a person attended an event of a town the login does not
    /// write (seen whole, as the owner: a town writer cannot see other towns' attendances).
    /// `ecolearn_listed_counts()`: every event's sign-ins as counts, for `sync --from` (seen whole, as the owner; counts
    /// only, as the funder views a town writer reads give them too). `ecolearn_other_town()`:
    /// the trigger that refuses, with an error, a town writer's change to another town's event, lessons or headcount.
    private var functions: [String] {
        let writer = role(.townWriter)
        let logins = qualified(Self.townLogins)
        let path = "SET search_path = \(Self.quoted(schema)), pg_temp"
        return [
            """
            CREATE OR REPLACE FUNCTION \(qualified("ecolearn_attends_elsewhere"))(person bigint) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER \(path) AS $body$
                SELECT EXISTS (
                    SELECT 1 FROM \(qualified("attendance")) a JOIN \(qualified("event")) e ON e.id = a.event_id
                    WHERE a.participant_id = person AND NOT EXISTS (
                        SELECT 1 FROM \(logins) w WHERE w.login = session_user AND lower(w.town) = lower(e.town)))
            $body$
            """,
            "REVOKE ALL ON FUNCTION \(qualified("ecolearn_attends_elsewhere"))(bigint) FROM PUBLIC",
            "GRANT EXECUTE ON FUNCTION \(qualified("ecolearn_attends_elsewhere"))(bigint) TO \(writer)",
            """
            CREATE OR REPLACE FUNCTION \(qualified("ecolearn_listed_counts"))()
            RETURNS TABLE (event uuid, dimension text, value text, count bigint)
            LANGUAGE sql STABLE SECURITY DEFINER \(path) AS $body$
            \(PostgresParticipationStore.listedCountsSQL)
            $body$
            """,
            "REVOKE ALL ON FUNCTION \(qualified("ecolearn_listed_counts"))() FROM PUBLIC",
            "GRANT EXECUTE ON FUNCTION \(qualified("ecolearn_listed_counts"))() TO \(writer), \(role(.coordinator))",
            """
            CREATE OR REPLACE FUNCTION \(qualified("ecolearn_other_town"))() RETURNS trigger
            LANGUAGE plpgsql \(path) AS $body$
            DECLARE
                place text;
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM \(logins) WHERE login = current_user) THEN
                    RETURN COALESCE(NEW, OLD);
                END IF;
                IF TG_TABLE_NAME = 'event' THEN
                    place := OLD.town;
                ELSE
                    SELECT e.town INTO place FROM \(qualified("event")) e WHERE e.id = OLD.event_id;
                END IF;
                IF place IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM \(logins) w WHERE w.login = current_user AND lower(w.town) = lower(place)
                ) THEN
                    RAISE EXCEPTION 'the event is in %, not a town login % writes', place, current_user
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF TG_OP = 'DELETE' THEN
                    RETURN OLD;
                END IF;
                RETURN NEW;
            END
            $body$
            """,
        ]
    }

    /// The refusing trigger on the tables a town writer sees whole.
    private var triggers: [String] {
        ["event", "event_lesson", "headcount"].filter(tables.contains).flatMap { table in
            [
                "DROP TRIGGER IF EXISTS ecolearn_other_town ON \(qualified(table))",
                "CREATE TRIGGER ecolearn_other_town BEFORE UPDATE OR DELETE ON \(qualified(table)) "
                    + "FOR EACH ROW EXECUTE FUNCTION \(qualified("ecolearn_other_town"))()",
            ]
        }
    }

    /// The funder views (dropped and made again, so a changed definition replaces the old one). They run with the
    /// rights of their owner, so they count rows a funder cannot read.
    private var views: [String] {
        let event = qualified("event"), attendance = qualified("attendance"), participant = qualified("participant")
        let headcount = qualified("headcount"), result = qualified("quiz_result")
        let notRecorded = "'\(Report.notRecorded)'"
        let name = "COALESCE(e.code, e.id::text)"
        var sql = Self.funderViews.reversed().map { "DROP VIEW IF EXISTS \(qualified($0))" }
        sql.append("""
            CREATE VIEW \(qualified("funder_event")) (event, date, town, country, kind, audience, title, language, lessons,
                attendances, headcount, people) AS
            SELECT \(name), e.date, e.town, e.country, e.kind, e.audience, e.title, e.language,
                COALESCE((SELECT string_agg(l.unit_id, ' ' ORDER BY l.unit_id COLLATE "C") FROM \(qualified("event_lesson")) l
                    WHERE l.event_id = e.id), ''),
                c.attendances, c.headcount, c.attendances + c.headcount
            FROM \(event) e CROSS JOIN LATERAL (SELECT
                (SELECT count(*) FROM \(attendance) a WHERE a.event_id = e.id) AS attendances,
                COALESCE((SELECT sum(h.count) FROM \(headcount) h WHERE h.event_id = e.id AND h.dimension = 'total'), 0)
                    AS headcount) c
            """)
        sql.append("""
            CREATE VIEW \(qualified("funder_event_group")) (event, dimension, value, attendances, headcount) AS
            SELECT \(name), g.dimension, g.value, sum(g.attendances), sum(g.headcount)
            FROM \(event) e JOIN (
                SELECT a.event_id, 'gender' AS dimension, COALESCE(p.gender, \(notRecorded)) AS value, 1 AS attendances,
                    0 AS headcount
                FROM \(attendance) a JOIN \(participant) p ON p.id = a.participant_id
                UNION ALL
                SELECT a.event_id, 'age_band', COALESCE(p.age_band, \(notRecorded)), 1, 0
                FROM \(attendance) a JOIN \(participant) p ON p.id = a.participant_id
                UNION ALL
                SELECT a.event_id, 'origin', COALESCE(p.origin, \(notRecorded)), 1, 0
                FROM \(attendance) a JOIN \(participant) p ON p.id = a.participant_id
                UNION ALL
                SELECT h.event_id, h.dimension, h.value, 0, h.count FROM \(headcount) h WHERE h.dimension <> 'total'
            ) g ON g.event_id = e.id
            GROUP BY e.id, e.code, g.dimension, g.value
            """)
        // Knowledge gain as the report counts it: respondents with both a pre- and a post-test at the event.
        sql.append("""
            CREATE VIEW \(qualified("funder_quiz")) (event, unit, objective, pairs, mean_pre, mean_post) AS
            WITH pair AS (
                SELECT b.event_id, b.unit_id, b.id AS pre_id, a.id AS post_id, b.percent AS pre, a.percent AS post
                FROM \(result) b JOIN \(result) a ON a.event_id = b.event_id AND a.unit_id = b.unit_id
                    AND a.respondent_key = b.respondent_key AND a.phase = 'post'
                WHERE b.phase = 'pre'
            ), score AS (
                SELECT qa.result_id, qa.objective_id, greatest(0, least(1, avg(qa.fraction))) AS score
                FROM \(qualified("quiz_answer")) qa GROUP BY 1, 2
            )
            SELECT \(name), p.unit_id, NULL::text, count(*), avg(p.pre), avg(p.post)
            FROM \(event) e JOIN pair p ON p.event_id = e.id GROUP BY e.id, e.code, p.unit_id
            UNION ALL
            SELECT \(name), p.unit_id, b.objective_id, count(*), avg(b.score) * 100, avg(a.score) * 100
            FROM \(event) e JOIN pair p ON p.event_id = e.id JOIN score b ON b.result_id = p.pre_id
                JOIN score a ON a.result_id = p.post_id AND a.objective_id = b.objective_id
            GROUP BY e.id, e.code, p.unit_id, b.objective_id
            """)
        sql.append("""
            CREATE VIEW \(qualified("funder_unique_participants")) (country, town, unique_participants) AS
            SELECT e.country, e.town, count(DISTINCT a.participant_id)
            FROM \(event) e JOIN \(attendance) a ON a.event_id = e.id
            GROUP BY GROUPING SETS ((), (e.country), (e.country, e.town))
            """)
        return sql
    }
}
