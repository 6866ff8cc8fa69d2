import Foundation

/// A spreadsheet saved as CSV: a header row and data rows, each row knowing the line it started on.
///
/// Accepts what spreadsheets in Latvia and Türkiye write: UTF-8 with or without a byte-order mark, comma,
/// semicolon or tab separators (detected from the header line), fields quoted with `"` (a doubled `""` inside is
/// one quote, and a quoted field may span lines), LF or CRLF line ends. Blank lines are skipped. A row with
/// fewer fields than the header is padded with empty fields; one with more non-empty fields is a problem.
public struct CSVTable: Sendable {
    /// One data row.
    public struct Row: Sendable {
        /// 1-based line on which the row starts.
        public var line: Int
        /// Field values, one per header column, untrimmed.
        public var fields: [String]
    }

    /// The file name used in messages.
    public var fileName: String
    /// Header names, trimmed.
    public var header: [String]
    public var rows: [Row]
    /// The separator found in the header line.
    public var separator: UInt8

    /// Reads a CSV file's bytes. Throws `ImportRefused` naming every malformed line.
    public init(data: Data, fileName: String) throws(ImportRefused) {
        self.fileName = fileName
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw ImportRefused(problems: [ImportProblem(
                file: fileName, line: 0,
                message: "the file is UTF-16 text; save it as \"CSV UTF-8\" from the spreadsheet and try again")])
        }
        if let bad = CSVTable.firstInvalidUTF8Line(bytes) {
            throw ImportRefused(problems: [ImportProblem(
                file: fileName, line: bad,
                message: "not UTF-8 text; save the file as \"CSV UTF-8\" from the spreadsheet and try again")])
        }
        if bytes.contains(0) {
            throw ImportRefused(problems: [ImportProblem(
                file: fileName, line: 0, message: "this is a binary file, not a CSV text file")])
        }
        separator = CSVTable.detectSeparator(bytes)
        var parser = CSVParser(bytes: bytes, separator: separator)
        var problems: [ImportProblem] = []
        var records: [(line: Int, fields: [String])] = []
        while let record = parser.next() {
            if let error = record.error {
                problems.append(ImportProblem(file: fileName, line: record.line, message: error))
                break
            }
            if record.fields.allSatisfy({ $0.isEmpty }) { continue }
            records.append((record.line, record.fields))
        }
        guard let first = records.first else {
            if problems.isEmpty {
                problems.append(ImportProblem(file: fileName, line: 0, message: "the file is empty; expected a header row"))
            }
            throw ImportRefused(problems: problems)
        }
        header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        rows = []
        rows.reserveCapacity(records.count - 1)
        for record in records.dropFirst() {
            var fields = record.fields
            if fields.count > header.count {
                if fields[header.count...].contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                    problems.append(ImportProblem(
                        file: fileName, line: record.line,
                        message: "\(fields.count) fields, but the header has \(header.count) columns"
                            + " (a separator inside a value? put the value in double quotes)"))
                    continue
                }
                fields.removeLast(fields.count - header.count)
            }
            while fields.count < header.count { fields.append("") }
            rows.append(Row(line: record.line, fields: fields))
        }
        if !problems.isEmpty { throw ImportRefused(problems: problems) }
    }

    /// Index of the column named `name` (case-insensitive; spaces and underscores are the same), if present.
    public func column(_ name: String) -> Int? {
        let wanted = CSVTable.normalise(name)
        return header.firstIndex { CSVTable.normalise($0) == wanted }
    }

    /// A header name folded for comparison: lowercase, `_` and `-` as space, no surrounding spaces.
    static func normalise(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
            .trimmingCharacters(in: .whitespaces)
    }

    /// The separator that occurs most in the first line outside quotes: `,`, `;` or tab (comma on a tie).
    private static func detectSeparator(_ bytes: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var quoted = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted && (byte == 0x0A || byte == 0x0D) { break }
            if !quoted, counts[byte] != nil { counts[byte, default: 0] += 1 }
        }
        let best = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }
        guard let best, best.value > 0 else { return UInt8(ascii: ",") }
        return best.key
    }

    /// The 1-based line of the first byte that is not valid UTF-8, or nil when the text is valid.
    private static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var start = 0
        var line = 1
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
            start = index + 1
            line += 1
        }
        return line
    }
}
