import EcoLearn
import EcoLearnTracking
import Foundation
import GRDB

/// The laptop's side of `ecolearn sync` (the engine is `EcoLearnSync.SyncEngine`): what has not been sent yet, in
/// batches that follow each table's key, and marking a batch sent once the server has committed it. A row is
/// unsent (`synced = 0`) from the moment it is recorded, and again when it changes (triggers of migration v4), so
/// a second sync with nothing new reads nothing but the marks. Rows brought down from the server (`pulled = 1`)
/// are never sent back.
extension SQLiteParticipationStore {
    /// This store's own UUID (made by migration v4).
    package func storeID() throws -> String {
        try read { db in try String.fetchOne(db, sql: "SELECT id FROM store_identity") ?? "" }
    }

    /// Records the server this store syncs with. A server other than the one recorded gets everything again:
    /// every row is marked unsent (the server ignores what it already holds, by UUID).
    package func beginSync(withServer serverID: String, location: String) throws {
        try pool.write { db in
            let known = try String.fetchOne(db, sql: "SELECT store_id FROM sync_peer")
            if known == serverID { return }
            if known != nil {
                try db.execute(sql: """
                    DELETE FROM sync_peer;
                    UPDATE event SET synced = 0 WHERE pulled = 0;
                    UPDATE participant SET synced = 0;
                    UPDATE attendance SET synced = 0;
                    UPDATE quiz_result SET synced = 0;
                    UPDATE tombstone SET synced = 0;
                    """)
            }
            try db.execute(
                sql: "INSERT INTO sync_peer (store_id, location) VALUES (?, ?)", arguments: [serverID, location])
        }
    }

    /// Notes when the last sync in each direction finished.
    package func finishSync(sending: Bool) throws {
        let column = sending ? "last_sent_at" : "last_received_at"
        try pool.write { db in
            try db.execute(sql: "UPDATE sync_peer SET \(column) = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')")
        }
    }

    /// How many rows of each kind are waiting to be sent.
    package func unsentCounts() throws -> SyncCounts {
        try read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            return SyncCounts(
                events: try count("SELECT COUNT(*) FROM event WHERE synced = 0 AND pulled = 0"),
                participants: try count("SELECT COUNT(*) FROM participant WHERE synced = 0"),
                attendances: try count("SELECT COUNT(*) FROM attendance WHERE synced = 0"),
                quizResults: try count("SELECT COUNT(*) FROM quiz_result WHERE synced = 0"),
                tombstones: try count("SELECT COUNT(*) FROM tombstone WHERE synced = 0"))
        }
    }

    // MARK: Tombstones

    /// The tombstones not yet sent.
    package func unsentTombstones() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT key_hash FROM tombstone WHERE synced = 0 ORDER BY key_hash") }
    }

    package func markTombstonesSent(_ hashes: [String]) throws {
        try pool.write { db in
            let mark = try db.makeStatement(sql: "UPDATE tombstone SET synced = 1 WHERE key_hash = ?")
            for hash in hashes { try mark.execute(arguments: [hash]) }
        }
    }

    /// Forgets here everyone the server has forgotten (by tombstone), as `participants forget` does, in one
    /// transaction; returns how many keys had rows or live game players here.
    package func applyTombstones(_ hashes: Set<String>) throws -> Int {
        guard !hashes.isEmpty else { return 0 }
        return try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA secure_delete = ON")
            defer { try? db.execute(sql: "PRAGMA secure_delete = OFF") }
            var forgotten = Set<String>()
            try db.inTransaction {
                let keys = Set(try String.fetchAll(db, sql: "SELECT folded_key FROM participant")
                    + String.fetchAll(db, sql: "SELECT DISTINCT respondent_key FROM quiz_result"))
                for folded in keys.sorted() where hashes.contains(Tombstone.hash(folded: folded)) {
                    if try Self.forget(folded, db).total > 0 { forgotten.insert(folded) }
                }
                forgotten.formUnion(try Self.forgetLivePlayers(db) { hashes.contains(Tombstone.hash(folded: $0)) })
                let mark = try db.makeStatement(sql: """
                    INSERT INTO tombstone (key_hash, forgotten_at, synced) VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 1)
                    ON CONFLICT (key_hash) DO UPDATE SET synced = 1
                    """)
                for hash in hashes.sorted() { try mark.execute(arguments: [hash]) }
                return .commit
            }
            if !forgotten.isEmpty { _ = try db.checkpoint(.truncate) }
            return forgotten.count
        }
    }

    // MARK: Events

    /// Up to `limit` unsent events recorded here, after event number `after`, in number order, each with its
    /// lessons and headcounts (three reads for the whole batch).
    package func unsentEvents(after: Int64, limit: Int) throws -> [(id: Int64, event: SyncEvent)] {
        try read { db in
            let uuids = try Row.fetchAll(db, sql: """
                SELECT id, uuid FROM event WHERE synced = 0 AND pulled = 0 AND id > ? ORDER BY id LIMIT ?
                """, arguments: [after, limit])
            guard let first: Int64 = uuids.first?[0], let last: Int64 = uuids.last?[0] else { return [] }
            let span: StatementArguments = [first, last]
            let records = Dictionary(
                try EventRecord.fetchAll(db, sql: "SELECT * FROM event WHERE id BETWEEN ? AND ?", arguments: span)
                    .map { ($0.id ?? 0, $0) },
                uniquingKeysWith: { kept, _ in kept })
            var lessons: [Int64: [String]] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT event_id, unit_id FROM event_lesson WHERE event_id BETWEEN ? AND ?", arguments: span)
            {
                lessons[row[0], default: []].append(row[1])
            }
            var counts: [Int64: [SyncHeadcount]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT event_id, uuid, dimension, value, count FROM headcount WHERE event_id BETWEEN ? AND ?
                """, arguments: span)
            {
                counts[row[0], default: []].append(SyncHeadcount(uuid: row[1], dimension: row[2], value: row[3], count: row[4]))
            }
            return try uuids.map { row in
                let id: Int64 = row[0]
                guard let record = records[id] else { throw StoreError.eventNotFound(String(id)) }
                return (id, SyncEvent(uuid: row[1], record: record, lessons: lessons[id] ?? [], headcounts: counts[id] ?? []))
            }
        }
    }

    /// Marks sent the unsent events numbered `from...through`.
    package func markEventsSent(from: Int64, through: Int64) throws {
        try pool.write { db in
            try db.execute(
                sql: "UPDATE event SET synced = 1 WHERE synced = 0 AND pulled = 0 AND id BETWEEN ? AND ?",
                arguments: [from, through])
        }
    }

    /// The towns of the events this laptop has something to send for (the event itself, or sign-ins or quiz results
    /// at it), in date order of their first such event, each with that event (its code, or as the conflict list
    /// names an event without one) and how many events there are.
    package func unsentEventTowns() throws -> [(town: String, first: String, events: Int)] {
        try read { db in
            var towns: [(town: String, first: String, events: Int)] = []
            var index: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT e.town, e.code, e.date, e.kind, e.title FROM event e
                WHERE (e.synced = 0 AND e.pulled = 0) OR e.id IN (SELECT event_id FROM attendance WHERE synced = 0)
                    OR e.id IN (SELECT event_id FROM quiz_result WHERE synced = 0)
                ORDER BY e.date, e.id
                """)
            {
                let town: String = row[0]
                if let at = index[town] {
                    towns[at].events += 1
                } else {
                    let code: String? = row[1]
                    let date: String = row[2], kind: String = row[3], title: String = row[4]
                    index[town] = towns.count
                    towns.append((town, code ?? "\(date) \(town), \(kind) \"\(title)\"", 1))
                }
            }
            return towns
        }
    }

    // MARK: Participants

    /// Up to `limit` unsent participants after number `after`, in number order.
    package func unsentParticipants(after: Int64, limit: Int) throws -> [(id: Int64, participant: SyncParticipant)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, uuid, key, folded_key, organisation, age_band, gender, origin, consent_listing, consent_photos
                FROM participant WHERE synced = 0 AND id > ? ORDER BY id LIMIT ?
                """, arguments: [after, limit]
            ).map { row in
                (row[0] as Int64, SyncParticipant(
                    uuid: row[1], key: row[2], foldedKey: row[3], organisation: row[4], ageBand: row[5], gender: row[6],
                    origin: row[7], consentListing: row[8], consentPhotos: row[9]))
            }
        }
    }

    package func markParticipantsSent(from: Int64, through: Int64) throws {
        try pool.write { db in
            try db.execute(
                sql: "UPDATE participant SET synced = 1 WHERE synced = 0 AND id BETWEEN ? AND ?", arguments: [from, through])
        }
    }

    // MARK: Attendances

    /// Up to `limit` unsent attendances after the key `after` (event number, participant number), in key order.
    package func unsentAttendances(after: (event: Int64, participant: Int64), limit: Int) throws -> SyncAttendances {
        try read { db in
            var batch = SyncAttendances()
            batch.uuids.reserveCapacity(limit)
            batch.events.reserveCapacity(limit)
            batch.participants.reserveCapacity(limit)
            let rows = try Row.fetchCursor(db, sql: """
                SELECT a.event_id, a.participant_id, a.uuid, e.uuid, p.uuid
                FROM attendance a JOIN event e ON e.id = a.event_id JOIN participant p ON p.id = a.participant_id
                WHERE a.synced = 0 AND (a.event_id, a.participant_id) > (?, ?)
                ORDER BY a.event_id, a.participant_id LIMIT ?
                """, arguments: [after.event, after.participant, limit])
            while let row = try rows.next() {
                let key: (Int64, Int64) = (row[0], row[1])
                if batch.uuids.isEmpty { batch.first = key }
                batch.last = key
                batch.uuids.append(row[2])
                batch.events.append(row[3])
                batch.participants.append(row[4])
            }
            return batch
        }
    }

    /// Marks sent the unsent attendances with keys from the batch's first to its last.
    package func markAttendancesSent(_ batch: SyncAttendances) throws {
        guard batch.count > 0 else { return }
        try pool.write { db in
            try db.execute(sql: """
                UPDATE attendance SET synced = 1
                WHERE synced = 0 AND (event_id, participant_id) >= (?, ?) AND (event_id, participant_id) <= (?, ?)
                """, arguments: [batch.first.event, batch.first.participant, batch.last.event, batch.last.participant])
        }
    }

    // MARK: Quiz results

    /// Up to `limit` unsent quiz results (with their answers) after number `after`, in number order.
    package func unsentQuizResults(after: Int64, limit: Int) throws -> [(id: Int64, result: SyncQuizResult)] {
        try read { db in
            let answers = try db.makeStatement(
                sql: "SELECT uuid, question_id, objective_id, fraction FROM quiz_answer WHERE result_id = ? ORDER BY question_id")
            return try Row.fetchAll(db, sql: """
                SELECT r.id, r.uuid, e.uuid, r.unit_id, r.unit_version, r.phase, r.respondent, r.respondent_key, r.seed,
                    r.percent
                FROM quiz_result r JOIN event e ON e.id = r.event_id WHERE r.synced = 0 AND r.id > ? ORDER BY r.id LIMIT ?
                """, arguments: [after, limit]
            ).map { row in
                let id: Int64 = row[0]
                let given = try Row.fetchAll(answers, arguments: [id]).map {
                    SyncQuizAnswer(uuid: $0[0], questionID: $0[1], objectiveID: $0[2], fraction: $0[3])
                }
                return (id, SyncQuizResult(
                    uuid: row[1], eventUUID: row[2], unitID: row[3], unitVersion: row[4], phase: row[5], respondent: row[6],
                    respondentKey: row[7], seed: row[8], percent: row[9], answers: given))
            }
        }
    }

    package func markQuizResultsSent(from: Int64, through: Int64) throws {
        try pool.write { db in
            try db.execute(
                sql: "UPDATE quiz_result SET synced = 1 WHERE synced = 0 AND id BETWEEN ? AND ?", arguments: [from, through])
        }
    }

    // MARK: Receiving

    /// The UUIDs of the events recorded here (not brought down from the server).
    package func ownEventUUIDs() throws -> Set<String> {
        try read { db in Set(try String.fetchAll(db, sql: "SELECT uuid FROM event WHERE pulled = 0")) }
    }

    /// Stores events brought down from the server, in one transaction: new ones are added, those brought down
    /// before are replaced (details, lessons, headcounts). An event whose code an event recorded here already has
    /// is not stored; its reference is returned.
    package func storePulled(_ events: [SyncEvent]) throws -> (added: Int, updated: Int, skipped: [String]) {
        try pool.write { db in
            var result = (added: 0, updated: 0, skipped: [String]())
            for pulled in events {
                let event = pulled.record
                let existing = try Row.fetchOne(db, sql: "SELECT id, pulled FROM event WHERE uuid = ?", arguments: [pulled.uuid])
                if let existing, existing[1] as Int == 0 { continue }
                if let code = event.code,
                    let clash = try Row.fetchOne(db, sql: "SELECT uuid FROM event WHERE code = ?", arguments: [code]),
                    clash[0] as String != pulled.uuid
                {
                    result.skipped.append(code)
                    continue
                }
                let values: [(any DatabaseValueConvertible)?] = [
                    event.code, event.date, event.town, event.country, event.title, event.kind.rawValue,
                    event.audience.rawValue, event.language, event.organiser, event.facilitator,
                ]
                let id: Int64
                if let existing {
                    id = existing[0]
                    try db.execute(sql: """
                        UPDATE event SET code = ?, date = ?, town = ?, country = ?, title = ?, kind = ?, audience = ?,
                        language = ?, organiser = ?, facilitator = ? WHERE id = ?
                        """, arguments: StatementArguments(values + [id]))
                    try db.execute(sql: "DELETE FROM event_lesson WHERE event_id = ?", arguments: [id])
                    try db.execute(sql: "DELETE FROM headcount WHERE event_id = ?", arguments: [id])
                    result.updated += 1
                } else {
                    try db.execute(sql: """
                        INSERT INTO event (code, date, town, country, title, kind, audience, language, organiser,
                        facilitator, uuid, pulled, synced) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1)
                        """, arguments: StatementArguments(values + [pulled.uuid]))
                    id = db.lastInsertedRowID
                    result.added += 1
                }
                for unit in pulled.lessons {
                    try db.execute(sql: "INSERT INTO event_lesson (event_id, unit_id) VALUES (?, ?)", arguments: [id, unit])
                }
                for count in pulled.headcounts {
                    try db.execute(
                        sql: "INSERT INTO headcount (event_id, dimension, value, count, uuid) VALUES (?, ?, ?, ?, ?)",
                        arguments: [id, count.dimension, count.value, count.count, count.uuid])
                }
            }
            return result
        }
    }
}
