/// Splits CSV bytes (already known to be valid UTF-8) into records, one at a time.
struct CSVParser {
    /// One record: its fields, the line it starts on, or what was wrong with it.
    struct Record {
        var line: Int
        var fields: [String]
        var error: String?
    }

    private let bytes: [UInt8]
    private let separator: UInt8
    private var position = 0
    private var line = 1

    init(bytes: [UInt8], separator: UInt8) {
        self.bytes = bytes
        self.separator = separator
    }

    private static let quote = UInt8(ascii: "\"")
    private static let cr: UInt8 = 0x0D
    private static let lf: UInt8 = 0x0A

    /// The next record, or nil at the end of the input.
    mutating func next() -> Record? {
        guard position < bytes.count else { return nil }
        let startLine = line
        var fields: [String] = []
        var field: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            if byte == CSVParser.quote && field.allSatisfy({ $0 == 0x20 }) {
                field.removeAll(keepingCapacity: true)
                guard readQuoted(into: &field) else {
                    return Record(line: startLine, fields: [], error:
                        "a quoted field that starts here has no closing double quote")
                }
            } else if byte == separator {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                position += 1
            } else if byte == CSVParser.lf || byte == CSVParser.cr {
                position += 1
                if byte == CSVParser.cr, position < bytes.count, bytes[position] == CSVParser.lf { position += 1 }
                line += 1
                break
            } else {
                field.append(byte)
                position += 1
            }
        }
        fields.append(String(decoding: field, as: UTF8.self))
        return Record(line: startLine, fields: fields)
    }

    /// Reads a quoted field starting at the opening quote, then any text up to the next separator or line end.
    /// Returns false when the closing quote is missing.
    private mutating func readQuoted(into field: inout [UInt8]) -> Bool {
        position += 1
        while position < bytes.count {
            let byte = bytes[position]
            if byte == CSVParser.quote {
                if position + 1 < bytes.count, bytes[position + 1] == CSVParser.quote {
                    field.append(CSVParser.quote)
                    position += 2
                    continue
                }
                position += 1
                while position < bytes.count, bytes[position] != separator,
                    bytes[position] != CSVParser.lf, bytes[position] != CSVParser.cr
                {
                    field.append(bytes[position])
                    position += 1
                }
                return true
            }
            if byte == CSVParser.lf { line += 1 }
            field.append(byte)
            position += 1
        }
        return false
    }
}
