/// A CSV file as spreadsheets write it, read into a header and rows that know their line numbers.
///
/// Reads RFC 4180 CSV and what spreadsheets produce in practice: quoted fields with doubled quotes and line
/// breaks inside, CRLF, LF or CR line ends, a UTF-8 byte order mark, and `;` as the separator (Excel and
/// LibreOffice in Latvia and Türkiye, where the comma is the decimal separator). Blank lines are skipped.
/// Reusable by every importer (quiz answers, sign-in sheets).
public struct CSVTable: Sendable, Hashable {
    /// One record and the line it starts on (1-based, counting physical lines of the file).
    public struct Row: Sendable, Hashable {
        public var line: Int
        public var cells: [String]

        public init(line: Int, cells: [String]) {
            self.line = line
            self.cells = cells
        }

        /// The cell at `index`, or an empty string when the row is shorter (spreadsheets drop trailing empty
        /// cells).
        public subscript(index: Int) -> String { index < cells.count ? cells[index] : "" }
    }

    /// The first record.
    public var header: [String]
    /// The records after the header.
    public var rows: [Row]
    /// The separator the file used: `,`, `;` or a tab.
    public var separator: Character

    public init(header: [String], rows: [Row], separator: Character = ",") {
        self.header = header
        self.rows = rows
        self.separator = separator
    }

    /// The index of the header cell equal to `name` (ignoring case and surrounding spaces).
    public func column(_ name: String) -> Int? {
        let wanted = name.trimmingSpaces.lowercased()
        return header.firstIndex { $0.trimmingSpaces.lowercased() == wanted }
    }

    /// Reads CSV bytes. `file` names the input in error messages; `separator` is detected from the header
    /// line when nil (the most frequent of `;`, tab and `,` outside quotes; `,` on a tie).
    public static func parse(_ bytes: [UInt8], file: String, separator: Character? = nil) throws(CSVError) -> CSVTable {
        let reader = CSVReader(bytes: bytes, file: file)
        try reader.checkText()
        let chosen = separator ?? reader.detectSeparator()
        guard let byte = chosen.asciiValue else {
            throw CSVError(file: file, line: 1, message: "the separator must be a single ASCII character, not '\(chosen)'")
        }
        var records = try reader.records(separator: byte)
        guard !records.isEmpty else {
            throw CSVError(file: file, line: 1, message: "the file is empty; expected a header row first")
        }
        let header = records.removeFirst()
        return CSVTable(header: header.cells, rows: records, separator: chosen)
    }

    /// Writes rows as CSV with `,` separators and LF line ends, quoting cells that need it.
    public static func format(_ rows: [[String]]) -> String {
        var output = ""
        for row in rows {
            output += row.map(quoted).joined(separator: ",")
            output += "\n"
        }
        return output
    }

    private static func quoted(_ cell: String) -> String {
        let needsQuotes = cell.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }
            || cell.first == " " || cell.last == " "
        guard needsQuotes else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// A problem reading a CSV file, at a line: `responses.csv:4: unterminated quoted field ...`.
public struct CSVError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}
