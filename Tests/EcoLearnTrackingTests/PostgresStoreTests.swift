import EcoLearn
import EcoLearnPostgres
import EcoLearnSQLite
import EcoLearnTracking
import Foundation
import PostgresNIO
import Testing

/// The PostgreSQL store on a real server: opening, migrations, refusals, and the same report as SQLite byte for
/// byte. Skipped (and reported so) without `ECOLEARN_TEST_POSTGRES_URL`; the shared suites (imports, reports,
/// forget, quiz) also run against PostgreSQL through `Backend.available`.
@Suite(.enabled(if: TestPostgres.url != nil, "needs ECOLEARN_TEST_POSTGRES_URL (scripts/test starts a throwaway server)"))
struct PostgresStoreTests {
    @Test func newDatabaseGetsTheSameMigrationsAsSQLite() async throws {
        let store = try await TestSupport.store(.postgres)
        #expect(try await store.appliedMigrations() == StoreOpeningTests.allMigrations)
        let again = try await PostgresParticipationStore(url: TestPostgres.url(database: databaseName(store)))
        #expect(try await again.appliedMigrations() == StoreOpeningTests.allMigrations)
    }

    @Test func newerSchemaIsRefusedUnchanged() async throws {
        let store = try await TestSupport.store(.postgres)
        let database = try databaseName(store)
        try await TestPostgres.withAdmin(database: database) { connection in
            try await connection.query("INSERT INTO ecolearn_migrations (identifier) VALUES ('v9-from-the-future')", logger: TestPostgres.logger)
        }
        let url = try TestPostgres.url(database: database)
        let error = await #expect(throws: StoreError.self) { try await PostgresParticipationStore(url: url) }
        #expect(error == .newerDatabase(path: store.location, unknownMigrations: ["v9-from-the-future"]))
    }

    @Test func readingCommandsRefuseADatabaseWithoutTheSchema() async throws {
        let url = try await TestPostgres.newDatabase()
        let location = try PostgresLocation(url: url).description
        await #expect(throws: StoreError.missingDatabase(path: location)) {
            try await PostgresParticipationStore(url: url, create: false)
        }
    }

    @Test func wrongPasswordAndUnreachableServerAreExplained() async throws {
        let url = try #require(TestPostgres.url)
        let location = try PostgresLocation(url: url).description
        await #expect(throws: StoreError.cannotOpen(
            path: location,
            reason: "the server refused the login (password authentication failed for user \"ecolearn\"); "
                + "give the password in PGPASSWORD or ~/.pgpass")) {
            try await PostgresParticipationStore(url: url, environment: ["PGPASSWORD": "not-the-password"])
        }
        await #expect(throws: StoreError.cannotOpen(
            path: "postgres://ecolearn@127.0.0.1:1/postgres",
            reason: "cannot reach a PostgreSQL server at 127.0.0.1:1 (is it running, and is the address right?)")) {
            try await PostgresParticipationStore(url: "postgres://ecolearn@127.0.0.1:1/postgres?sslmode=disable", environment: [:])
        }
    }

    @Test func sameReportByteForByteInEveryFormat() async throws {
        let sqlite = try await TestSupport.smallDataSet(.sqlite)
        let postgres = try await TestSupport.smallDataSet(.postgres)
        let requests = [
            ReportRequest(groupings: [[.month], [.country], [.town], [.kind], [.audience], [.lesson], [.country, .kind]]),
            ReportRequest(filter: EventFilter(town: "DAUGAVPILS")),
            ReportRequest(filter: EventFilter(from: DayDate("2019-01-16"), to: DayDate("2019-03-05"), country: "türkiye")),
        ]
        for request in requests {
            let expected = try await sqlite.report(request)
            let found = try await postgres.report(request)
            #expect(found == expected)
            for format in ReportFormat.allCases {
                #expect(try format.render(found) == format.render(expected), "\(format)")
            }
        }
        #expect(try await postgres.events() == sqlite.events())
    }

    /// The database name of a PostgreSQL store.
    private func databaseName(_ store: any ParticipationStore) throws -> String {
        try #require(store.location.split(separator: "/").last.map(String.init))
    }
}

/// Whether this run tests PostgreSQL at all: reported as skipped without a server (CI, which fails on a skipped
/// test, always has one).
@Suite struct PostgresAvailabilityTests {
    @Test(.enabled(if: TestPostgres.url != nil, "needs ECOLEARN_TEST_POSTGRES_URL"))
    func testServerAnswers() async throws {
        let version = try await TestPostgres.withAdmin { connection in
            try await connection.query("SHOW server_version_num", logger: TestPostgres.logger).collect().first?.decode(String.self)
        }
        #expect(Int(version ?? "") ?? 0 >= 130000)
    }
}
