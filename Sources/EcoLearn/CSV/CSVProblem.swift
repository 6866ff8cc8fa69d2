/// One thing wrong in a CSV file a person typed (paper answers, events, sign-in sheets), located by line and,
/// when it is about one cell, by column name:
/// `responses.csv:4: column 'glass-jar': expected one letter A-D, found 'Z'`.
public struct CSVProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file name as the user gave it.
    public var file: String
    /// 1-based line where the row starts; 0 for a problem with the whole file.
    public var line: Int
    /// The header name of the column, when the problem is in one cell.
    public var column: String?
    public var message: String

    public init(file: String, line: Int, column: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// The problem as one line, safe to print: control characters escaped and the column name cut
    /// (`TerminalText`).
    public var description: String {
        let place = line > 0 ? "\(file):\(line)" : file
        if let column { return TerminalText.escaped("\(place): column ") + TerminalText.quoted(column) + ": " + TerminalText.escaped(message) }
        return TerminalText.escaped("\(place): \(message)")
    }
}
