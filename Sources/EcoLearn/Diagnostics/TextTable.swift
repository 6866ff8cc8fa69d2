/// A plain-text table with columns padded to the widest cell (counting characters, not bytes, so Latvian and
/// Turkish letters line up). Cells are shown through `TerminalText.escaped`, so a stored field cannot act on
/// the terminal.
public struct TextTable: Sendable {
    public var headers: [String]
    public var rows: [[String]]

    public init(headers: [String], rows: [[String]] = []) {
        self.headers = headers
        self.rows = rows
    }

    /// The table with a header rule, each line ending in a newline; trailing spaces trimmed.
    public func render() -> String {
        var text: [UInt8] = []
        write(to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends `render()`'s text, as UTF-8, to `text`.
    func write(to text: inout [UInt8]) {
        let headers = self.headers.map(TerminalText.escaped)
        let rows = self.rows.map { $0.map(TerminalText.escaped) }
        var widths = headers.map(Self.width)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], Self.width(cell))
            }
        }
        func line(_ cells: [String]) {
            let start = text.count
            for (index, cell) in cells.enumerated() {
                text += cell.utf8
                if index < cells.count - 1 {
                    text += repeatElement(UInt8(ascii: " "), count: widths[index] - Self.width(cell) + 2)
                }
            }
            Self.trimTrailingSpaces(&text, from: start)
            text.append(UInt8(ascii: "\n"))
        }
        line(headers)
        line(widths.map { String(repeating: "-", count: $0) })
        for row in rows { line(row) }
    }

    /// The characters of `cell` (its bytes when it is ASCII, where they are the same).
    private static func width(_ cell: String) -> Int {
        let isASCII = cell.utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains { $0 >= 0x80 } } ?? false
        return isASCII ? cell.utf8.count : cell.count
    }

    /// Drops the spaces ending the line that starts at `start`: bytes while an ASCII character precedes the
    /// space (then it is a character of its own), whole characters otherwise.
    private static func trimTrailingSpaces(_ text: inout [UInt8], from start: Int) {
        while text.count > start, text[text.count - 1] == UInt8(ascii: " ") {
            if text.count - 1 > start, text[text.count - 2] >= 0x80 {
                var line = String(decoding: text[start...], as: UTF8.self)
                while line.last == " " { line.removeLast() }
                text.removeSubrange(start...)
                text += line.utf8
                return
            }
            text.removeLast()
        }
    }
}
