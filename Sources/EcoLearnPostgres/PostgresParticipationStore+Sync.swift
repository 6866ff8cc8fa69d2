import EcoLearn
import EcoLearnTracking
import Foundation
import PostgresNIO

/// The server's side of `ecolearn sync` (the engine is `EcoLearnSync.SyncEngine`). Each batch a laptop sends is
/// stored in one transaction and is idempotent: a row whose UUID the server holds is not stored again, so a batch
/// sent twice (a sync killed after the server committed, before the laptop marked it sent) changes nothing.
///
/// Writes are plain `INSERT ... ON CONFLICT` and `UPDATE` statements on the tables, or `COPY` into a temporary
/// table and `INSERT ... SELECT` from it, so that row-level security policies on the tables apply to them.
/// Event and participant batches take a transaction-level advisory lock, so laptops syncing at once decide
/// "already there" one after the other; attendances, the large part, go in parallel.
extension PostgresParticipationStore {
    /// What one batch did on the server.
    package struct Received: Sendable {
        package var added = 0
        package var alreadyThere = 0
        /// Rows refused because the server has forgotten the person (a tombstone).
        package var forgotten = 0
        /// Conflicts found for the first time by this batch.
        package var conflicts: [SyncConflict] = []
    }

    /// The advisory lock that serialises event and participant batches of concurrent syncs.
    private static let syncLock: Int64 = 7_270_413

    /// The server's own UUID (made by migration v4).
    package func storeID() async throws -> String {
        try await transaction { connection in
            try await connection.rows(SQLText("SELECT id::text FROM ecolearn_store"), as: String.self).first ?? ""
        }
    }

    /// Runs one batch of a sync in a transaction, with just-in-time compilation off: a batch's statements are
    /// planned with fresh statistics of growing tables, and once their estimated cost passes `jit_above_cost` the
    /// server spends longer compiling each one (0.1-0.5 s) than running it.
    private func batchTransaction<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        try await transaction { connection in
            try await connection.execute(SQLText("SET LOCAL jit = off"))
            return try await body(connection)
        }
    }

    // MARK: Tombstones

    /// Every tombstone the server holds.
    package func tombstoneHashes() async throws -> Set<String> {
        try await transaction { connection in
            Set(try await connection.rows(SQLText("SELECT key_hash FROM tombstone"), as: String.self))
        }
    }

    /// Stores a laptop's tombstones and removes those people here: their quiz results, sign-ins and participant
    /// rows, and their names in live games' records (`forgetLivePlayers`). Returns how many people's participant rows
    /// were removed, and the keys of those still here: a town writer's login removes only its towns' rows and renames
    /// players only in its own games, and not a person who also signed in at another town's event (the owner login
    /// does).
    package func receiveTombstones(_ hashes: [String], origin: String) async throws -> (removed: Int, kept: [String]) {
        guard !hashes.isEmpty else { return (0, []) }
        return try await batchTransaction { connection in
            /// `statement` with `%@` standing for the condition that `column` (a folded key) is a forgotten person's.
            func forgetting(_ statement: String, _ column: String) -> SQLText {
                var sql = SQLText()
                let condition = "encode(sha256(convert_to(\(column), 'UTF8')), 'hex') = ANY(\(sql.bind(hashes))::text[])"
                sql.append(statement.replacingOccurrences(of: "%@", with: condition))
                return sql
            }
            var store = SQLText()
            store.append("""
                INSERT INTO tombstone (key_hash, origin) SELECT unnest(\(store.bind(hashes))::text[]), \(store.bind(origin))
                ON CONFLICT DO NOTHING
                """)
            try await connection.execute(store)
            // One statement each, so that the participant rows are removed after (and seeing) the sign-ins removed.
            try await connection.execute(forgetting("DELETE FROM quiz_result WHERE %@", "respondent_key"))
            try await connection.execute(forgetting(
                "DELETE FROM attendance a USING participant p WHERE a.participant_id = p.id AND %@", "p.folded_key"))
            let removed = try await connection.rows(forgetting(
                "WITH people AS (DELETE FROM participant WHERE %@ RETURNING 1) SELECT count(*) FROM people", "folded_key"),
                as: Int.self).first ?? 0
            _ = try await Self.forgetLivePlayers(connection) { hashes.contains(Tombstone.hash(folded: $0)) }
            let kept = try await connection.rows(
                forgetting("SELECT key FROM participant WHERE %@ ORDER BY key", "folded_key"), as: String.self)
            return (removed, kept)
        }
    }

    // MARK: Events

    /// Stores a batch of a laptop's events (see docs/TRACKING.md, "Conflicts"): an event the server holds under
    /// the same UUID, the same code, or without a code the same date, town, country, kind and title, is the same
    /// event. The server keeps its details (first come, first kept); other details are listed as a conflict;
    /// lessons the laptop added are added. A new event is stored with its UUID and the laptop as its origin.
    package func receiveEvents(_ events: [SyncEvent], origin: String) async throws -> Received {
        guard !events.isEmpty else { return Received() }
        return try await batchTransaction { connection in
            try await connection.execute(SQLText("SELECT pg_advisory_xact_lock(\(Self.syncLock))"))
            let aliases = try await Self.aliases(events.map(\.uuid), connection)
            let stored = try await Self.storedEvents(
                uuids: events.map(\.uuid) + aliases.values, codes: events.compactMap(\.record.code),
                codelessDays: events.filter { $0.record.code == nil }.map(\.record.date), connection)
            var received = Received()
            var new: [SyncEvent] = []
            var lessons: [(String, String)] = []
            var newAliases: [(String, String)] = []
            var conflicts: [SyncConflict] = []
            for event in events {
                let canonical = aliases[event.uuid] ?? event.uuid
                let match = stored.first { $0.uuid == canonical }
                    ?? event.record.code.flatMap { code in stored.first { $0.record.code == code } }
                    ?? (event.record.code == nil
                        ? stored.first { $0.record.code == nil && EventIdentity($0.record) == EventIdentity(event.record) }
                        : nil)
                guard let match else {
                    new.append(event)
                    continue
                }
                received.alreadyThere += 1
                if match.uuid != event.uuid && aliases[event.uuid] == nil { newAliases.append((event.uuid, match.uuid)) }
                for unit in event.lessons where !match.lessons.contains(unit) { lessons.append((match.uuid, unit)) }
                if match.details != event.details {
                    conflicts.append(SyncConflict(
                        kind: "event", subject: match.record.code ?? match.reference,
                        kept: match.details, other: event.details, origin: origin))
                }
            }
            try await Self.insert(new, origin: origin, connection)
            received.added = new.count
            try await Self.storeAliases(newAliases, kind: "event", connection)
            if !lessons.isEmpty {
                var sql = SQLText()
                sql.append("""
                    INSERT INTO event_lesson (event_id, unit_id)
                    SELECT e.id, l.unit FROM unnest(\(sql.bind(lessons.map(\.0)))::uuid[], \(sql.bind(lessons.map(\.1)))::text[])
                        AS l(uuid, unit) JOIN event e ON e.uuid = l.uuid
                    ON CONFLICT DO NOTHING
                    """)
                try await connection.execute(sql)
            }
            received.conflicts = try await Self.record(conflicts, connection)
            return received
        }
    }

    /// The canonical UUID of each of `uuids` that is another laptop's name for a row the server holds.
    private static func aliases(_ uuids: [String], _ connection: PostgresConnection) async throws -> [String: String] {
        var sql = SQLText()
        sql.append("SELECT uuid::text, canonical::text FROM uuid_alias WHERE uuid = ANY(\(sql.bind(uuids))::uuid[])")
        var result: [String: String] = [:]
        for (uuid, canonical) in try await connection.rows(sql, as: String.self, String.self) { result[uuid] = canonical }
        return result
    }

    /// Stored events with these UUIDs or codes, or without a code on these days.
    private static func storedEvents(
        uuids: [String], codes: [String], codelessDays: [String], _ connection: PostgresConnection
    ) async throws -> [SyncEvent] {
        // Each wanted value is joined to its index; a condition `column = ANY(array)` per row would be planned as a
        // scan comparing every event with every value while the table has no statistics yet (a first sync).
        var sql = SQLText()
        let condition = """
            e.id IN (
                SELECT x.id FROM unnest(\(sql.bind(uuids))::uuid[]) AS w(uuid) JOIN event x ON x.uuid = w.uuid
                UNION SELECT x.id FROM unnest(\(sql.bind(codes))::text[]) AS w(code) JOIN event x ON x.code = w.code
                UNION SELECT x.id FROM unnest(\(sql.bind(codelessDays))::date[]) AS w(date)
                    JOIN event x ON x.date = w.date AND x.code IS NULL)
            """
        return try await events(where: condition, sql, connection)
    }

    /// The events matching `condition` (on `event e`, values bound in `sql`), with lessons and headcounts.
    private static func events(where condition: String, _ sql: SQLText, _ connection: PostgresConnection) async throws -> [SyncEvent] {
        var sql = sql
        sql.append("""
            SELECT e.uuid::text, e.code, to_char(e.date, 'YYYY-MM-DD'), e.town, e.country, e.title, e.kind, e.audience,
                e.language, e.organiser, e.facilitator,
                ARRAY(SELECT unit_id FROM event_lesson l WHERE l.event_id = e.id),
                ARRAY(SELECT h.uuid::text FROM headcount h WHERE h.event_id = e.id ORDER BY h.dimension, h.value),
                ARRAY(SELECT h.dimension FROM headcount h WHERE h.event_id = e.id ORDER BY h.dimension, h.value),
                ARRAY(SELECT h.value FROM headcount h WHERE h.event_id = e.id ORDER BY h.dimension, h.value),
                ARRAY(SELECT h.count FROM headcount h WHERE h.event_id = e.id ORDER BY h.dimension, h.value)
            FROM event e WHERE \(condition) ORDER BY e.date, e.id
            """)
        var result: [SyncEvent] = []
        for row in try await connection.query(sql.query, logger: logger).collect() {
            let columns = row.makeRandomAccess()
            let record = EventRecord(
                code: try columns[1].decode(String?.self), date: try columns[2].decode(String.self),
                town: try columns[3].decode(String.self), country: try columns[4].decode(String.self),
                title: try columns[5].decode(String.self),
                kind: EventKind(rawValue: try columns[6].decode(String.self)) ?? .lesson,
                audience: Audience(rawValue: try columns[7].decode(String.self)) ?? .public,
                language: try columns[8].decode(String?.self), organiser: try columns[9].decode(String?.self),
                facilitator: try columns[10].decode(String?.self))
            let uuids = try columns[12].decode([String].self)
            let dimensions = try columns[13].decode([String].self)
            let values = try columns[14].decode([String].self)
            let counts = try columns[15].decode([Int32].self)
            let headcounts = uuids.indices.map {
                SyncHeadcount(uuid: uuids[$0], dimension: dimensions[$0], value: values[$0], count: Int(counts[$0]))
            }
            result.append(SyncEvent(
                uuid: try columns[0].decode(String.self), record: record, lessons: try columns[11].decode([String].self),
                headcounts: headcounts))
        }
        return result
    }

    /// Inserts new events with their lessons and headcounts, each row under the laptop's UUID.
    private static func insert(_ events: [SyncEvent], origin: String, _ connection: PostgresConnection) async throws {
        guard !events.isEmpty else { return }
        let records = events.map(\.record)
        // Checked texts are never empty, so an empty one stands for none (arrays carry no NULL here).
        var sql = SQLText()
        sql.append("""
            INSERT INTO event (uuid, code, date, town, country, title, kind, audience, language, organiser, facilitator, origin)
            SELECT u, NULLIF(c, ''), d::date, t, n, ti, k, a, NULLIF(l, ''), NULLIF(o, ''), NULLIF(f, ''), \(sql.bind(origin))
            FROM unnest(\(sql.bind(events.map(\.uuid)))::uuid[], \(sql.bind(records.map { $0.code ?? "" }))::text[],
                \(sql.bind(records.map(\.date)))::text[], \(sql.bind(records.map(\.town)))::text[],
                \(sql.bind(records.map(\.country)))::text[], \(sql.bind(records.map(\.title)))::text[],
                \(sql.bind(records.map(\.kind.rawValue)))::text[], \(sql.bind(records.map(\.audience.rawValue)))::text[],
                \(sql.bind(records.map { $0.language ?? "" }))::text[], \(sql.bind(records.map { $0.organiser ?? "" }))::text[],
                \(sql.bind(records.map { $0.facilitator ?? "" }))::text[]) AS r(u, c, d, t, n, ti, k, a, l, o, f)
            """)
        try await connection.execute(sql)
        let lessons = events.flatMap { event in event.lessons.map { (event.uuid, $0) } }
        if !lessons.isEmpty {
            var add = SQLText()
            add.append("""
                INSERT INTO event_lesson (event_id, unit_id)
                SELECT e.id, l.unit FROM unnest(\(add.bind(lessons.map(\.0)))::uuid[], \(add.bind(lessons.map(\.1)))::text[])
                    AS l(uuid, unit) JOIN event e ON e.uuid = l.uuid
                """)
            try await connection.execute(add)
        }
        let counts = events.flatMap { event in event.headcounts.map { (event.uuid, $0) } }
        if !counts.isEmpty {
            var add = SQLText()
            add.append("""
                INSERT INTO headcount (uuid, event_id, dimension, value, count)
                SELECT h.uuid, e.id, h.dimension, h.value, h.count
                FROM unnest(\(add.bind(counts.map(\.1.uuid)))::uuid[], \(add.bind(counts.map(\.0)))::uuid[],
                    \(add.bind(counts.map(\.1.dimension)))::text[], \(add.bind(counts.map(\.1.value)))::text[],
                    \(add.bind(counts.map(\.1.count)))::integer[]) AS h(uuid, event, dimension, value, count)
                JOIN event e ON e.uuid = h.event
                """)
            try await connection.execute(add)
        }
    }

    /// Records that `uuid` (a laptop's) names the row the server holds as `canonical`.
    private static func storeAliases(_ pairs: [(String, String)], kind: String, _ connection: PostgresConnection) async throws {
        guard !pairs.isEmpty else { return }
        var sql = SQLText()
        sql.append("""
            INSERT INTO uuid_alias (uuid, kind, canonical)
            SELECT u, \(sql.bind(kind)), c FROM unnest(\(sql.bind(pairs.map(\.0)))::uuid[], \(sql.bind(pairs.map(\.1)))::uuid[]) AS a(u, c)
            ON CONFLICT DO NOTHING
            """)
        try await connection.execute(sql)
    }

    /// Stores conflicts; returns those not recorded before.
    private static func record(_ conflicts: [SyncConflict], _ connection: PostgresConnection) async throws -> [SyncConflict] {
        guard !conflicts.isEmpty else { return [] }
        var sql = SQLText()
        sql.append("""
            INSERT INTO sync_conflict (origin, kind, subject, kept, other)
            SELECT * FROM unnest(\(sql.bind(conflicts.map(\.origin)))::text[], \(sql.bind(conflicts.map(\.kind)))::text[],
                \(sql.bind(conflicts.map(\.subject)))::text[], \(sql.bind(conflicts.map(\.kept)))::text[],
                \(sql.bind(conflicts.map(\.other)))::text[])
            ON CONFLICT DO NOTHING
            RETURNING kind, subject, kept, other, origin, to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
            """)
        return try await connection.rows(sql, as: String.self, String.self, String.self, String.self, String.self, String.self)
            .map { SyncConflict(kind: $0, subject: $1, kept: $2, other: $3, origin: $4, recordedAt: $5) }
    }

    /// Every conflict sync has found, oldest first.
    package func conflicts() async throws -> [SyncConflict] {
        try await transaction { connection in
            try await connection.rows(SQLText("""
                SELECT kind, subject, kept, other, origin, to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                FROM sync_conflict ORDER BY id
                """), as: String.self, String.self, String.self, String.self, String.self, String.self)
            .map { SyncConflict(kind: $0, subject: $1, kept: $2, other: $3, origin: $4, recordedAt: $5) }
        }
    }

    // MARK: Participants

    /// Stores a batch of a laptop's participants. A key (as `CaselessKey` folds it) is one person across the
    /// project: a participant the server holds under the same UUID gets the laptop's later details (as a later
    /// sign-in sheet would); one held under the same key from another laptop stays as stored, takes the details
    /// it lacks, and other details are listed as a conflict; consent is withdrawn when either says no. A key the
    /// server has a tombstone for is refused.
    package func receiveParticipants(_ people: [SyncParticipant], origin: String) async throws -> Received {
        guard !people.isEmpty else { return Received() }
        return try await batchTransaction { connection in
            try await connection.execute(SQLText("SELECT pg_advisory_xact_lock(\(Self.syncLock))"))
            try await connection.execute(SQLText("""
                CREATE TEMP TABLE sync_participant (uuid uuid, key text, folded_key text, organisation text,
                    age_band text, gender text, origin text, consent_listing boolean, consent_photos boolean) ON COMMIT DROP
                """))
            var fill = SQLText()
            fill.append("""
                INSERT INTO sync_participant
                SELECT u, k, f, NULLIF(o, ''), NULLIF(a, ''), NULLIF(g, ''), NULLIF(r, ''), l, p
                FROM unnest(\(fill.bind(people.map(\.uuid)))::uuid[], \(fill.bind(people.map(\.key)))::text[],
                    \(fill.bind(people.map(\.foldedKey)))::text[], \(fill.bind(people.map { $0.organisation ?? "" }))::text[],
                    \(fill.bind(people.map { $0.ageBand ?? "" }))::text[], \(fill.bind(people.map { $0.gender ?? "" }))::text[],
                    \(fill.bind(people.map { $0.origin ?? "" }))::text[], \(fill.bind(people.map(\.consentListing)))::boolean[],
                    \(fill.bind(people.map(\.consentPhotos)))::boolean[]) AS n(u, k, f, o, a, g, r, l, p)
                """)
            try await connection.execute(fill)
            var received = Received()
            received.forgotten = try await connection.rows(SQLText("""
                WITH gone AS (
                    DELETE FROM sync_participant s USING tombstone t
                    WHERE t.key_hash = encode(sha256(convert_to(s.folded_key, 'UTF8')), 'hex') RETURNING 1
                ) SELECT count(*) FROM gone
                """), as: Int.self).first ?? 0
            received.added = try await connection.rows(SQLText("""
                WITH added AS (
                    INSERT INTO participant (uuid, key, folded_key, organisation, age_band, gender, origin, consent_listing,
                        consent_photos)
                    SELECT s.uuid, s.key, s.folded_key, s.organisation, s.age_band, s.gender, s.origin, s.consent_listing,
                        s.consent_photos
                    FROM sync_participant s
                    WHERE NOT EXISTS (SELECT 1 FROM participant p WHERE p.uuid = s.uuid)
                        AND NOT EXISTS (SELECT 1 FROM participant p WHERE p.folded_key = s.folded_key)
                        AND NOT EXISTS (SELECT 1 FROM uuid_alias a WHERE a.uuid = s.uuid)
                    ON CONFLICT DO NOTHING RETURNING 1
                ) SELECT count(*) FROM added
                """), as: Int.self).first ?? 0
            received.alreadyThere = people.count - received.forgotten - received.added
            try await connection.execute(SQLText("""
                UPDATE participant p SET organisation = COALESCE(s.organisation, p.organisation),
                    age_band = COALESCE(s.age_band, p.age_band), gender = COALESCE(s.gender, p.gender),
                    origin = COALESCE(s.origin, p.origin), consent_listing = s.consent_listing,
                    consent_photos = s.consent_photos
                FROM sync_participant s WHERE p.uuid = s.uuid
                    AND (p.organisation, p.age_band, p.gender, p.origin, p.consent_listing, p.consent_photos)
                    IS DISTINCT FROM (COALESCE(s.organisation, p.organisation), COALESCE(s.age_band, p.age_band),
                        COALESCE(s.gender, p.gender), COALESCE(s.origin, p.origin), s.consent_listing, s.consent_photos)
                """))
            var conflicts: [SyncConflict] = []
            for (key, kept, other) in try await connection.rows(SQLText("""
                SELECT p.key,
                    concat_ws('; ', 'organisation ' || p.organisation, 'age band ' || p.age_band, 'gender ' || p.gender,
                        'origin ' || p.origin),
                    concat_ws('; ', 'organisation ' || s.organisation, 'age band ' || s.age_band, 'gender ' || s.gender,
                        'origin ' || s.origin)
                FROM sync_participant s JOIN participant p ON p.folded_key = s.folded_key AND p.uuid <> s.uuid
                WHERE s.organisation <> p.organisation OR s.age_band <> p.age_band OR s.gender <> p.gender
                    OR s.origin <> p.origin
                ORDER BY p.key
                """), as: String.self, String.self, String.self)
            {
                conflicts.append(SyncConflict(kind: "participant", subject: key, kept: kept, other: other, origin: origin))
            }
            received.conflicts = try await Self.record(conflicts, connection)
            try await connection.execute(SQLText("""
                INSERT INTO uuid_alias (uuid, kind, canonical)
                SELECT s.uuid, 'participant', p.uuid FROM sync_participant s
                JOIN participant p ON p.folded_key = s.folded_key AND p.uuid <> s.uuid
                ON CONFLICT DO NOTHING
                """))
            try await connection.execute(SQLText("""
                UPDATE participant p SET organisation = COALESCE(p.organisation, s.organisation),
                    age_band = COALESCE(p.age_band, s.age_band), gender = COALESCE(p.gender, s.gender),
                    origin = COALESCE(p.origin, s.origin), consent_listing = p.consent_listing AND s.consent_listing,
                    consent_photos = p.consent_photos AND s.consent_photos
                FROM sync_participant s WHERE p.folded_key = s.folded_key AND p.uuid <> s.uuid
                    AND (p.organisation, p.age_band, p.gender, p.origin, p.consent_listing, p.consent_photos)
                    IS DISTINCT FROM (COALESCE(p.organisation, s.organisation), COALESCE(p.age_band, s.age_band),
                        COALESCE(p.gender, s.gender), COALESCE(p.origin, s.origin), p.consent_listing AND s.consent_listing,
                        p.consent_photos AND s.consent_photos)
                """))
            return received
        }
    }

    // MARK: Attendances

    /// Stores a batch of attendances: copied (`COPY`) into a temporary table, then inserted with their event and
    /// participant found by UUID (or by the UUID another laptop gave them). An attendance the server holds, or
    /// whose person the server has forgotten, is not stored.
    ///
    /// A batch is usually new to the server, so it is first inserted without conflict arbitration (which costs
    /// the server about a third of the insert) under a savepoint, unless its first row is already there (a batch
    /// sent again after a sync was cut off). Should any row be there after all (under its UUID, or the same person
    /// at the same event sent by another laptop), the server refuses that insert as a whole; it is rolled back to
    /// the savepoint and the batch inserted again row by row with `ON CONFLICT DO NOTHING`.
    package func receiveAttendances(_ batch: SyncAttendances) async throws -> Received {
        guard batch.count > 0 else { return Received() }
        return try await batchTransaction { connection in
            try await connection.execute(SQLText(
                "CREATE TEMP TABLE sync_attendance (uuid uuid, event uuid, participant uuid) ON COMMIT DROP"))
            try await connection.copyFrom(table: "sync_attendance", columns: ["uuid", "event", "participant"], logger: Self.logger) { writer in
                var buffer = ByteBuffer()
                buffer.reserveCapacity(64 * 1024)
                for row in 0..<batch.count {
                    buffer.writeString(batch.uuids[row])
                    buffer.writeInteger(UInt8(ascii: "\t"))
                    buffer.writeString(batch.events[row])
                    buffer.writeInteger(UInt8(ascii: "\t"))
                    buffer.writeString(batch.participants[row])
                    buffer.writeInteger(UInt8(ascii: "\n"))
                    if buffer.readableBytes >= 60 * 1024 {
                        try await writer.write(buffer)
                        buffer.clear()
                    }
                }
                if buffer.readableBytes > 0 { try await writer.write(buffer) }
            }
            var resent = SQLText()
            resent.append("SELECT EXISTS (SELECT 1 FROM attendance WHERE uuid = \(resent.bind(batch.uuids[0]))::uuid)")
            let resending = try await connection.rows(resent, as: Bool.self).first ?? false
            if !resending, let added = try await Self.insertNewAttendances(connection) {
                return Received(added: added, alreadyThere: batch.count - added)
            }
            let added = try await connection.rows(SQLText(Self.insertAttendances(arbitrated: true)), as: Int.self).first ?? 0
            return Received(added: added, alreadyThere: batch.count - added)
        }
    }

    /// Inserts the batch in `sync_attendance` as rows none of which the server holds; nil (and nothing inserted)
    /// when the server holds one after all.
    private static func insertNewAttendances(_ connection: PostgresConnection) async throws -> Int? {
        try await connection.execute(SQLText("SAVEPOINT new_attendances"))
        do {
            let added = try await connection.rows(SQLText(insertAttendances(arbitrated: false)), as: Int.self).first ?? 0
            try await connection.execute(SQLText("RELEASE SAVEPOINT new_attendances"))
            return added
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == "23505" {
            try await connection.execute(SQLText("ROLLBACK TO SAVEPOINT new_attendances"))
            return nil
        }
    }

    /// The statement inserting the batch in `sync_attendance` and counting the rows it stored; `arbitrated`: skip
    /// the rows the server holds (`ON CONFLICT DO NOTHING`) instead of failing on them.
    private static func insertAttendances(arbitrated: Bool) -> String {
        """
        WITH added AS (
            INSERT INTO attendance (uuid, event_id, participant_id)
            SELECT s.uuid, e.id, p.id FROM sync_attendance s
            LEFT JOIN uuid_alias ea ON ea.uuid = s.event
            JOIN event e ON e.uuid = COALESCE(ea.canonical, s.event)
            LEFT JOIN uuid_alias pa ON pa.uuid = s.participant
            JOIN participant p ON p.uuid = COALESCE(pa.canonical, s.participant)
            \(arbitrated ? "ON CONFLICT DO NOTHING " : "")RETURNING 1
        ) SELECT count(*) FROM added
        """
    }

    // MARK: Quiz results

    /// Stores a batch of quiz results with their answers. A result the server holds (by UUID) is not stored again;
    /// a result for the same event, unit, phase and respondent under another UUID is replaced, as scoring again
    /// replaces on a laptop. A respondent the server has forgotten is refused.
    package func receiveQuizResults(_ results: [SyncQuizResult]) async throws -> Received {
        guard !results.isEmpty else { return Received() }
        return try await batchTransaction { connection in
            try await connection.execute(SQLText("""
                CREATE TEMP TABLE sync_result (uuid uuid, event uuid, unit_id text, unit_version integer, phase text,
                    respondent text, respondent_key text, seed bigint, percent double precision) ON COMMIT DROP
                """))
            var fill = SQLText()
            fill.append("""
                INSERT INTO sync_result
                SELECT u, e, n, v, p, re, k, NULLIF(s, '')::bigint, pc FROM unnest(\(fill.bind(results.map(\.uuid)))::uuid[], \(fill.bind(results.map(\.eventUUID)))::uuid[],
                    \(fill.bind(results.map(\.unitID)))::text[], \(fill.bind(results.map(\.unitVersion)))::integer[],
                    \(fill.bind(results.map(\.phase)))::text[], \(fill.bind(results.map(\.respondent)))::text[],
                    \(fill.bind(results.map(\.respondentKey)))::text[],
                    \(fill.bind(results.map { $0.seed.map(String.init) ?? "" }))::text[],
                    \(fill.bind(results.map(\.percent)))::double precision[]) AS r(u, e, n, v, p, re, k, s, pc)
                """)
            try await connection.execute(fill)
            var received = Received()
            received.forgotten = try await connection.rows(SQLText("""
                WITH gone AS (
                    DELETE FROM sync_result s USING tombstone t
                    WHERE t.key_hash = encode(sha256(convert_to(s.respondent_key, 'UTF8')), 'hex') RETURNING 1
                ) SELECT count(*) FROM gone
                """), as: Int.self).first ?? 0
            try await connection.execute(SQLText("""
                DELETE FROM quiz_result r USING sync_result s, event e
                WHERE e.uuid = COALESCE((SELECT canonical FROM uuid_alias a WHERE a.uuid = s.event), s.event)
                    AND r.event_id = e.id AND r.unit_id = s.unit_id AND r.phase = s.phase
                    AND r.respondent_key = s.respondent_key AND r.uuid <> s.uuid
                """))
            received.added = try await connection.rows(SQLText("""
                WITH added AS (
                    INSERT INTO quiz_result (uuid, event_id, unit_id, unit_version, phase, respondent, respondent_key, seed,
                        percent)
                    SELECT s.uuid, e.id, s.unit_id, s.unit_version, s.phase, s.respondent, s.respondent_key, s.seed, s.percent
                    FROM sync_result s
                    JOIN event e ON e.uuid = COALESCE((SELECT canonical FROM uuid_alias a WHERE a.uuid = s.event), s.event)
                    ON CONFLICT DO NOTHING RETURNING 1
                ) SELECT count(*) FROM added
                """), as: Int.self).first ?? 0
            received.alreadyThere = results.count - received.forgotten - received.added
            let answers = results.flatMap { result in result.answers.map { (result.uuid, $0) } }
            if !answers.isEmpty {
                var sql = SQLText()
                sql.append("""
                    INSERT INTO quiz_answer (uuid, result_id, question_id, objective_id, fraction)
                    SELECT a.uuid, r.id, a.question, a.objective, a.fraction
                    FROM unnest(\(sql.bind(answers.map(\.1.uuid)))::uuid[], \(sql.bind(answers.map(\.0)))::uuid[],
                        \(sql.bind(answers.map(\.1.questionID)))::text[], \(sql.bind(answers.map(\.1.objectiveID)))::text[],
                        \(sql.bind(answers.map(\.1.fraction)))::double precision[]) AS a(uuid, result, question, objective, fraction)
                    JOIN quiz_result r ON r.uuid = a.result
                    ON CONFLICT DO NOTHING
                    """)
                try await connection.execute(sql)
            }
            return received
        }
    }

    // MARK: Bringing down

    /// Every event of the project for a laptop's offline report, with the other UUIDs laptops gave it, and its
    /// listed sign-ins added to its headcounts as counts (the total, and each gender, age band and origin written
    /// down): who signed in stays on the server.
    package func projectEvents() async throws -> [(event: SyncEvent, aliases: [String])] {
        let (login, location) = (login, location)
        return try await snapshot { connection in
            var events = try await Self.events(where: "true", SQLText(), connection)
            var aliases: [String: [String]] = [:]
            for (uuid, canonical) in try await connection.rows(
                SQLText("SELECT uuid::text, canonical::text FROM uuid_alias WHERE kind = 'event'"), as: String.self, String.self)
            {
                aliases[canonical, default: []].append(uuid)
            }
            var listed: [String: [String: Int]] = [:]
            for (uuid, dimension, value, count) in try await Self.listedCounts(connection, login: login, location: location) {
                listed[uuid, default: [:]][dimension + "\t" + value] = count
            }
            for index in events.indices {
                guard let counts = listed[events[index].uuid] else { continue }
                var headcounts = events[index].headcounts
                for (group, count) in counts.sorted(by: { $0.key < $1.key }) {
                    let parts = group.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                    let value = parts[0] == "total" ? "" : parts[1]
                    if let at = headcounts.firstIndex(where: { $0.dimension == parts[0] && (parts[0] == "total" || $0.value == value) }) {
                        headcounts[at].count += count
                    } else {
                        headcounts.append(SyncHeadcount(
                            uuid: UUID().uuidString.lowercased(), dimension: parts[0], value: value, count: count))
                    }
                }
                events[index] = SyncEvent(
                    uuid: events[index].uuid, record: events[index].record, lessons: events[index].lessons,
                    headcounts: headcounts)
            }
            return events.map { ($0, aliases[$0.uuid] ?? []) }
        }
    }
}
