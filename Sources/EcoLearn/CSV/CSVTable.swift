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
        let wanted = name.trimmingWhitespace.lowercased()
        return header.firstIndex { $0.trimmingWhitespace.lowercased() == wanted }
    }

    /// The one rule for a row's width, applied by every CSV reader (events, sign-in sheets, paper answers).
    ///
    /// A row with fewer cells than the header is refused, naming the first missing column: such a row was typed
    /// with another separator (`P01,A,F` under a `;` header) or cut short, and reading its missing cells as
    /// empty would store a wrong answer or a wrong consent. A row with more cells is refused when an extra cell
    /// holds text; empty trailing cells, which spreadsheets add, are fine.
    public func widthProblem(of row: Row, file: String) -> CSVProblem? {
        let width = header.count
        let count = row.cells.count
        let cells = count == 1 ? "1 cell" : "\(count) cells"
        if count < width {
            let other = separator == "," ? ";" : ","
            return CSVProblem(
                file: file, line: row.line, column: header[count].trimmingWhitespace,
                message: "missing: the row has \(cells), the header \(width) columns (typed with '\(other)' "
                    + "instead of '\(separator)'? every column needs a cell, even an empty one)")
        }
        if count > width, row.cells[width...].contains(where: { !$0.trimmingWhitespace.isEmpty }) {
            return CSVProblem(
                file: file, line: row.line,
                message: "the row has \(cells), the header \(width) columns "
                    + "(a separator inside a value? put the value in double quotes, e.g. \"2,5\")")
        }
        return nil
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

    /// Appends a text cell to CSV output: the one cell writer of every CSV ecolearn writes.
    ///
    /// A cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a formula by a
    /// spreadsheet (`=HYPERLINK(...)` in a town's name), so it is written with a `'` in front, which
    /// spreadsheets show as text. The cell is quoted (inner quotes doubled) when it holds a separator (`,` or
    /// `;`), a quote or a line break, or starts or ends with a space. Numbers go through `appendNumber`.
    public static func appendText(_ cell: String, to output: inout [UInt8]) {
        var cell = cell
        cell.withUTF8 { bytes in
            let neutralise = bytes.first.map(formulaStarts.contains) ?? false
            let needsQuotes = neutralise || bytes.first == UInt8(ascii: " ") || bytes.last == UInt8(ascii: " ")
                || bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n")
                    || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: ";") }
            guard needsQuotes else {
                output.append(contentsOf: bytes)
                return
            }
            output.append(UInt8(ascii: "\""))
            if neutralise { output.append(UInt8(ascii: "'")) }
            for byte in bytes {
                output.append(byte)
                if byte == UInt8(ascii: "\"") { output.append(byte) }
            }
            output.append(UInt8(ascii: "\""))
        }
    }

    /// Appends a number or a fixed word ecolearn computed (`-0.33`, `12`, `true`) as it is, so a spreadsheet
    /// reads a number as a number; never use it for text a person typed.
    public static func appendNumber(_ number: String, to output: inout [UInt8]) {
        output.append(contentsOf: number.utf8)
    }

    /// First bytes that make a spreadsheet read a cell as a formula: `=`, `+`, `-`, `@`, tab, carriage return.
    private static let formulaStarts: Set<UInt8> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]
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
