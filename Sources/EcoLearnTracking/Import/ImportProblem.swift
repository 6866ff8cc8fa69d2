/// One thing wrong in an imported file, located by line and, when it is about one field, by column name.
///
/// Rendered as `events.csv:7: column 'date': expected YYYY-MM-DD or DD.MM.YYYY, found '31.02.2019'`.
public struct ImportProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file name as the user gave it.
    public var file: String
    /// 1-based line where the row starts; 0 for a problem with the whole file.
    public var line: Int
    /// The column the problem is in, when it is about one field.
    public var column: String?
    public var message: String

    public init(file: String, line: Int, column: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        let place = line > 0 ? "\(file):\(line)" : file
        if let column { return "\(place): column '\(column)': \(message)" }
        return "\(place): \(message)"
    }
}

/// A file was refused: nothing from it was stored. Carries every problem found, in line order.
public struct ImportRefused: Error, Sendable, CustomStringConvertible {
    public var problems: [ImportProblem]

    public init(problems: [ImportProblem]) {
        self.problems = problems.sorted { ($0.line, $0.column ?? "") < ($1.line, $1.column ?? "") }
    }

    public var description: String {
        let file = problems.first?.file ?? "the file"
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        return (problems.map(\.description) + ["\(file): refused (\(count)); nothing was stored"])
            .joined(separator: "\n")
    }
}
