import EcoLearn
import EcoLearnTracking
import PostgresNIO

/// Sync with a town writer's login (`store grant --role town-writer`, docs/TRACKING.md): which towns it may send,
/// and the other towns' sign-in counts it may bring down although row-level security hides their rows from it.
extension PostgresParticipationStore {
    /// The towns whose events this login writes when it is a town writer; empty for any other login (the owner, a
    /// coordinator) and on a database without access set up.
    package func townsWritten() async throws -> [String] {
        try await transaction { connection in
            let access = try await connection.rows(
                SQLText("SELECT to_regclass('ecolearn_town_login') IS NOT NULL"), as: Bool.self).first ?? false
            guard access else { return [] }
            return try await connection.rows(
                SQLText("SELECT town FROM ecolearn_town_login WHERE login = current_user ORDER BY town"), as: String.self)
        }
    }

    /// Refuses, before anything is sent, records at events of towns this town writer may not write (the server would
    /// refuse them halfway through a sync): `pending` are the laptop's towns with something to send, each with its
    /// first such event and how many there are; `writes` the login's towns. Towns are compared by the server, as its
    /// row-level security policies compare them.
    /// - Throws: `StoreError.refusedByServer` naming each other town and its first event.
    package func refuseTownsNotWritten(_ pending: [(town: String, first: String, events: Int)], writes: [String])
        async throws
    {
        guard !pending.isEmpty else { return }
        let refused = try await transaction { connection in
            var sql = SQLText()
            sql.append("""
                SELECT t FROM unnest(\(sql.bind(pending.map(\.town)))::text[]) AS t
                WHERE NOT EXISTS (SELECT 1 FROM ecolearn_town_login w WHERE w.login = current_user AND lower(w.town) = lower(t))
                """)
            let towns: [String] = try await connection.rows(sql, as: String.self)
            return Set(towns)
        }
        let others = pending.filter { refused.contains($0.town) }
        guard !others.isEmpty else { return }
        let listed = others.map { town in
            "\(TerminalText.quoted(town.first)) in \(town.town)"
                + (town.events > 1 ? " (and \(town.events - 1) more event\(town.events > 2 ? "s" : "") there)" : "")
        }
        throw StoreError.refusedByServer(
            location: location,
            message: "the login \(login) writes only the events of \(writes.joined(separator: ", ")), and this laptop has "
                + "records to send at events of other towns: \(listed.joined(separator: ", ")); send those with a login "
                + "of their town")
    }

    /// The sign-ins at each event as counts (`event` UUID, `dimension` total, gender, age_band or origin, `value`,
    /// `count`); `total` has an empty value, and a detail not written down is not counted. The owner's function
    /// `ecolearn_listed_counts()` (made by `store init`) returns the same to a town writer, whose own reading of
    /// `attendance` sees only its towns.
    static let listedCountsSQL = """
        SELECT e.uuid AS event, d.dimension, d.value, count(*) AS count
        FROM attendance a JOIN event e ON e.id = a.event_id JOIN participant p ON p.id = a.participant_id
        CROSS JOIN LATERAL (VALUES ('total', ''), ('gender', p.gender), ('age_band', p.age_band),
            ('origin', p.origin)) AS d(dimension, value)
        WHERE d.value IS NOT NULL
        GROUP BY 1, 2, 3
        """

    /// Every event's sign-ins as counts (see `listedCountsSQL`), read whole whatever the login.
    /// - Throws: `StoreError.refusedByServer` when row-level security hides sign-ins from this login and the server's
    ///   access set-up predates `ecolearn_listed_counts()`.
    static func listedCounts(_ connection: PostgresConnection, login: String, location: String) async throws
        -> [(event: String, dimension: String, value: String, count: Int)]
    {
        let (function, hidden) = try await connection.rows(SQLText("""
            SELECT to_regprocedure('ecolearn_listed_counts()') IS NOT NULL, row_security_active('attendance')
            """), as: Bool.self, Bool.self).first ?? (false, false)
        if !function && hidden {
            throw StoreError.refusedByServer(
                location: location,
                message: "the login \(login) sees only its towns' sign-ins, and this server's access set-up is from an "
                    + "older ecolearn; the project's owner login runs `ecolearn store init` again on it")
        }
        let source = function ? "ecolearn_listed_counts()" : "(\(listedCountsSQL)) AS c"
        return try await connection.rows(
            SQLText("SELECT event::text, dimension, value, count FROM \(source)"), as: String.self, String.self, String.self,
            Int.self
        ).map { ($0, $1, $2, $3) }
    }
}
