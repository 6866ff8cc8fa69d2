@testable import EcoLearn

extension CSVTable {
    /// Rows of text cells written as CSV with `,` separators and LF line ends through the one cell writer
    /// (`appendText`), for tests that check what a spreadsheet would read back.
    static func format(_ rows: [[String]]) -> String {
        var output: [UInt8] = []
        for row in rows {
            for (index, cell) in row.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                appendText(cell, to: &output)
            }
            output.append(UInt8(ascii: "\n"))
        }
        return String(decoding: output, as: UTF8.self)
    }
}
