import Foundation

/// When each lesson file last changed, from the history of the git repository the workspace is in: the date
/// (YYYY-MM-DD) of the last commit that touched the file. Units carry a version number but no date; this is
/// the date schema.org's `dateModified`, the sitemap and the feed use. Outside a git checkout (or without git)
/// no dates are known and those fields are left out.
enum UnitDates {
    /// The dates by file path relative to `root` (`lessons/waste/x.yaml`).
    static func fromGit(root: URL) -> [String: String] {
        guard let git = executable("git") else { return [:] }
        guard let log = run(git, ["-C", root.path, "log", "--format=%x01%cs", "--name-only", "--no-renames",
                                  "--relative", "--", "lessons"])
        else { return [:] }
        var dates: [String: String] = [:]
        var current = ""
        for line in log.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("\u{1}") {
                current = String(line.dropFirst())
            } else if dates[String(line)] == nil, !current.isEmpty {
                dates[String(line)] = current
            }
        }
        return dates
    }

    private static func executable(_ name: String) -> URL? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// The standard output of a program, or nil when it fails.
    private static func run(_ executable: URL, _ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }
}
