import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test func aCleanLibraryExitsZero() throws {
        let result = try CLI.run(["check", "--strict", "--library", Fixtures.url("workspace").path])
        #expect(result.status == 0)
        #expect(result.stdout == "checked 1 lesson file: 0 errors, 0 warnings\n")
    }

    @Test func errorsPrintPathLineColumnSourceAndCaret() throws {
        let workspace = try TemporaryWorkspace(copying: "workspace")
        try workspace.write("lessons/waste/sorting-at-home.yaml", Fixtures.mutated("objectives:\n  - id: name-streams", "objectives:\n  - id: name-streams\n    txet: oops"))
        let result = try CLI.run(["check"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stdout == """
            lessons/waste/sorting-at-home.yaml:17:5: error: objectives[0]: unknown key 'txet'
                    txet: oops
                    ^
              hint: did you mean 'text'?
            checked 1 lesson file: 1 error, 0 warnings

            """)
    }

    @Test func strictTurnsWarningsIntoErrors() throws {
        let workspace = try TemporaryWorkspace(copying: "workspace")
        try workspace.write("lessons/waste/sorting-at-home.yaml", Fixtures.mutated("{ lv: reviewed }", "{ lv: draft }"))
        let relaxed = try CLI.run(["check", "--library", workspace.root.path])
        #expect(relaxed.status == 0)
        #expect(relaxed.stdout.hasSuffix("checked 1 lesson file: 0 errors, 1 warning\n"))
        let strict = try CLI.run(["check", "--strict", "--library", workspace.root.path])
        #expect(strict.status == 1)
        #expect(strict.stdout.hasPrefix("lessons/waste/sorting-at-home.yaml:10:21: error: translations.lv: the 'lv' translation is still draft\n"))
        #expect(strict.stdout.hasSuffix("checked 1 lesson file: 1 error, 0 warnings\n"))
    }

    @Test func usageErrorsExitTwo() throws {
        let result = try CLI.run(["check", "--format", "xml", "--library", Fixtures.url("workspace").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("The value 'xml' is invalid for '--format <format>'"))
    }

    @Test func jsonListsDiagnosticsWithPlaces() throws {
        let result = try CLI.run(["check", "--format", "json", "--library", Fixtures.url("broken-workspace").path])
        #expect(result.status == 1)
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(report?["errors"] as? Int == 3)
        #expect(report?["files"] as? Int == 4)
        let last = (report?["diagnostics"] as? [[String: Any]])?.last
        #expect(last?["path"] as? String == "id")
        #expect((last?["mark"] as? [String: Any])?["line"] as? Int == 1)
        #expect(last?["file"] as? String == "lessons/water/twin.yaml")
    }

    @Test func langReportsOneLanguagesCompleteness() throws {
        let complete = try CLI.run(["check", "--lang", "lv", "--library", Fixtures.url("workspace").path])
        #expect(complete.status == 0)
        #expect(complete.stdout == """

            unit             'lv'      missing texts  review
            ---------------  --------  -------------  --------
            sorting-at-home  declared  0 of 40        reviewed
            lv: 1 of 1 units complete, 1 reviewed
            checked 1 lesson file: 0 errors, 0 warnings

            """)
        let missing = try CLI.run(["check", "--lang", "tr", "--library", Fixtures.url("workspace").path])
        #expect(missing.status == 1)
        #expect(missing.stdout.hasPrefix("lessons/waste/sorting-at-home.yaml:9:12: error: languages: unit is not complete in 'tr': 40 of 40 texts missing\n"))
    }

    @Test func nothingIsWrittenByCheck() throws {
        let workspace = try TemporaryWorkspace(copying: "broken-workspace")
        let before = workspace.contents("lessons/waste/twin.yaml")
        _ = try CLI.run(["check", "--library", workspace.root.path])
        #expect(workspace.contents("lessons/waste/twin.yaml") == before)
        #expect(!FileManager.default.fileExists(atPath: workspace.root.appendingPathComponent("data").path))
    }
}
