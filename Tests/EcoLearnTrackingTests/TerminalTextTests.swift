import EcoLearnSQLite
import EcoLearn
import EcoLearnTracking
import Foundation
import Testing

/// Control characters stored in a field or typed in a cell never reach the terminal raw, and a huge bad cell
/// is named, not printed.
@Suite struct TerminalTextTests {
    @Test func escapesWhatActsOnATerminal() {
        #expect(TerminalText.escaped("plain Bērziņa, Sıfır") == "plain Bērziņa, Sıfır")
        #expect(TerminalText.escaped("a\u{1B}[2Jb\u{7}c\u{7F}\u{9B}") == "a\\e[2Jb\\u{7}c\\u{7F}\\u{9B}")
        #expect(TerminalText.escaped("abc\u{202E}gpj.exe\u{2066}x\u{200F}") == "abc\\u{202E}gpj.exe\\u{2066}x\\u{200F}")
        #expect(TerminalText.escaped("line\nbreak\ttab\r") == "line\\nbreak\\ttab\\r")
        #expect(TerminalText.quoted("ok") == "'ok'")
        #expect(TerminalText.quoted(String(repeating: "x", count: 1000), limit: 5) == "'xxxxx…' (1000 characters)")
    }

    @Test func storedFieldsAreShownEscapedByEveryCommand() throws {
        let folder = try TestSupport.folder()
        let store = try SQLiteParticipationStore(path: folder.appendingPathComponent("t.db").path)
        let csv = "code,date,town,country,kind,title,audience,headcount\n"
            + "X1,2019-05-01,Ama\u{1B}[2Jsya,Türkiye,lesson,\"Evil\u{1B}[31mRED\u{202E}txt\",school,4\n"
        _ = try store.importEvents(data: Data(csv.utf8), fileName: "x.csv", options: ImportOptions())
        for arguments in [["events", "list"], ["events", "show", "X1"], ["report", "--by", "town"]] {
            let result = try TrackingCLI.run(arguments + ["--db", "t.db"], in: folder)
            #expect(result.status == 0)
            #expect(!result.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" }, "\(arguments)")
            #expect(result.stdout.contains("Ama\\e[2Jsya"), "\(arguments)")
        }
        let shown = try TrackingCLI.run(["events", "show", "X1", "--db", "t.db"], in: folder)
        #expect(shown.stdout.contains("title:        Evil\\e[31mRED\\u{202E}txt\n"))
    }

    @Test(arguments: Backend.available) func aHugeBadCellIsCutInTheMessage(_ backend: Backend) async throws {
        let store = try await TestSupport.store(backend)
        let huge = String(repeating: "9", count: 3 * 1024 * 1024)
        let csv = "date,town,country,kind,title,audience\n\(huge),Amasya,Türkiye,lesson,x,school\n2019-05-01,Amasya,Türkiye,\u{1B}[2J,x,school\n"
        do {
            _ = try await store.importEvents(data: Data(csv.utf8), fileName: "big.csv")
            Issue.record("the file was accepted")
        } catch let refused as ImportRefused {
            #expect(refused.problems.map(\.description) == [
                "big.csv:2: column 'date': expected YYYY-MM-DD or DD.MM.YYYY, found '\(String(repeating: "9", count: 60))…' (3145728 characters)",
                "big.csv:3: column 'kind': expected one of lesson, seminar, workshop, study-visit, public-action, found '\\e[2J'",
            ])
        }
        let header = "\u{1B}]0;owned\u{7}" + String(repeating: "h", count: 100)
        let problem = CSVProblem(file: "a.csv", line: 1, column: header, message: "unknown column")
        #expect(problem.description == "a.csv:1: column '\\e]0;owned\\u{7}\(String(repeating: "h", count: 50))…' (110 characters): unknown column")
    }
}
