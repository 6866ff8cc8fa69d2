/// A question read from GIFT or Moodle XML, as Moodle 4.5's importers read it, before it becomes part of a unit.
public struct MoodleItem: Sendable {
    public var name: String?
    /// The last part of the category in force (an objective id when ecolearn wrote the file).
    public var category: String?
    public var mark: SourceMark
    public var prompt: String
    public var body: MoodleBody
    public var generalFeedback: String?
    /// The question's default mark (Moodle XML `defaultgrade`); nil when the format has none.
    public var points: Double?
}

/// The answer part of a Moodle question, by kind.
public enum MoodleBody: Sendable {
    /// One answer: its text, the fraction of the mark it earns, and its feedback.
    public struct Answer: Sendable {
        public var text: String
        public var weight: Double
        public var feedback: String?
    }

    /// One answer of a numeric question: an interval, the fraction it earns, and its feedback.
    public struct NumericAnswer: Sendable {
        public var value: Double
        public var tolerance: Double
        public var weight: Double
        public var feedback: String?
    }

    /// A choice question; `single` when one answer is chosen (GIFT: some answer was written with `=`).
    case choices([Answer], single: Bool)
    case truefalse(answer: Bool, feedbackTrue: String?, feedbackFalse: String?)
    /// Numeric answers in order, the feedback for any other answer (GIFT `~#...`, XML answer `*`), and a unit.
    case numeric([NumericAnswer], otherwiseFeedback: String?, unit: String?)
    case short([Answer])
    case match([(left: String, right: String)])
    /// Items in the right order (Moodle XML `ordering`).
    case order([String])
}

/// One problem (or, for warnings, one loss) in a GIFT or Moodle XML file: where and what.
public struct MoodleProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    /// The column, when the format has one (Moodle XML).
    public var column: Int?
    public var message: String

    public init(file: String, line: Int, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(file):\(line):\(column.map { "\($0):" } ?? "") \(message)" }
}
