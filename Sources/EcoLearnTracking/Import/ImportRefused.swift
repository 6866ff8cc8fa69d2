import EcoLearn

/// A file was refused: nothing from it was stored. Carries every problem found, in line order.
public struct ImportRefused: Error, Sendable, CustomStringConvertible {
    public var problems: [CSVProblem]

    public init(problems: [CSVProblem]) {
        self.problems = problems.sorted { ($0.line, $0.column ?? "") < ($1.line, $1.column ?? "") }
    }

    public var description: String {
        let file = problems.first?.file ?? "the file"
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        return (problems.map(\.description) + ["\(file): refused (\(count)); nothing was stored"])
            .joined(separator: "\n")
    }
}
