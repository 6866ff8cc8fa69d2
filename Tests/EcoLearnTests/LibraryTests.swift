import Foundation
import Testing
@testable import EcoLearn

@Suite struct LibraryTests {
    @Test func loadsTheSampleWorkspaceClean() {
        let library = Library.load(at: Fixtures.url("workspace"))
        #expect(library.units.map(\.id) == ["sorting-at-home"])
        #expect(library.files == ["lessons/waste/sorting-at-home.yaml"])
        #expect(library.diagnostics.isEmpty)
    }

    @Test func loadingFromAsyncCodeGivesWhatLoadGives() async {
        let root = Fixtures.url("broken-workspace")
        let loaded = await Library.loading(at: root)
        let direct = Library.load(at: root)
        #expect(loaded.files == direct.files)
        #expect(loaded.units == direct.units)
        #expect(loaded.diagnostics == direct.diagnostics)
    }

    @Test func reportsEveryProblemOfEveryFileInOneRun() {
        let library = Library.load(at: Fixtures.url("broken-workspace"))
        #expect(library.files == [
            "lessons/waste/empty.yaml", "lessons/waste/picture.yaml", "lessons/waste/twin.yaml", "lessons/water/twin.yaml",
        ])
        #expect(library.diagnostics.map(\.summaryLine) == [
            "lessons/waste/empty.yaml: error: file is empty (hint: a lesson unit starts with 'id:'; `ecolearn lessons new ID` writes a skeleton)",
            "lessons/waste/picture.yaml: error: is a binary file (it contains NUL bytes), not YAML text (hint: lesson files are UTF-8 text; remove or rename this file)",
            "lessons/water/twin.yaml:1:5: error: id: duplicate unit id 'twin' (also in lessons/waste/twin.yaml) (hint: each unit needs its own id, equal to its file name)",
        ])
        #expect(library.diagnostics.last?.notes.first?.mark == SourceMark(file: "lessons/waste/twin.yaml", line: 1, column: 5))
    }

    @Test func orderIsStableWhateverTheScheduling() throws {
        let workspace = try TemporaryWorkspace(copying: "workspace")
        let template = Fixtures.validUnit
        for index in (0..<40).reversed() {
            let id = "unit-\(String(format: "%02d", index))"
            try workspace.write("lessons/batch/\(id).yaml", template.replacingOccurrences(of: "id: sorting-at-home", with: "id: \(id)"))
        }
        let expected = (0..<40).map { "unit-\(String(format: "%02d", $0))" } + ["sorting-at-home"]
        #expect(Library.load(at: workspace.root).units.map(\.id) == expected)
        #expect(Library.load(at: workspace.root).units.map(\.id) == expected)
    }

    @Test func aMediaLinkThatLeavesMediaDoesNotCount() throws {
        let workspace = try TemporaryWorkspace(copying: "workspace")
        try FileManager.default.removeItem(at: workspace.root.appendingPathComponent("media/bins.svg"))
        try workspace.write("outside/secret.svg", "<svg/>")
        try FileManager.default.createSymbolicLink(
            at: workspace.root.appendingPathComponent("media/bins.svg"),
            withDestinationURL: workspace.root.appendingPathComponent("outside/secret.svg"))
        #expect(Library.load(at: workspace.root).diagnostics.map(\.summaryLine) == [
            "lessons/waste/sorting-at-home.yaml:41:15: error: activities[0].media[0].path: media file 'media/bins.svg' does not exist (hint: put the file in media/ or correct the name)"
        ])
    }

    @Test func aFolderLinkLoopEndsAndHiddenFilesAreSkipped() throws {
        let workspace = try TemporaryWorkspace(copying: "workspace")
        try FileManager.default.createSymbolicLink(
            at: workspace.root.appendingPathComponent("lessons/waste/loop"),
            withDestinationURL: workspace.root.appendingPathComponent("lessons"))
        try workspace.write("lessons/waste/.draft.yaml", "not: [a unit")
        let library = Library.load(at: workspace.root)
        #expect(library.files == ["lessons/waste/sorting-at-home.yaml"])
        #expect(library.diagnostics.isEmpty)
    }

    @Test func aHugeFileIsRefusedBeforeItIsRead() throws {
        let workspace = try TemporaryWorkspace(copying: "workspace")
        try workspace.write("lessons/waste/huge.yaml", String(repeating: "# padding line of a huge file\n", count: 600_000))
        #expect(Library.load(at: workspace.root).diagnostics.map(\.summaryLine) == [
            "lessons/waste/huge.yaml: error: file is 17 MiB; a lesson file is at most 16 MiB (hint: split the unit into smaller units)"
        ])
    }

    @Test func loadingChosenUnitsReadsOnlyTheirFiles() {
        let library = Library.load(at: Fixtures.url("broken-workspace"), only: ["twin"])
        #expect(library.files == ["lessons/waste/twin.yaml", "lessons/water/twin.yaml"])
        #expect(library.diagnostics.map(\.summaryLine) == [
            "lessons/water/twin.yaml:1:5: error: id: duplicate unit id 'twin' (also in lessons/waste/twin.yaml) (hint: each unit needs its own id, equal to its file name)"
        ])
        #expect(Library.load(at: Fixtures.url("broken-workspace"), only: ["nothing-here"]).files.isEmpty)
    }

    @Test func aMissingFolderIsOneClearError() {
        let library = Library.load(at: URL(fileURLWithPath: "/nonexistent/ecolearn"))
        #expect(library.diagnostics.map(\.summaryLine) == [
            "/nonexistent/ecolearn: error: library folder does not exist (hint: name the workspace folder, the one with lessons/ inside)",
            "lessons: warning: no lesson units found under lessons/ (hint: work in a workspace folder, or name one as the library folder)",
        ])
    }
}
