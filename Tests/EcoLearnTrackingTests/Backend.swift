import EcoLearnPostgres
import EcoLearnTracking
import Foundation
import Logging
import PostgresNIO
import Testing

/// The store backends the shared store tests run against: SQLite always, PostgreSQL when a test server is given.
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    /// The backends to test here: PostgreSQL only with `ECOLEARN_TEST_POSTGRES_URL` set (the suites of
    /// `PostgresStoreTests` are reported as skipped without it).
    static var available: [Backend] { TestPostgres.url == nil ? [.sqlite] : [.sqlite, .postgres] }

    var testDescription: String { rawValue }
}

/// The throwaway PostgreSQL server of the test run (`scripts/with-postgres` starts one).
enum TestPostgres {
    /// `ECOLEARN_TEST_POSTGRES_URL`: a superuser's URL, its password in `PGPASSFILE` or `PGPASSWORD`.
    static var url: String? {
        ProcessInfo.processInfo.environment["ECOLEARN_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `ECOLEARN_TEST_POSTGRES_CA`: the test server's self-signed certificate (scripts/with-postgres).
    static var certificate: String? {
        ProcessInfo.processInfo.environment["ECOLEARN_TEST_POSTGRES_CA"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static let logger = Logger(label: "ecolearn.tests", factory: { _ in SwiftLogNoOpLogHandler() })

    /// The test server's URL with another database name.
    static func url(database: String) throws -> String {
        let base = try #require(url)
        var components = try #require(URLComponents(string: base))
        components.path = "/" + database
        return try #require(components.string)
    }

    /// Runs `body` on a connection to the test server's own database as the superuser.
    @discardableResult
    static func withAdmin<Result: Sendable>(
        database: String? = nil, _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        try await withConnection(url: try #require(url), database: database, body)
    }

    /// Runs `body` on a connection to the server of `url` as its user (the password as `environment` gives it), on
    /// `database` or the URL's own.
    @discardableResult
    static func withConnection<Result: Sendable>(
        url: String, environment: [String: String] = ProcessInfo.processInfo.environment, database: String? = nil,
        _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        let place = try PostgresLocation(url: url, environment: environment)
        let configuration = PostgresConnection.Configuration(
            host: place.host, port: place.port, username: place.user, password: place.password,
            database: database ?? place.database, tls: .disable)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        do {
            let result = try await body(connection)
            try await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// A new empty database on the test server; returns its URL. Test databases go with the throwaway server.
    static func newDatabase() async throws -> String {
        let name = "ecolearn_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try await withAdmin { connection in
            try await connection.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: logger)
        }
        return try url(database: String(name))
    }
}
