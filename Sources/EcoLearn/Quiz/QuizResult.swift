/// One learner's scored quiz: what they answered and what each answer earned.
public struct QuizResult: Sendable, Hashable, Codable {
    /// One question of the result.
    public struct Answer: Sendable, Hashable, Codable {
        public var questionID: String
        public var kind: QuestionKind
        /// The objective the question assesses.
        public var objective: String
        public var response: Response
        /// The fraction of the question's points earned (may be negative under negative marking).
        public var fraction: Double
        public var points: Double
        public var maxPoints: Double

        public init(
            questionID: String, kind: QuestionKind, objective: String, response: Response, fraction: Double,
            points: Double, maxPoints: Double
        ) {
            self.questionID = questionID
            self.kind = kind
            self.objective = objective
            self.response = response
            self.fraction = fraction
            self.points = points
            self.maxPoints = maxPoints
        }
    }

    public var unitID: String
    public var unitVersion: Int
    /// The variant's seed; nil when the quiz was taken in file order.
    public var seed: UInt64?
    /// The variant's printed code (`K-2024`, or `file-order`).
    public var variantCode: String
    /// Who answered: a name, a pseudonymous key or a row label from a paper sheet.
    public var respondent: String
    /// The language the quiz was taken in, when known.
    public var language: String?
    public var answers: [Answer]
    /// Points earned, never below 0 (negative marking lowers a question, not the quiz below zero).
    public var total: Double
    public var maximum: Double
    /// `total / maximum` in percent (0 for an empty quiz).
    public var percent: Double
    public var passed: Bool

    public init(
        unitID: String, unitVersion: Int, seed: UInt64?, variantCode: String, respondent: String,
        language: String?, answers: [Answer], total: Double, maximum: Double, percent: Double, passed: Bool
    ) {
        self.unitID = unitID
        self.unitVersion = unitVersion
        self.seed = seed
        self.variantCode = variantCode
        self.respondent = respondent
        self.language = language
        self.answers = answers
        self.total = total
        self.maximum = maximum
        self.percent = percent
        self.passed = passed
    }

    /// The answer to the question with this id.
    public func answer(_ questionID: String) -> Answer? {
        answers.first { $0.questionID == questionID }
    }
}
