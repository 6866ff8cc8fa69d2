import EcoLearn

/// A problem with one named field of an event or a sign-in row, before it is placed in a file or a command line.
public struct FieldProblem: Sendable, Hashable {
    /// The CSV column name of the field (`date`, `kind`, `female`, `age 10-14`, ...).
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    /// "expected ..., found '...'" for a value that does not fit.
    static func found(_ field: String, _ expected: String, _ value: String) -> FieldProblem {
        FieldProblem(field: field, message: "\(expected), found \(TerminalText.quoted(value))")
    }
}
