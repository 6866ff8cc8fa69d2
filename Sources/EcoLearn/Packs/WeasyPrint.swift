import Foundation

/// The `weasyprint` program (Debian package `weasyprint`), which turns the pack's HTML into a PDF.
///
/// It is not run as a command: its own Python runs a short script that gives WeasyPrint a URL fetcher which
/// refuses everything but `data:` URIs. A pack embeds all it shows, so nothing is lost, and an SVG that points
/// at `file:///…` or `http://…` cannot pull a file from outside the library (or the network) into the PDF.
struct WeasyPrint {
    let executable: URL

    /// The first `weasyprint` on PATH, or nil when it is not installed.
    static func locate(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> WeasyPrint? {
        for folder in (path ?? "").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("weasyprint")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return WeasyPrint(executable: candidate) }
        }
        return nil
    }

    /// The script run by WeasyPrint's Python: `script HTML PDF` renders with the restricted fetcher and prints
    /// one `refused URL` line for every resource it would not read.
    static let script = """
        import sys
        from weasyprint import HTML, default_url_fetcher
        refused = []
        def fetch(url, *args, **kwargs):
            if url.startswith("data:"):
                return default_url_fetcher(url, *args, **kwargs)
            refused.append(url)
            raise ValueError("a pack reads nothing outside itself")
        HTML(filename=sys.argv[1], url_fetcher=fetch).write_pdf(sys.argv[2])
        for url in dict.fromkeys(refused):
            print("refused", url)
        """

    /// The interpreter line of the `weasyprint` script (`#!/usr/bin/python3`, `#!/usr/bin/env python3`), split
    /// into the program and its arguments; nil when the file does not start with one.
    func interpreter() -> [String]? {
        guard let handle = FileHandle(forReadingAtPath: executable.path) else { return nil }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 256)) ?? Data()
        let firstLine = String(decoding: head.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
        guard firstLine.hasPrefix("#!") else { return nil }
        let words = firstLine.dropFirst(2).split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        return words.isEmpty ? nil : words
    }

    /// Renders `html` to `pdf`; a failure carries WeasyPrint's own message. Returns a warning for each resource
    /// the HTML asked for that was refused (anything not embedded as a `data:` URI).
    func render(_ html: URL, to pdf: URL) throws(PackBuildError) -> [Diagnostic] {
        guard let interpreter = interpreter() else {
            throw PackBuildError([Diagnostic(
                .error, at: nil, "\(executable.path) is not the Python script WeasyPrint installs",
                hint: "install it with `sudo apt-get install weasyprint`", file: pdf.lastPathComponent)])
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: interpreter[0])
        process.arguments = Array(interpreter.dropFirst()) + ["-c", Self.script, html.path, pdf.path]
        let output = Pipe()
        process.standardError = output
        process.standardOutput = output
        do {
            try process.run()
        } catch {
            throw PackBuildError([Diagnostic(
                .error, at: nil, "cannot run \(executable.path): \(error.localizedDescription)",
                hint: "reinstall it with `sudo apt-get install --reinstall weasyprint`", file: pdf.lastPathComponent)])
        }
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let lines = printed.split(separator: "\n")
        guard process.terminationStatus == 0 else {
            let lastLine = lines.last { !$0.hasPrefix("refused ") }.map(String.init) ?? "exit \(process.terminationStatus)"
            throw PackBuildError([Diagnostic(
                .error, at: nil, "WeasyPrint could not make the PDF: \(lastLine)",
                hint: "open the HTML in a browser to check it", file: pdf.lastPathComponent)])
        }
        return lines.filter { $0.hasPrefix("refused ") }.map { line in
            Diagnostic(
                .warning, at: nil, "the PDF leaves out '\(line.dropFirst(8))': a pack reads nothing outside itself",
                hint: "embed every picture through media/ in the lessons", file: pdf.lastPathComponent)
        }
    }
}
