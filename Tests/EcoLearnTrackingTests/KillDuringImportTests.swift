import EcoLearnSQLite
import EcoLearnTracking
import Foundation
import Testing

/// The built `ecolearn` binary killed in the middle of an import leaves a valid database without any of the file.
@Suite struct KillDuringImportTests {
    /// `ecolearn` next to the test bundle in the build folder.
    private func binary() throws -> URL {
        let url = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("ecolearn")
        try #require(FileManager.default.isExecutableFile(atPath: url.path), "build the ecolearn executable first: \(url.path)")
        return url
    }

    @Test func killedImportLeavesNothingBehind() async throws {
        let folder = try TestSupport.folder()
        let path = folder.appendingPathComponent("participation.sqlite").path
        let store = try SQLiteParticipationStore(path: path)
        _ = try store.importEvents(
            data: Data("code,date,town,country,kind,title,audience\nK1,2019-06-05,Amasya,Türkiye,public-action,Swap day,public\n".utf8),
            fileName: "events.csv", options: ImportOptions())
        let rows = (1...5000).map { "K1,TR-\($0),Amasya Municipality,25-34,female,local,yes,no" }
        let sheet = folder.appendingPathComponent("signin.csv")
        try Data((["event,participant,organisation,age band,gender,origin,consent listing,consent photos"] + rows)
            .joined(separator: "\n").utf8).write(to: sheet)

        let process = Process()
        process.executableURL = try binary()
        process.arguments = ["attendance", "import", sheet.path, "--db", path]
        process.environment = ["ECOLEARN_IMPORT_PAUSE_AFTER_ROWS": "3000", "PATH": "/usr/bin:/bin"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var said = ""
        while !said.contains("paused after 3000 rows") {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += String(decoding: chunk, as: UTF8.self)
        }
        #expect(said.contains("paused after 3000 rows"), "the import did not reach the pause: \(said)")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let reopened = try SQLiteParticipationStore(path: path)
        #expect(try reopened.integrityCheck() == "ok")
        let totals = try reopened.report(ReportRequest()).totals
        #expect(totals.events == 1 && totals.attendances == 0 && totals.uniqueParticipants == 0)
        let retry = try reopened.importAttendance(data: Data(contentsOf: sheet), fileName: "signin.csv", options: ImportOptions())
        #expect(retry.previouslyImportedAt == nil && retry.attendancesAdded == 5000)
    }
}
