/// The byte-level state machine behind `CSVTable.parse`. Separators, quotes and line ends are ASCII, so the
/// reader walks UTF-8 bytes and decodes each finished cell once.
struct CSVReader {
    private let bytes: [UInt8]
    private let file: String
    private let start: Int

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
        // Skip a UTF-8 byte order mark.
        self.start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// Rejects binary files and invalid UTF-8, naming the first bad line.
    func checkText() throws(CSVError) {
        // Most files are fine: one pass over the whole text; line by line only to name the bad line.
        let body = bytes[start...]
        if !body.contains(0), String(validating: body, as: UTF8.self) != nil { return }
        var line = 1
        var lineStart = start
        for index in start..<bytes.count {
            let byte = bytes[index]
            if byte == 0, let encoding = WideEncoding.name(of: bytes) {
                throw CSVError(
                    file: file, line: 1,
                    message: "this is \(encoding) text, not UTF-8 (hint: save it as UTF-8: in a spreadsheet, 'CSV UTF-8')")
            }
            if byte == 0 {
                throw CSVError(file: file, line: line, message: "this is a binary file, not CSV text (found a NUL byte)")
            }
            if byte == Self.lineFeed || index == bytes.count - 1 {
                let end = byte == Self.lineFeed ? index : index + 1
                if String(validating: bytes[lineStart..<end], as: UTF8.self) == nil {
                    throw CSVError(
                        file: file, line: line,
                        message: "the text is not valid UTF-8 (hint: save the sheet as 'CSV UTF-8')")
                }
                line += 1
                lineStart = index + 1
            }
        }
    }

    /// The most frequent of `;`, tab and `,` outside quotes on the first line (`,` when none or on a tie).
    func detectSeparator() -> Character {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var inQuotes = false
        for byte in bytes[start...] {
            if byte == Self.quote { inQuotes.toggle() }
            if !inQuotes, byte == Self.lineFeed || byte == Self.carriageReturn { break }
            if !inQuotes, counts[byte] != nil { counts[byte]! += 1 }
        }
        let comma = counts[UInt8(ascii: ",")]!
        let semicolon = counts[UInt8(ascii: ";")]!
        let tab = counts[UInt8(ascii: "\t")]!
        if semicolon > comma, semicolon >= tab { return ";" }
        if tab > comma, tab > semicolon { return "\t" }
        return ","
    }

    /// Every record, skipping blank lines.
    func records(separator: UInt8) throws(CSVError) -> [CSVTable.Row] {
        var rows: [CSVTable.Row] = []
        var cells: [String] = []
        var cell: [UInt8] = []
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var index = start
        var inQuotes = false
        var wasQuoted = false

        func finishCell() {
            cells.append(String(decoding: cell, as: UTF8.self))
            cell.removeAll(keepingCapacity: true)
            wasQuoted = false
        }
        func finishRecord() {
            finishCell()
            let blank = cells.count == 1 && cells[0].isEmpty
            if !blank { rows.append(CSVTable.Row(line: recordLine, cells: cells)) }
            cells.removeAll(keepingCapacity: true)
        }

        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == Self.quote {
                    if index + 1 < bytes.count, bytes[index + 1] == Self.quote {
                        cell.append(Self.quote)
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == Self.lineFeed || (byte == Self.carriageReturn && bytes[safe: index + 1] != Self.lineFeed) {
                        line += 1
                    }
                    cell.append(byte)
                }
            } else if byte == separator {
                finishCell()
            } else if byte == Self.lineFeed || byte == Self.carriageReturn {
                if byte == Self.carriageReturn, bytes[safe: index + 1] == Self.lineFeed { index += 1 }
                finishRecord()
                line += 1
                recordLine = line
            } else if wasQuoted, byte == UInt8(ascii: " ") {
                // Spaces between a closing quote and the separator are ignored.
            } else if wasQuoted {
                throw CSVError(
                    file: file, line: line,
                    message: "unexpected text after a closing quote (hint: write a quote inside a quoted cell as \"\")")
            } else if byte == Self.quote, cell.isEmpty {
                inQuotes = true
                wasQuoted = true
                quoteLine = line
            } else {
                cell.append(byte)
            }
            index += 1
        }
        if inQuotes {
            throw CSVError(
                file: file, line: quoteLine,
                message: "a quoted cell is never closed (hint: add the missing \" or write a quote inside it as \"\")")
        }
        if !cell.isEmpty || !cells.isEmpty || wasQuoted { finishRecord() }
        return rows
    }
}

extension Array where Element == UInt8 {
    /// The byte at `index`, or nil past the end.
    fileprivate subscript(safe index: Int) -> UInt8? { index < count ? self[index] : nil }
}
