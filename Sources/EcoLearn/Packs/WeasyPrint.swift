import Foundation

/// The `weasyprint` program (Debian package `weasyprint`), which turns the pack's HTML into a PDF.
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

    /// Renders `html` to `pdf`; a failure carries WeasyPrint's own message.
    func render(_ html: URL, to pdf: URL) throws(PackBuildError) {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--quiet", html.path, pdf.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw PackBuildError([Diagnostic(
                .error, at: nil, "cannot run \(executable.path): \(error.localizedDescription)",
                hint: "reinstall it with `sudo apt-get install --reinstall weasyprint`", file: pdf.lastPathComponent)])
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let lastLine = message.split(separator: "\n").last.map(String.init) ?? "exit \(process.terminationStatus)"
            throw PackBuildError([Diagnostic(
                .error, at: nil, "WeasyPrint could not make the PDF: \(lastLine)",
                hint: "open the HTML in a browser to check it", file: pdf.lastPathComponent)])
        }
    }
}
