import EcoLearn
import EcoLearnTracking
import Foundation
import Logging
import NIOSSL
import PostgresNIO

/// The participation records of a whole project on a shared PostgreSQL server (DESIGN.md section 9), through
/// PostgresNIO's `PostgresClient`. Same tables, same migrations names and the same answers as the SQLite store;
/// every value travels as a bound parameter; reports are aggregated by the server.
public final class PostgresParticipationStore: ParticipationStore {
    public let location: String
    /// The login the store connects as.
    let login: String
    let client: PostgresClient
    private let runner: Task<Void, Never>
    /// PostgresNIO logs nothing of ours; its own messages stay out of the command's output.
    static let logger = Logger(label: "ecolearn.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    /// Connects to the server named by `url` (see `PostgresLocation` for the password), checks the login, and brings
    /// the schema up to date.
    ///
    /// - Parameter create: false for commands that only read: an empty database is refused instead of prepared.
    /// - Throws: `StoreError` saying what to do: unreachable server, refused login, missing or newer schema.
    public init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment, create: Bool = true)
        async throws
    {
        let place = try PostgresLocation(url: url, environment: environment)
        location = place.description
        login = place.user
        let tls = place.clientTLS()
        var configuration = PostgresClient.Configuration(
            host: place.host, port: place.port, username: place.user, password: place.password,
            database: place.database, tls: tls)
        configuration.options.maximumConnections = 4
        configuration.options.connectTimeout = .seconds(10)
        try await Self.checkLogin(place)
        let client = PostgresClient(configuration: configuration, backgroundLogger: Self.logger)
        self.client = client
        runner = Task { await client.run() }
        try await migrate(create: create)
    }

    deinit {
        runner.cancel()
    }

    public func close() async {
        runner.cancel()
        await runner.value
    }

    /// Opens one connection first, so an unreachable server or a refused login is reported at once with the reason
    /// (the pool would otherwise keep retrying in the background).
    private static func checkLogin(_ place: PostgresLocation) async throws {
        let connectionTLS: PostgresConnection.Configuration.TLS
        do {
            connectionTLS = try place.connectionTLS()
        } catch {
            throw StoreError.cannotOpen(
                path: place.description, reason: "the TLS settings could not be made (\(error)); check sslrootcert")
        }
        var configuration = PostgresConnection.Configuration(
            host: place.host, port: place.port, username: place.user, password: place.password,
            database: place.database, tls: connectionTLS)
        configuration.options.connectTimeout = .seconds(10)
        do {
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
            try await connection.close()
        } catch {
            throw StoreError.cannotOpen(path: place.description, reason: reason(error, place))
        }
    }

    /// A short human reason for a failed connection.
    static func reason(_ error: any Error, _ place: PostgresLocation) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] {
                let state = error.serverInfo?[.sqlState] ?? ""
                if state.hasPrefix("28") {
                    return "the server refused the login (\(message)); give the password in PGPASSWORD or ~/.pgpass"
                }
                return message
            }
            if error.code == .authMechanismRequiresPassword {
                return "the server asks for a password; give it in PGPASSWORD or ~/.pgpass"
            }
            if error.code == .sslUnsupported {
                return "the server does not offer TLS, and the URL has sslmode=\(place.sslMode.rawValue)"
            }
            if let tls = tlsReason(error.underlying, place) { return tls }
        }
        return "cannot reach a PostgreSQL server at \(place.host):\(place.port) (is it running, and is the address right?)"
    }

    /// Why the server's certificate was refused, when `underlying` is a TLS failure.
    private static func tlsReason(_ underlying: (any Error)?, _ place: PostgresLocation) -> String? {
        let mode = "sslmode=\(place.sslMode.rawValue)"
        if let extra = underlying as? NIOSSLExtraError, extra == .failedToValidateHostname {
            return "the server's TLS certificate does not name the host '\(place.host)' (\(mode) checks that; name the "
                + "server as its certificate does, not by its IP address)"
        }
        guard underlying is NIOSSLError || underlying is BoringSSLError || underlying is NIOSSLExtraError else { return nil }
        return "the server's TLS certificate could not be verified (\(mode)): it must be signed by an authority this "
            + "computer trusts, or by one in the file named by sslrootcert=FILE"
    }

    /// Runs `body` in one transaction (rolled back when it throws): the error `body` threw comes out as it was,
    /// a server's refusal as `StoreError.refusedByServer`. A transaction that lost a race with another writer is run
    /// again from the start, up to `attempts` times in all (nothing of it was committed, so this is safe): see
    /// `lostRace`.
    func transaction<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        var attempt = 1
        while true {
            let failure: PSQLError
            do {
                return try await client.withTransaction(logger: Self.logger) { connection in try await body(connection) }
            } catch let error as PostgresTransactionError {
                let cause = error.closureError ?? error.beginError ?? error.commitError ?? error.rollbackError ?? error
                guard let server = cause as? PSQLError else { throw cause }
                failure = server
            } catch let error as PSQLError {
                failure = error
            }
            guard attempt < Self.attempts, Self.lostRace(failure) else { throw refusal(failure) }
            try await Task.sleep(for: .milliseconds(Int.random(in: 5...25) * attempt))
            attempt += 1
        }
    }

    /// How many times a transaction that lost a race is run in all.
    static let attempts = 5

    /// Whether the server refused a statement because another transaction wrote at the same time: a deadlock
    /// (40P01), a serialization failure (40001), or a unique violation (23505). Every write checks for the rows it
    /// would duplicate (`ON CONFLICT` on the folded key, or a look-up first), so a unique violation means another
    /// writer committed the same row in between, possibly caught on a unique index that `ON CONFLICT` does not name
    /// (such as `participant.key` beside `participant.folded_key`); run again, the transaction sees that row.
    static func lostRace(_ error: PSQLError) -> Bool {
        guard let state = error.serverInfo?[.sqlState] else { return false }
        return ["23505", "40001", "40P01"].contains(state)
    }

    /// Runs `body` in one read-only transaction that sees a single snapshot of the data.
    func snapshot<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        try await transaction { connection in
            try await connection.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", logger: Self.logger)
            return try await body(connection)
        }
    }

    /// A server error as a message a coordinator can act on.
    func refusal(_ error: PSQLError) -> StoreError {
        if let message = error.serverInfo?[.message] {
            if error.serverInfo?[.sqlState] == "42501" {
                // insufficient_privilege: a row-level security policy, a missing grant or the refusing trigger.
                return .refusedByServer(
                    location: location,
                    message: "\(message); the login \(login) may not do this (a town writer writes only its own towns' "
                        + "events, attendances, headcounts and quiz results; a coordinator and a funder only read)")
            }
            return .refusedByServer(location: location, message: message)
        }
        return .cannotOpen(path: location, reason: "the connection to the server was lost (\(error.code))")
    }

    /// Applies missing migrations (under an advisory lock, so that two laptops starting at once do not race), after
    /// checking the schema is not from a newer version.
    private func migrate(create: Bool) async throws {
        let location = self.location
        try await transaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(7270401)", logger: Self.logger)
            let exists = try await connection.query(
                "SELECT to_regclass('ecolearn_migrations') IS NOT NULL", logger: Self.logger
            ).collect().first?.decode(Bool.self) ?? false
            if !exists {
                guard create else { throw StoreError.missingDatabase(path: location) }
                try await connection.query("""
                    CREATE TABLE ecolearn_migrations (
                        identifier text PRIMARY KEY,
                        applied_at timestamptz NOT NULL DEFAULT now()
                    )
                    """, logger: Self.logger)
            }
            let applied = try await Self.appliedMigrations(connection)
            let known = PostgresMigrations.steps.map(\.name)
            let unknown = applied.filter { !known.contains($0) }
            if !unknown.isEmpty { throw StoreError.newerDatabase(path: location, unknownMigrations: unknown) }
            for step in PostgresMigrations.steps where !applied.contains(step.name) {
                try await Self.run(statements: step.sql, connection)
                for fold in step.folds {
                    var select = SQLText("SELECT id, \(fold.source) FROM \(fold.table)")
                    let rows = try await connection.rows(select, as: Int64.self, String.self)
                    guard !rows.isEmpty else { continue }
                    select = SQLText()
                    select.append("""
                        UPDATE \(fold.table) t SET \(fold.target) = f.folded
                        FROM unnest(\(select.bind(rows.map(\.0)))::bigint[], \(select.bind(rows.map { CaselessKey.fold($0.1) }))::text[])
                            AS f(id, folded)
                        WHERE t.id = f.id
                        """)
                    try await connection.execute(select)
                }
                try await Self.run(statements: step.afterFill, connection)
                try await connection.query(
                    "INSERT INTO ecolearn_migrations (identifier) VALUES (\(step.name))", logger: Self.logger)
            }
        }
    }

    /// Runs statements separated by `;` at the end of a line, one by one (the extended protocol takes one at a time).
    private static func run(statements: String, _ connection: PostgresConnection) async throws {
        for statement in statements.components(separatedBy: ";\n")
        where !statement.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
        }
    }

    public func appliedMigrations() async throws -> [String] {
        try await snapshot { try await Self.appliedMigrations($0) }
    }

    private static func appliedMigrations(_ connection: PostgresConnection) async throws -> [String] {
        try await connection.query(
            "SELECT identifier FROM ecolearn_migrations ORDER BY applied_at, identifier", logger: logger
        ).collect().map { try $0.decode(String.self) }
    }
}

extension PostgresConnection {
    /// All rows of `sql`, decoded as `Row`.
    func rows<each Column: PostgresDecodable>(
        _ sql: SQLText, as types: repeat (each Column).Type
    ) async throws -> [(repeat each Column)] {
        try await query(sql.query, logger: PostgresParticipationStore.logger).collect().map {
            try $0.decode((repeat each Column).self)
        }
    }

    /// Runs `sql`, reading and dropping any rows it returns.
    func execute(_ sql: SQLText) async throws {
        let rows = try await query(sql.query, logger: PostgresParticipationStore.logger)
        for try await _ in rows {}
    }
}
