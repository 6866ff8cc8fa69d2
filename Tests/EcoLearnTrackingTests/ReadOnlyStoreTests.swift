import EcoLearnSQLite
import EcoLearnTracking
import Foundation
import Testing

/// `events list`, `events show` and `report` only read: they change no byte, leave no `-wal`/`-shm` file, work
/// on a copy the user cannot write (WAL files included), and do not wait for another program's import.
@Suite(.serialized) struct ReadOnlyStoreTests {
    static let reads = [
        ["events", "list", "--db", "t.db"], ["events", "show", "E3", "--db", "t.db"],
        ["report", "--db", "t.db", "--by", "town"], ["report", "--db", "t.db", "--format", "csv"],
    ]

    private func listing(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    /// Runs as an account that cannot write the folder: nobody (65534) when the tests run as root, else the
    /// user with the folder made read-only.
    private func runWithoutWriteAccess(_ arguments: [String], in folder: URL) throws -> TrackingCLI.Result {
        if getuid() == 0 { return try TrackingCLI.run(arguments, in: folder, asNobody: true) }
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        return try TrackingCLI.run(arguments, in: folder)
    }

    @Test func readCommandsChangeNoByteAndLeaveNoFile() throws {
        let folder = try TrackingCLI.smallDataSetFolder()
        let database = folder.appendingPathComponent("t.db")
        let before = try Data(contentsOf: database)
        for arguments in Self.reads {
            let result = try TrackingCLI.run(arguments, in: folder)
            #expect(result.status == 0 && result.stderr.isEmpty, "\(arguments): \(result.stderr)")
            #expect(try listing(folder) == ["t.db"], "\(arguments)")
            #expect(try Data(contentsOf: database) == before, "\(arguments) changed the database's bytes")
        }
    }

    @Test func aCopyInAFolderNobodyMayWriteIsRead() throws {
        let folder = try TrackingCLI.smallDataSetFolder()
        let before = try Data(contentsOf: folder.appendingPathComponent("t.db"))
        let expected = try TrackingCLI.run(Self.reads[0], in: folder)
        #expect(expected.stdout.hasSuffix("5 events\n"))
        for arguments in Self.reads {
            let result = try runWithoutWriteAccess(arguments, in: folder)
            #expect(result.status == 0 && result.stderr.isEmpty, "\(arguments): \(result.stderr)")
        }
        #expect(try runWithoutWriteAccess(Self.reads[0], in: folder) == expected)
        #expect(try listing(folder) == ["t.db"])
        #expect(try Data(contentsOf: folder.appendingPathComponent("t.db")) == before)
    }

    @Test func aWALCopyInAFolderNobodyMayWriteIsReadWithItsLog() throws {
        let source = try TrackingCLI.smallDataSetFolder()
        let store = try SQLiteParticipationStore(path: source.appendingPathComponent("t.db").path)
        _ = try store.addEvent(EventInput(
            code: "W1", date: "2019-07-01", town: "Amasya", country: "Türkiye", title: "Only in the log",
            kind: "lesson", audience: "school", headcount: "9"), knownLessons: nil)
        let copy = try TestSupport.folder()
        for name in ["t.db", "t.db-wal", "t.db-shm"] {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: copy.appendingPathComponent(name))
        }
        #expect(try Data(contentsOf: copy.appendingPathComponent("t.db-wal")).count > 0)
        let hashes = try ["t.db", "t.db-wal", "t.db-shm"].map { try Data(contentsOf: copy.appendingPathComponent($0)) }
        let result = try runWithoutWriteAccess(["events", "show", "W1", "--db", "t.db"], in: copy)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("title:        Only in the log\n"))
        #expect(try listing(copy) == ["t.db", "t.db-shm", "t.db-wal"])
        #expect(try ["t.db", "t.db-wal"].map { try Data(contentsOf: copy.appendingPathComponent($0)) } == [hashes[0], hashes[1]])
    }

    @Test func anOlderDatabaseIsUpgradedOnceThenReadWithoutChange() throws {
        let folder = try TestSupport.folder()
        let database = folder.appendingPathComponent("t.db")
        try FileManager.default.copyItem(at: #require(TestSupport.fixtureURL("participation-v1.sqlite")), to: database)
        let first = try TrackingCLI.run(["events", "show", "DGP-S1", "--db", "t.db"], in: folder)
        #expect(first.status == 0 && first.stdout.contains("listed:       2 signed in\n"), "\(first.stderr)")
        let upgraded = try Data(contentsOf: database)
        let second = try TrackingCLI.run(["events", "show", "DGP-S1", "--db", "t.db"], in: folder)
        #expect(second == first)
        #expect(try Data(contentsOf: database) == upgraded)
        #expect(try listing(folder) == ["t.db"])
        let store = try SQLiteParticipationStore(readingAt: database.path)
        #expect(try store.appliedMigrations() == StoreOpeningTests.allMigrations)
    }

    @Test func readsDoNotWaitForAnImportInProgress() throws {
        let folder = try TrackingCLI.smallDataSetFolder()
        let rows = (1...2000).map { "E4,TR-\($0),,,,,," }
        let sheet = folder.appendingPathComponent("big.csv")
        try Data((["event,participant,organisation,age band,gender,origin,consent listing,consent photos"] + rows)
            .joined(separator: "\n").utf8).write(to: sheet)
        let importer = Process()
        importer.executableURL = TrackingCLI.executable
        importer.arguments = ["attendance", "import", sheet.path, "--db", folder.appendingPathComponent("t.db").path]
        importer.environment = ["ECOLEARN_IMPORT_PAUSE_AFTER_ROWS": "1000", "PATH": "/usr/bin:/bin"]
        let errors = Pipe()
        importer.standardError = errors
        importer.standardOutput = FileHandle.nullDevice
        try importer.run()
        defer {
            kill(importer.processIdentifier, SIGKILL)
            importer.waitUntilExit()
        }
        var said = ""
        while !said.contains("paused after 1000 rows") {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += String(decoding: chunk, as: UTF8.self)
        }
        #expect(said.contains("paused after 1000 rows"))
        let start = Date()
        let report = try TrackingCLI.run(["report", "--db", "t.db"], in: folder)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("attendances (listed participants signed in): 6\n"))
    }
}
