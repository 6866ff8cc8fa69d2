import EcoLearn
import EcoLearnLive
import EcoLearnTracking
import Foundation
import PostgresNIO

extension PostgresParticipationStore {
    /// Starts a live game's log (see `ParticipationStore.startLiveGame`). A game belongs to the login that starts
    /// it; the partial unique index `live_game_unfinished` keeps one unfinished game per unit and login even against
    /// another laptop starting one at once (that transaction runs again and finds this game).
    public func startLiveGame(unitID: String, at time: Date, records: [String]) async throws -> UUID {
        let id = UUID()
        let location = location
        try await transaction { connection in
            if case let (_, started)? = try await Self.unfinishedGame(unitID, connection) {
                throw StoreError.unfinishedLiveGame(location: location, unit: unitID, startedAt: started)
            }
            var game = SQLText()
            game.append("""
                INSERT INTO live_game (uuid, unit_id, started_at)
                VALUES (\(game.bind(id)), \(game.bind(unitID)), \(game.bind(StoredLiveGame.seconds(time))))
                """)
            try await connection.execute(game)
            try await Self.insert(records, into: id, from: 0, connection)
        }
        return id
    }

    /// Appends a batch of a live game's records in one transaction (see `ParticipationStore.appendLiveRecords`).
    /// The game's row is locked first, so two writers of one game take turns.
    public func appendLiveRecords(_ records: [String], to game: UUID, from sequence: Int) async throws {
        let location = location
        try await transaction { connection in
            var state = SQLText()
            state.append("""
                SELECT ended_at IS NOT NULL, (SELECT coalesce(max(seq) + 1, 0) FROM live_record WHERE game = \(state.bind(game)))
                FROM live_game WHERE uuid = \(state.bind(game)) FOR UPDATE
                """)
            guard case let (ended, next)? = try await connection.rows(state, as: Bool.self, Int.self).first else {
                throw StoreError.liveRecordsRefused(location: location, game: game, reason: "no such game")
            }
            if ended { throw StoreError.liveRecordsRefused(location: location, game: game, reason: "the game has finished") }
            if sequence > next {
                throw StoreError.liveRecordsRefused(
                    location: location, game: game, reason: "the batch starts at record \(sequence), but the next is \(next)")
            }
            try await Self.insert(records, into: game, from: sequence, connection)
        }
    }

    /// The unfinished live game of `unitID` this login started, with its records in order.
    public func unfinishedLiveGame(unitID: String) async throws -> StoredLiveGame? {
        try await snapshot { connection in
            guard case let (id, started)? = try await Self.unfinishedGame(unitID, connection) else { return nil }
            var records = SQLText()
            records.append("SELECT record FROM live_record WHERE game = \(records.bind(id)) ORDER BY seq")
            return StoredLiveGame(
                id: id, unitID: unitID, startedAt: started, records: try await connection.rows(records, as: String.self))
        }
    }

    /// Marks a live game finished.
    public func finishLiveGame(_ game: UUID, at time: Date) async throws {
        try await transaction { connection in
            var finish = SQLText()
            finish.append("""
                UPDATE live_game SET ended_at = \(finish.bind(StoredLiveGame.seconds(time)))
                WHERE uuid = \(finish.bind(game)) AND ended_at IS NULL
                """)
            try await connection.execute(finish)
        }
    }

    /// Inserts `records` numbered from `sequence`, keeping any record already stored under its number.
    private static func insert(
        _ records: [String], into game: UUID, from sequence: Int, _ connection: PostgresConnection
    ) async throws {
        var insert = SQLText()
        insert.append("""
            INSERT INTO live_record (game, seq, record)
            SELECT \(insert.bind(game)), \(insert.bind(sequence)) + r.ord - 1, r.record
            FROM unnest(\(insert.bind(records))::text[]) WITH ORDINALITY AS r(record, ord)
            ON CONFLICT DO NOTHING
            """)
        try await connection.execute(insert)
    }

    /// The id and start of the unfinished game of `unitID` that this login started, if there is one.
    private static func unfinishedGame(_ unitID: String, _ connection: PostgresConnection) async throws -> (UUID, Date)? {
        var sql = SQLText()
        sql.append("""
            SELECT uuid, started_at FROM live_game
            WHERE unit_id = \(sql.bind(unitID)) AND ended_at IS NULL AND started_by = current_user
            """)
        return try await connection.rows(sql, as: UUID.self, Date.self).first
    }

    /// Renames, in the `joined` records of the live games the login sees (a town writer its own, the owner every
    /// game), each player whose name, folded as `CaselessKey` folds it, `forgets` picks (`LiveRecord.forgetting`:
    /// `forgotten 3` for the third player, so the game still replays and resumes); returns the folded names renamed,
    /// one per record.
    static func forgetLivePlayers(_ connection: PostgresConnection, where forgets: (String) -> Bool) async throws -> [String] {
        let joined = SQLText(#"SELECT game::text, seq, record FROM live_record WHERE record LIKE '{"joined":%'"#)
        var renamed: [(game: String, seq: Int, record: String, folded: String)] = []
        for (game, seq, record) in try await connection.rows(joined, as: String.self, Int.self, String.self) {
            var folded = ""
            let line = try LiveRecord.forgetting(record) { name in
                folded = CaselessKey.fold(name)
                return forgets(folded)
            }
            if let line { renamed.append((game, seq, line, folded)) }
        }
        guard !renamed.isEmpty else { return [] }
        var update = SQLText()
        update.append("""
            UPDATE live_record r SET record = u.record
            FROM unnest(\(update.bind(renamed.map(\.game)))::uuid[], \(update.bind(renamed.map(\.seq)))::integer[],
                \(update.bind(renamed.map(\.record)))::text[]) AS u(game, seq, record)
            WHERE r.game = u.game AND r.seq = u.seq
            """)
        try await connection.execute(update)
        return renamed.map(\.folded)
    }
}
