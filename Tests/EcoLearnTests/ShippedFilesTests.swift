import Foundation
import Testing
@testable import EcoLearn

/// Where the pack templates and the example workspace are found: beside the binary, in /usr/share/ecolearn, or in
/// the source tree of a development build.
@Suite struct ShippedFilesTests {
    static let sourceTree = URL(fileURLWithPath: "/src/ecolearn")
    static let system = URL(fileURLWithPath: "/usr/share/ecolearn")

    private func places(_ executable: String?) -> [String] {
        ShippedFiles.candidates(executable: executable.map { URL(fileURLWithPath: $0) }, sourceTree: Self.sourceTree,
                                systemFolder: Self.system).map { "\($0.templates.path) | \($0.workspace.path)" }
    }

    @Test func anInstalledBinaryLooksBesideItselfThenInUsrShareThenInItsSourceTree() {
        #expect(places("/opt/ecolearn-0.2.0/bin/ecolearn") == [
            "/opt/ecolearn-0.2.0/share/ecolearn/templates | /opt/ecolearn-0.2.0/share/ecolearn/workspace",
            "/usr/share/ecolearn/templates | /usr/share/ecolearn/workspace",
            "/src/ecolearn/Sources/EcoLearn/Packs/Templates | /src/ecolearn",
        ])
    }

    @Test func aBinaryInsideItsSourceTreeUsesTheSourceTreeFirst() {
        #expect(places("/src/ecolearn/.build/debug/ecolearn") == [
            "/src/ecolearn/Sources/EcoLearn/Packs/Templates | /src/ecolearn",
            "/src/ecolearn/.build/share/ecolearn/templates | /src/ecolearn/.build/share/ecolearn/workspace",
            "/usr/share/ecolearn/templates | /usr/share/ecolearn/workspace",
        ])
    }

    @Test func theFirstPlaceWithThePackTemplateWins() throws {
        let scratch = try TemporaryWorkspace()
        try scratch.write("prefix/share/ecolearn/templates/pack.mustache", "")
        try scratch.write("system/templates/pack.mustache", "")
        let found = ShippedFiles.locate(
            executable: scratch.root.appendingPathComponent("prefix/bin/ecolearn"),
            sourceTree: scratch.root.appendingPathComponent("no-source"),
            systemFolder: scratch.root.appendingPathComponent("system"))
        #expect(found?.templates == scratch.root.appendingPathComponent("prefix/share/ecolearn/templates"))
        let moved = ShippedFiles.locate(
            executable: scratch.root.appendingPathComponent("elsewhere/ecolearn"),
            sourceTree: scratch.root.appendingPathComponent("no-source"),
            systemFolder: scratch.root.appendingPathComponent("system"))
        #expect(moved?.workspace == scratch.root.appendingPathComponent("system/workspace"))
    }

    @Test func nothingIsFoundWhenNoPlaceHoldsTheTemplates() throws {
        let scratch = try TemporaryWorkspace()
        let found = ShippedFiles.locate(
            executable: scratch.root.appendingPathComponent("bin/ecolearn"),
            sourceTree: scratch.root.appendingPathComponent("no-source"),
            systemFolder: scratch.root.appendingPathComponent("no-system"))
        #expect(found == nil)
    }

    @Test func theTestsUseThisSourceTree() throws {
        let current = try #require(ShippedFiles.current)
        #expect(current.workspace == ShippedLibraryTests.repositoryRoot)
        #expect(FileManager.default.fileExists(atPath: current.templates.appendingPathComponent("cover.mustache").path))
    }
}
