import EcoLearnPostgres
import EcoLearnSQLite
import EcoLearnSync
import EcoLearnTracking
import Foundation
import Testing

/// `ecolearn sync` as a coordinator runs it: the built binary killed midway and run again, its summary, and bad
/// input refused with one message and nothing changed.
@Suite(.enabled(if: TestPostgres.url != nil, "needs ECOLEARN_TEST_POSTGRES_URL (scripts/test starts a throwaway server)"))
struct SyncCommandTests {
    /// The password of the test server travels as it would for a coordinator.
    private var environment: [String: String] {
        let parent = ProcessInfo.processInfo.environment
        return ["PGPASSFILE": parent["PGPASSFILE"] ?? "", "PGPASSWORD": parent["PGPASSWORD"] ?? ""].filter { !$0.value.isEmpty }
    }

    /// A laptop with 12 events, 60 people and 600 attendances, in `folder/laptop.sqlite`: 18 batches of 40 rows
    /// (1 of events, 2 of participants, 15 of attendances).
    private func laptop(in folder: URL) throws -> SQLiteParticipationStore {
        let store = try SQLiteParticipationStore(path: folder.appendingPathComponent("laptop.sqlite").path)
        let events = "code,date,town,country,kind,title,audience,headcount\n"
            + (1...12).map { "K\($0),2019-04-\(String(format: "%02d", $0)),Amasya,Türkiye,workshop,W,public,\($0)" }
                .joined(separator: "\n")
        _ = try store.importEvents(data: Data(events.utf8), fileName: "events.csv", options: ImportOptions())
        let rows = (1...12).flatMap { event in (1...50).map { "K\(event),TR-\((event * 7 + $0) % 60 + 1),,25-34,male,local,yes,no" } }
        let sheet = "event,participant,organisation,age band,gender,origin,consent listing,consent photos\n"
            + rows.joined(separator: "\n")
        _ = try store.importAttendance(data: Data(sheet.utf8), fileName: "sheet.csv", options: ImportOptions())
        return store
    }

    @Test(arguments: [1, 3, 10, 18])
    func killedSyncRunAgainCompletesWithNothingDoubled(pauseAfter: Int) async throws {
        let folder = try TestSupport.folder()
        let store = try laptop(in: folder)
        let url = try await TestPostgres.newDatabase()
        let process = Process()
        process.executableURL = TrackingCLI.executable
        process.arguments = ["sync", "--to", url, "--db", "laptop.sqlite"]
        process.currentDirectoryURL = folder
        process.environment = environment.merging(
            ["ECOLEARN_SYNC_BATCH_ROWS": "40", "ECOLEARN_SYNC_PAUSE_AFTER_BATCHES": String(pauseAfter), "PATH": "/usr/bin:/bin"]
        ) { $1 }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var said = ""
        while !said.contains("paused after") {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += String(decoding: chunk, as: UTF8.self)
        }
        #expect(said.contains("paused after \(pauseAfter) batches"), "\(said)")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        let rerun = try TrackingCLI.run(["sync", "--to", url, "--db", "laptop.sqlite"], in: folder, environment: environment)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let server = try await PostgresParticipationStore(url: url)
        let totals = try await server.report(ReportRequest()).totals
        #expect(totals.events == 12 && totals.attendances == 600 && totals.uniqueParticipants == 60 && totals.headcount == 78)
        #expect(try await SyncSupport.rowCounts(server)["participant"] == 60)
        let central = try await server.report(ReportRequest())
        #expect(try central == store.report(ReportRequest()))
        let third = try TrackingCLI.run(["sync", "--to", url, "--db", "laptop.sqlite"], in: folder, environment: environment)
        #expect(third.stdout == """
            Sent to \(server.location):
                           sent  already there
              events          0              0
              participants    0              0
              attendances     0              0
              quiz results    0              0
              conflicts: 0

            """)
    }

    @Test func summaryAndProgressCounts() async throws {
        let folder = try TestSupport.folder()
        _ = try laptop(in: folder)
        let url = try await TestPostgres.newDatabase()
        let location = try PostgresLocation(url: url).description
        let result = try TrackingCLI.run(
            ["sync", "--to", url, "--db", "laptop.sqlite"], in: folder,
            environment: environment.merging(["ECOLEARN_SYNC_BATCH_ROWS": "400"]) { $1 })
        #expect(result.status == 0)
        #expect(result.stdout == """
            Sent to \(location):
                           sent  already there
              events         12              0
              participants   60              0
              attendances   600              0
              quiz results    0              0
              conflicts: 0

            """)
        #expect(result.stderr == "events: 12 of 12\nparticipants: 60 of 60\nattendances: 400 of 600\nattendances: 600 of 600\n")
    }

    @Test func unreachableServerWrongURLAndNotAStoreAreRefused() async throws {
        let folder = try TestSupport.folder()
        let store = try laptop(in: folder)
        let before = try store.report(ReportRequest())
        let unreachable = try TrackingCLI.run(
            ["sync", "--to", "postgres://ecolearn@127.0.0.1:1/project?sslmode=disable", "--db", "laptop.sqlite"], in: folder)
        #expect(unreachable.status == 1)
        #expect(unreachable.stderr == "error: postgres://ecolearn@127.0.0.1:1/project: cannot open the participation database: "
            + "cannot reach a PostgreSQL server at 127.0.0.1:1 (is it running, and is the address right?)\n")
        let wrong = try TrackingCLI.run(["sync", "--to", "http://example.org/project", "--db", "laptop.sqlite"], in: folder)
        #expect(wrong.status == 2)
        #expect(wrong.stderr == "error: --to: 'http://example.org/project' is not a PostgreSQL URL; expected postgres://USER@HOST:PORT/DATABASE\n")
        try Data("code,date\n".utf8).write(to: folder.appendingPathComponent("notes.csv"))
        let url = try await TestPostgres.newDatabase()
        let notAStore = try TrackingCLI.run(["sync", "--to", url, "--db", "notes.csv"], in: folder, environment: environment)
        #expect(notAStore.status == 1)
        #expect(notAStore.stderr == "error: notes.csv: cannot open the participation database: the file is not an SQLite database\n")
        #expect(try store.report(ReportRequest()) == before)
        #expect(try store.unsentCounts() == SyncCounts(events: 12, participants: 60, attendances: 600))
    }

    @Test func aServerFromANewerEcolearnIsRefusedUnchanged() async throws {
        let folder = try TestSupport.folder()
        let store = try laptop(in: folder)
        let url = try await TestPostgres.newDatabase()
        let server = try await PostgresParticipationStore(url: url)
        let database = try #require(url.split(separator: "/").last.map(String.init))
        try await TestPostgres.withAdmin(database: database) { connection in
            try await connection.query("INSERT INTO ecolearn_migrations (identifier) VALUES ('v9-from-the-future')", logger: TestPostgres.logger)
        }
        let result = try TrackingCLI.run(["sync", "--to", url, "--db", "laptop.sqlite"], in: folder, environment: environment)
        #expect(result.status == 1)
        #expect(result.stderr == "error: \(server.location): this participation database was written by a newer version of "
            + "ecolearn (unknown migrations: v9-from-the-future); upgrade ecolearn to use it. Nothing was changed.\n")
        #expect(try await SyncSupport.rowCounts(server)["event"] == 0)
        #expect(try store.unsentCounts().events == 12)
    }
}
