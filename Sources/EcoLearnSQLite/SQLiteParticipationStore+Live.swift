import EcoLearnTracking
import Foundation
import GRDB

extension SQLiteParticipationStore {
    /// Starts a live game's log (see `ParticipationStore.startLiveGame`). The partial unique index
    /// `live_game_unfinished` keeps one unfinished game per unit even against another program starting one at once.
    public func startLiveGame(unitID: String, at time: Date, records: [String]) async throws -> UUID {
        let id = UUID()
        let location = location
        try await pool.write { db in
            if case let (_, started)? = try Self.unfinishedGame(unitID, location, db) {
                throw StoreError.unfinishedLiveGame(location: location, unit: unitID, startedAt: started)
            }
            try db.execute(
                sql: "INSERT INTO live_game (uuid, unit_id, started_at) VALUES (?, ?, ?)",
                arguments: [Self.text(id), unitID, Self.stamp(time)])
            try Self.insert(records, into: id, from: 0, db)
        }
        return id
    }

    /// Appends a batch of a live game's records in one transaction (see `ParticipationStore.appendLiveRecords`).
    public func appendLiveRecords(_ records: [String], to game: UUID, from sequence: Int) async throws {
        let location = location
        try await pool.write { db in
            let row = try Row.fetchOne(
                db, sql: "SELECT ended_at IS NOT NULL, (SELECT coalesce(max(seq) + 1, 0) FROM live_record WHERE game = ?1) FROM live_game WHERE uuid = ?1",
                arguments: [Self.text(game)])
            guard let row else {
                throw StoreError.liveRecordsRefused(location: location, game: game, reason: "no such game")
            }
            let (ended, next): (Bool, Int) = (row[0], row[1])
            if ended { throw StoreError.liveRecordsRefused(location: location, game: game, reason: "the game has finished") }
            if sequence > next {
                throw StoreError.liveRecordsRefused(
                    location: location, game: game, reason: "the batch starts at record \(sequence), but the next is \(next)")
            }
            try Self.insert(records, into: game, from: sequence, db)
        }
    }

    /// The unfinished live game of `unitID`, with its records in order.
    public func unfinishedLiveGame(unitID: String) async throws -> StoredLiveGame? {
        let location = location
        return try await pool.read { db in
            guard case let (id, started)? = try Self.unfinishedGame(unitID, location, db) else { return nil }
            let records = try String.fetchAll(
                db, sql: "SELECT record FROM live_record WHERE game = ? ORDER BY seq", arguments: [Self.text(id)])
            return StoredLiveGame(id: id, unitID: unitID, startedAt: started, records: records)
        }
    }

    /// Marks a live game finished.
    public func finishLiveGame(_ game: UUID, at time: Date) async throws {
        try await pool.write { db in
            try db.execute(
                sql: "UPDATE live_game SET ended_at = ? WHERE uuid = ? AND ended_at IS NULL",
                arguments: [Self.stamp(time), Self.text(game)])
        }
    }

    /// Inserts `records` numbered from `sequence`, keeping any record already stored under its number.
    private static func insert(_ records: [String], into game: UUID, from sequence: Int, _ db: Database) throws {
        let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO live_record (game, seq, record) VALUES (?, ?, ?)")
        for (offset, record) in records.enumerated() {
            try insert.execute(arguments: [text(game), sequence + offset, record])
        }
    }

    /// The id and start of the unfinished game of `unitID`, if there is one.
    private static func unfinishedGame(_ unitID: String, _ location: String, _ db: Database) throws -> (UUID, Date)? {
        guard let row = try Row.fetchOne(
            db, sql: "SELECT uuid, started_at FROM live_game WHERE unit_id = ? AND ended_at IS NULL", arguments: [unitID])
        else { return nil }
        let (id, started): (String, String) = (row[0], row[1])
        guard let uuid = UUID(uuidString: id), let date = ISO8601DateFormatter().date(from: started) else {
            throw StoreError.cannotOpen(path: location, reason: "a stored live game has a bad id or start time")
        }
        return (uuid, date)
    }

    /// A UUID as the tables keep it: lower-case text.
    private static func text(_ id: UUID) -> String { id.uuidString.lowercased() }

    /// A time as the tables keep it: `2026-12-02T16:20:05Z`.
    private static func stamp(_ time: Date) -> String { ISO8601DateFormatter().string(from: time) }
}
