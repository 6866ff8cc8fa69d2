import Foundation

/// Prints diagnostics the way compilers do: `path:line:col: error: message`, then the source line and a caret
/// under the column, then notes and the hint. Colour only when asked (the CLI asks on a terminal).
public struct DiagnosticRenderer: Sendable {
    /// Where relative paths in marks are resolved to read source lines.
    public var root: URL
    public var useColor: Bool
    private var lineCache: [String: [ArraySlice<UInt8>]] = [:]

    public init(root: URL, useColor: Bool) {
        self.root = root
        self.useColor = useColor
    }

    /// The text block for one diagnostic, ending with a newline.
    public mutating func render(_ diagnostic: Diagnostic) -> String {
        var out = ""
        let location = diagnostic.mark.map { "\($0): " } ?? diagnostic.file.map { "\($0): " } ?? ""
        let severity = diagnostic.severity.rawValue
        let coloredSeverity = paint(severity + ":", diagnostic.severity == .error ? "31" : "33")
        let field = diagnostic.path.isEmpty ? "" : "\(diagnostic.path): "
        out += paint(location, "1") + coloredSeverity + " " + paint(field + diagnostic.message, "1") + "\n"
        if let mark = diagnostic.mark { out += excerpt(at: mark) }
        for note in diagnostic.notes {
            let noteLocation = note.mark.map { "\($0): " } ?? ""
            out += noteLocation + paint("note:", "36") + " \(note.message)\n"
            if let mark = note.mark { out += excerpt(at: mark) }
        }
        if let hint = diagnostic.hint { out += "  " + paint("hint:", "32") + " \(hint)\n" }
        return out
    }

    /// The source line of `mark` and a caret under its column; empty when the line cannot be read.
    private mutating func excerpt(at mark: SourceMark) -> String {
        guard mark.line > 0, let line = sourceLine(mark.file, mark.line) else { return "" }
        let shown = line.replacingOccurrences(of: "\t", with: " ")
        let caretColumn = max(0, min(mark.column - 1, shown.unicodeScalars.count))
        return "    \(shown)\n    \(String(repeating: " ", count: caretColumn))\(paint("^", "32"))\n"
    }

    private mutating func sourceLine(_ file: String, _ number: Int) -> String? {
        if lineCache[file] == nil {
            let url = file.hasPrefix("/") ? URL(fileURLWithPath: file) : root.appendingPathComponent(file)
            guard let data = try? Data(contentsOf: url), data.count < 16 << 20 else { return nil }
            var bytes = [UInt8](data)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            lineCache[file] = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        }
        guard let lines = lineCache[file], number <= lines.count else { return nil }
        var bytes = lines[number - 1]
        if bytes.last == 0x0D { bytes.removeLast() }
        let line = String(decoding: bytes, as: UTF8.self)
        return String(line.prefix(200))
    }

    private func paint(_ text: String, _ code: String) -> String {
        useColor && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
