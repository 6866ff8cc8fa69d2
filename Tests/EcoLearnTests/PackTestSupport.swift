import Foundation
@testable import EcoLearn

/// The pack fixtures: a small workspace (Fixtures/packs-workspace) and helpers to build and inspect packs.
enum PackFixtures {
    static let workspace = Fixtures.url("packs-workspace")
    static let library = Library.load(at: workspace)

    static func spec(_ name: String) -> PackSpec {
        let (spec, diagnostics) = PackSpecDecoder().load(
            workspace.appendingPathComponent("packs/\(name).yaml"), file: "packs/\(name).yaml")
        precondition(spec != nil, "fixture spec \(name) does not decode: \(diagnostics.map(\.summaryLine))")
        return spec!
    }

    static func html(_ spec: PackSpec, date: String? = nil) throws -> String {
        try PackBuilder(library: library).html(for: spec, date: date).html
    }

    /// A fresh empty folder under the temporary directory.
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ecolearn-packs-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The first executable called `name` on PATH.
    static func tool(_ name: String) -> URL? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Runs a program and returns its exit status and standard output plus standard error.
    static func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The repository's own workspace (lessons/, packs/ at the package root).
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
}
