import EcoLearnSQLite
@testable import EcoLearnTracking
import EcoLearn
import Foundation
import Testing

/// `participants forget` leaves no trace of the person in the database's files, and says what it removed.
@Suite struct ForgetTraceTests {
    /// True when `needle` occurs in the bytes of the database or its write-ahead log.
    private func stored(_ needle: String, in database: URL) throws -> Bool {
        let pattern = Data(needle.utf8)
        return try [database.path, database.path + "-wal"].contains { path in
            guard FileManager.default.fileExists(atPath: path) else { return false }
            return try Data(contentsOf: URL(fileURLWithPath: path)).range(of: pattern) != nil
        }
    }

    @Test func forgetRemovesTheKeyAndTheSheetNameFromEveryByte() throws {
        let folder = try TrackingCLI.smallDataSetFolder()
        let database = folder.appendingPathComponent("t.db")
        let sheet = folder.appendingPathComponent("anna-berzina-signin.csv")
        try Data("event,participant,organisation\nE1,LV-ANNA-7,Zaļā skola\nE4,LV-ANNA-7,Zaļā skola\nE4,LV-02,\n".utf8).write(to: sheet)
        let imported = try TrackingCLI.run(["attendance", "import", "anna-berzina-signin.csv", "--db", "t.db"], in: folder)
        #expect(imported.status == 0, "\(imported.stderr)")
        let store = try SQLiteParticipationStore(path: database.path)
        _ = try store.saveQuizResults([QuizResultInput(
            unitID: "waste-hierarchy", unitVersion: 1, seed: nil, respondent: "lv-anna-7", phase: .pre, event: "E1",
            percent: 50, answers: [.init(questionID: "order", objectiveID: "order-steps", fraction: 0.5)])],
            addingLessons: false)
        #expect(try stored("LV-ANNA-7", in: database) && stored("anna-berzina", in: database))

        let outcome = try store.forgetParticipant(key: "Lv-Anna-7")
        #expect(outcome == ForgetOutcome(participants: 1, attendances: 2, quizResults: 1, quizAnswers: 1, importNames: 1))
        for trace in ["LV-ANNA-7", "lv-anna-7", "anna-berzina", "Zaļā skola"] {
            #expect(try !stored(trace, in: database), "\(trace) is still in the database's bytes")
        }
        #expect(try store.report(ReportRequest()).totals.attendances == 7)

        let again = try TrackingCLI.run(["attendance", "import", "anna-berzina-signin.csv", "--db", "t.db"], in: folder)
        #expect(again.stdout.hasPrefix("anna-berzina-signin.csv: already imported on "))
        #expect(try store.report(ReportRequest()).totals.attendances == 7)
    }

    @Test func forgetSaysWhatItRemoved() throws {
        let folder = try TrackingCLI.smallDataSetFolder()
        let result = try TrackingCLI.run(["participants", "forget", "lv-01", "--db", "t.db"], in: folder)
        #expect(result == TrackingCLI.Result(
            status: 0,
            stdout: "Forgot 'lv-01': removed 3 rows (1 participant, 2 attendances, 0 quiz results, 0 quiz answers) and the file name of 1 import from the import log.\n",
            stderr: ""))
        let none = try TrackingCLI.run(["participants", "forget", "lv-01", "--db", "t.db"], in: folder)
        #expect(none.stdout == "Nothing is stored under 'lv-01'; nothing removed.\n")
    }
}
