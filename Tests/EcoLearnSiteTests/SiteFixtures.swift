import EcoLearn
import EcoLearnSite
import Foundation

/// The site fixtures (Tests/EcoLearnSiteTests/Fixtures): a small workspace of two units (one in en, lv and tr
/// with a draft Turkish translation and a picture, one in English only whose texts try to inject markup), and a
/// unit with an error. Helpers to copy them, build and read the result.
enum SiteFixtures {
    static let root: URL = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    /// The repository's own workspace (lessons/ at the package root).
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A fresh empty folder under the temporary directory.
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ecolearn-site-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A copy of the fixture workspace in a new temporary folder.
    static func workspace() throws -> URL {
        let folder = temporaryFolder().appendingPathComponent("workspace")
        try FileManager.default.copyItem(at: root.appendingPathComponent("site-workspace"), to: folder)
        return folder
    }

    static func build(_ workspace: URL, into site: URL, baseURL: String? = nil) throws -> SiteBuilder.Report {
        try SiteBuilder(library: Library.load(at: workspace), settings: .init(baseURL: baseURL)).build(into: site)
    }

    /// Every file under `folder`, as sorted relative paths.
    static func files(in folder: URL) -> [String] {
        let prefix = folder.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        var paths: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            paths.append(String(url.standardizedFileURL.path.dropFirst(prefix.count)))
        }
        return paths.sorted()
    }

    static func text(_ folder: URL, _ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) ?? Data(), as: UTF8.self)
    }

    /// The first executable called `name` on PATH.
    static func tool(_ name: String) -> URL? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Runs a program and returns its exit status, standard output and standard error.
    static func run(_ executable: URL, _ arguments: [String], in directory: URL? = nil) throws
        -> (status: Int32, stdout: String, stderr: String)
    {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    /// The `ecolearn` executable in the build folder the tests run from.
    static var ecolearn: URL {
        var folder = Bundle.main.bundleURL
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("ecolearn").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("ecolearn")
    }
}
