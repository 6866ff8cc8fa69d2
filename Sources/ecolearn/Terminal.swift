import EcoLearn
import Foundation

/// Output helpers: standard error, colour on terminals only, diagnostics.
enum Terminal {
    /// True when standard output is a terminal and NO_COLOR is not set.
    static var stdoutIsColorTerminal: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static var stderrIsColorTerminal: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// Writes to standard error.
    /// `url` relative to the current folder when it lies inside it, else its absolute path.
    static func displayPath(_ url: URL) -> String {
        let here = FileManager.default.currentDirectoryPath + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(here) ? String(path.dropFirst(here.count)) : url.path
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Prints diagnostics with source excerpts to standard error.
    static func printDiagnostics(_ diagnostics: [Diagnostic], root: URL) {
        var renderer = DiagnosticRenderer(root: root, useColor: stderrIsColorTerminal)
        for diagnostic in diagnostics { printError(renderer.render(diagnostic)) }
    }

    /// Prints a value as pretty JSON with sorted keys, the form every `--format json` uses.
    static func printJSON<T: Encodable>(_ value: T) throws {
        print(try StableJSON.encode(value))
    }
}
