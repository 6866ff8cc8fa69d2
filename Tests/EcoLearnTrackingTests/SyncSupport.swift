import EcoLearnPostgres
import EcoLearnSQLite
import EcoLearnSync
import EcoLearnTracking
import Foundation
import PostgresNIO
import Testing

/// Laptops and servers for the sync tests.
enum SyncSupport {
    /// A laptop's store holding the given events and sign-in sheets (CSV text).
    static func laptop(events: String, attendance: String? = nil) throws -> SQLiteParticipationStore {
        let store = try TestSupport.sqliteStore()
        _ = try store.importEvents(data: Data(events.utf8), fileName: "events.csv", options: ImportOptions())
        if let attendance {
            _ = try store.importAttendance(data: Data(attendance.utf8), fileName: "attendance.csv", options: ImportOptions())
        }
        return store
    }

    /// A laptop holding the small data set (Fixtures/small, with quiz results).
    static func smallLaptop() async throws -> SQLiteParticipationStore {
        try #require(try await TestSupport.smallDataSet(.sqlite) as? SQLiteParticipationStore)
    }

    /// A server with an empty database of its own.
    static func server() async throws -> PostgresParticipationStore {
        try await PostgresParticipationStore(url: TestPostgres.newDatabase())
    }

    static func options(_ name: String = "laptop", batch: Int? = nil) -> SyncOptions {
        var options = SyncOptions(origin: name)
        if let batch {
            (options.eventBatch, options.participantBatch, options.attendanceBatch, options.quizResultBatch) =
                (batch, batch, batch, batch)
        }
        return options
    }

    /// Rows per table on the server: what "nothing doubled" is checked against.
    static func rowCounts(_ server: PostgresParticipationStore) async throws -> [String: Int] {
        let database = try #require(server.location.split(separator: "/").last.map(String.init))
        return try await TestPostgres.withAdmin(database: database) { connection in
            var counts: [String: Int] = [:]
            for table in ["event", "event_lesson", "headcount", "participant", "attendance", "quiz_result", "quiz_answer"] {
                let rows = try await connection.query(
                    PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(table)"), logger: TestPostgres.logger).collect()
                counts[table] = try rows.first?.decode(Int.self) ?? -1
            }
            return counts
        }
    }

    /// The repository's `samples/` folder.
    static var samples: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("samples")
    }

    /// The sample year split as two towns' laptops would hold it: the events of one country (header kept) and the
    /// sign-in rows of those events.
    static func sampleHalf(country: String) throws -> (events: String, attendance: String) {
        // The samples are saved with CRLF line ends, as a spreadsheet saves them.
        let events = try String(contentsOf: samples.appendingPathComponent("events.csv"), encoding: .utf8)
            .split(whereSeparator: \.isNewline).map(String.init)
        let mine = events.dropFirst().filter { $0.split(separator: ";", omittingEmptySubsequences: false).dropFirst(3).first == Substring(country) }
        let codes = Set(mine.compactMap { $0.split(separator: ";").first.map(String.init) })
        let sheet = try String(contentsOf: samples.appendingPathComponent("attendance.csv"), encoding: .utf8)
            .split(whereSeparator: \.isNewline).map(String.init)
        let rows = sheet.dropFirst().filter { line in line.split(separator: ",").first.map { codes.contains(String($0)) } ?? false }
        return (([events[0]] + mine).joined(separator: "\n") + "\n", ([sheet[0]] + rows).joined(separator: "\n") + "\n")
    }
}
