import Foundation
import Testing
@testable import EcoLearn

/// A copy of the `ecolearn` binary outside the build folder, with a data folder beside it as the release
/// tarball lays it out (`bin/ecolearn`, `share/ecolearn/templates`, `share/ecolearn/workspace`): it finds its
/// templates and example workspace there.
@Suite struct MovedBinaryTests {
    /// A prefix folder holding a copy of the binary, the built-in templates with a marked cover, and the
    /// `packs-workspace` fixture as the example workspace.
    static func installation() throws -> TemporaryWorkspace {
        let prefix = try TemporaryWorkspace()
        let manager = FileManager.default
        let data = prefix.root.appendingPathComponent("share/ecolearn")
        try manager.createDirectory(at: prefix.root.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try manager.createDirectory(at: data, withIntermediateDirectories: true)
        try manager.copyItem(at: CLI.executable, to: prefix.root.appendingPathComponent("bin/ecolearn"))
        let templates = try #require(ShippedFiles.current).templates
        try manager.copyItem(at: templates, to: data.appendingPathComponent("templates"))
        let cover = data.appendingPathComponent("templates/cover.mustache")
        try (String(contentsOf: cover, encoding: .utf8) + "<!-- from share/ecolearn -->\n").write(to: cover, atomically: true, encoding: .utf8)
        try manager.copyItem(at: Fixtures.url("packs-workspace"), to: data.appendingPathComponent("workspace"))
        return prefix
    }

    @Test func initAndPackBuildUseTheDataBesideTheBinary() throws {
        let prefix = try Self.installation()
        let binary = prefix.root.appendingPathComponent("bin/ecolearn")
        let made = try CLI.run(["init", "class"], in: prefix.root, executable: binary)
        #expect(made.status == 0)
        #expect(made.stdout == """
            made workspace class: 2 lesson files, 1 media file, 2 pack specs
            next: cd class && ecolearn check && ecolearn pack build packs/bad-pack.yaml -o out

            """)
        let workspace = prefix.root.appendingPathComponent("class")
        let pack = try CLI.run(["pack", "build", "packs/school-pack.yaml", "-o", "out"], in: workspace, executable: binary)
        #expect(pack.status == 0)
        #expect(pack.stdout == "wrote out/school-pack.html\n")
        let html = try String(contentsOf: workspace.appendingPathComponent("out/school-pack.html"), encoding: .utf8)
        #expect(html.contains("<!-- from share/ecolearn -->"))
    }
}
