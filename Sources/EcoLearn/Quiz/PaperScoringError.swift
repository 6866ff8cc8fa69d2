/// A file of paper answers that cannot be scored as it is; `problems` lists every bad header cell or row cell.
public struct PaperScoringError: Error, Sendable, CustomStringConvertible {
    public var problems: [CSVProblem]
    /// True when the header itself is wrong (then `--skip-bad-rows` cannot help).
    public var isHeaderProblem: Bool

    public init(problems: [CSVProblem], isHeaderProblem: Bool) {
        self.problems = problems
        self.isHeaderProblem = isHeaderProblem
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
