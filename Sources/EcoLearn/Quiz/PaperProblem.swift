/// A problem in a file of paper answers, located by line and column:
/// `responses.csv:4: column 'glass-jar': expected one letter A-D, found 'Z'`.
public struct PaperProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
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

    public var description: String {
        let place = column.map { "column '\($0)': " } ?? ""
        return "\(file):\(line): \(place)\(message)"
    }
}

/// A file of paper answers that cannot be scored as it is; `problems` lists every bad header cell or row cell.
public struct PaperScoringError: Error, Sendable, CustomStringConvertible {
    public var problems: [PaperProblem]
    /// True when the header itself is wrong (then `--skip-bad-rows` cannot help).
    public var isHeaderProblem: Bool

    public init(problems: [PaperProblem], isHeaderProblem: Bool) {
        self.problems = problems
        self.isHeaderProblem = isHeaderProblem
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
