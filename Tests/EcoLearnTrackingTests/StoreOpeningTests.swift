import EcoLearnSQLite
import EcoLearnTracking
import Foundation
import GRDB
import Testing

/// Opening the participation database: migrations, WAL, foreign keys, older and newer files, the path rules.
@Suite struct StoreOpeningTests {
    static let allMigrations = [
        "v1-events-participants-attendance", "v2-quiz-results-and-report-indexes", "v3-caseless-participant-keys",
        "v4-sync-uuids-and-tombstones", "v5-live-games",
    ]

    @Test func emptyDatabaseGetsEveryMigrationWALAndForeignKeys() throws {
        let folder = try TestSupport.folder()
        let path = folder.appendingPathComponent("data/participation.sqlite").path
        let store = try SQLiteParticipationStore(path: path, createFolder: true)
        #expect(try store.appliedMigrations() == Self.allMigrations)
        #expect(try store.integrityCheck() == "ok")
        let queue = try DatabaseQueue(path: path)
        #expect(try queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        let violation = #expect(throws: DatabaseError.self) {
            try queue.write { try $0.execute(sql: "INSERT INTO attendance (event_id, participant_id) VALUES (99, 99)") }
        }
        #expect(violation?.resultCode == .SQLITE_CONSTRAINT)
    }

    @Test func versionOneDatabaseIsMigratedAndKeepsItsData() async throws {
        let folder = try TestSupport.folder()
        let path = folder.appendingPathComponent("participation.sqlite").path
        try FileManager.default.copyItem(at: #require(TestSupport.fixtureURL("participation-v1.sqlite")), to: URL(fileURLWithPath: path))
        let store = try SQLiteParticipationStore(path: path)
        #expect(try store.appliedMigrations() == Self.allMigrations)
        let report = try store.report(ReportRequest(groupings: [[.lesson]]))
        #expect(report.totals == Report.Counts(events: 2, attendances: 2, uniqueParticipants: 2, headcount: 24))
        #expect(report.groupings[0].rows.map { $0.key[0] } == ["sifir-atik-turkiye", "waste-hierarchy"])
        #expect(try store.event("DGP-S1").attendances == 2)
        _ = try await store.saveQuizResults([.pre, .post].map { phase in
            QuizResultInput(
                unitID: "waste-hierarchy", unitVersion: 1, seed: 7, respondent: "LV-0001", phase: phase, event: "DGP-S1",
                percent: phase == .pre ? 50 : 75, answers: [])
        })
        let gain = try #require(try store.report(ReportRequest()).units.first)
        #expect(gain.pairs == 1 && gain.meanPre == 50 && gain.meanPost == 75)
    }

    @Test func newerDatabaseIsRefusedUnchanged() throws {
        let path = try TestSupport.folder().appendingPathComponent("participation.sqlite").path
        _ = try SQLiteParticipationStore(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')") }
        let error = #expect(throws: StoreError.self) { try SQLiteParticipationStore(path: path) }
        #expect(error == .newerDatabase(path: path, unknownMigrations: ["v9-from-the-future"]))
        #expect(error?.description == "\(path): this participation database was written by a newer version of ecolearn "
            + "(unknown migrations: v9-from-the-future); upgrade ecolearn to use it. Nothing was changed.")
    }

    @Test func fileThatIsNotADatabaseIsRefused() throws {
        let path = try TestSupport.folder().appendingPathComponent("notes.sqlite").path
        try Data("these are not the tables you are looking for\n".utf8).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try SQLiteParticipationStore(path: path) }
        #expect(error == .cannotOpen(path: path, reason: "the file is not an SQLite database"))
    }

    @Test func readingCommandsDoNotCreateADatabase() throws {
        let path = try TestSupport.folder().appendingPathComponent("none.sqlite").path
        #expect(throws: StoreError.missingDatabase(path: path)) { try SQLiteParticipationStore(path: path, create: false) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func locationRules() {
        func resolve(_ db: String?, _ environment: [String: String]) -> StoreLocation {
            StoreLocation.resolve(library: "/w", db: db, environment: environment)
        }
        #expect(resolve(nil, [:]) == .sqlite(path: "/w/data/participation.sqlite"))
        #expect(resolve(nil, ["ECOLEARN_DB": "/e.sqlite"]) == .sqlite(path: "/e.sqlite"))
        #expect(resolve("/d.sqlite", ["ECOLEARN_DB": "/e.sqlite"]) == .sqlite(path: "/d.sqlite"))
        #expect(resolve(nil, ["ECOLEARN_DB": "postgres://amasya@db.example:5432/ecolearn"])
            == .postgres(url: "postgres://amasya@db.example:5432/ecolearn"))
        #expect(resolve("PostgreSQL://u@h/d", [:]) == .postgres(url: "PostgreSQL://u@h/d"))
    }
}
