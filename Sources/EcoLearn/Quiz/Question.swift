/// One quiz question: what every kind shares, and the kind's own data in `body`.
public struct Question: Sendable, Hashable, Codable {
    public var id: String
    public var prompt: LocalizedText
    /// The id of the unit objective this question assesses.
    public var assesses: String
    /// How many points the question is worth (default 1).
    public var points: Double
    public var explanation: LocalizedText?
    public var body: QuestionBody
    public var mark: SourceMark

    public init(
        id: String, prompt: LocalizedText, assesses: String, points: Double = 1,
        explanation: LocalizedText? = nil, body: QuestionBody, mark: SourceMark
    ) {
        self.id = id
        self.prompt = prompt
        self.assesses = assesses
        self.points = points
        self.explanation = explanation
        self.body = body
        self.mark = mark
    }

    public var kind: QuestionKind { body.kind }
}

/// The eight kinds of question.
public enum QuestionKind: String, Sendable, Hashable, Codable, CaseIterable {
    case single
    case multiple
    case truefalse
    case numeric
    case short
    case order
    case match
    case sort
}

/// The data of each kind of question (fields per kind in docs/QUIZ.md).
public enum QuestionBody: Sendable, Hashable, Codable {
    /// single: exactly one correct option.
    case single(options: [ChoiceOption])
    /// multiple: one or more correct options; partial credit unless `allOrNothing`.
    case multiple(options: [ChoiceOption], allOrNothing: Bool)
    case truefalse(answer: Bool, feedbackTrue: LocalizedText?, feedbackFalse: LocalizedText?)
    case numeric(NumericAnswer)
    /// short: accepted answers per language.
    case short(answers: AcceptedAnswers)
    /// order: items written in the correct order.
    case order(items: [LocalizedText])
    case match(pairs: [MatchPair])
    case sort(categories: [SortCategory], items: [SortItem])

    public var kind: QuestionKind {
        switch self {
        case .single: .single
        case .multiple: .multiple
        case .truefalse: .truefalse
        case .numeric: .numeric
        case .short: .short
        case .order: .order
        case .match: .match
        case .sort: .sort
        }
    }
}

/// An option of a single or multiple choice question.
public struct ChoiceOption: Sendable, Hashable, Codable {
    public var text: LocalizedText
    public var correct: Bool
    /// The fraction of the question's points this option earns when chosen; nil for the kind's default.
    public var weight: Double?
    /// Shown to a learner who chose this option.
    public var feedback: LocalizedText?
    public var mark: SourceMark

    public init(
        text: LocalizedText, correct: Bool = false, weight: Double? = nil, feedback: LocalizedText? = nil,
        mark: SourceMark
    ) {
        self.text = text
        self.correct = correct
        self.weight = weight
        self.feedback = feedback
        self.mark = mark
    }
}

/// The answer of a numeric question: the right value with an absolute or relative tolerance, and optionally
/// further answers that earn part of the points (checked in order when a response misses the right one).
public struct NumericAnswer: Sendable, Hashable, Codable {
    public var value: Double
    /// Absolute tolerance (answer ± tolerance).
    public var tolerance: Double?
    /// Relative tolerance in percent of the answer.
    public var tolerancePercent: Double?
    public var unit: LocalizedText?
    /// Shown to a learner whose answer is within the right answer's tolerance.
    public var feedback: LocalizedText?
    /// Further answers, each with the fraction of the points it earns and its feedback.
    public var others: [NumericAlternative]

    public init(
        value: Double, tolerance: Double? = nil, tolerancePercent: Double? = nil, unit: LocalizedText? = nil,
        feedback: LocalizedText? = nil, others: [NumericAlternative] = []
    ) {
        self.value = value
        self.tolerance = tolerance
        self.tolerancePercent = tolerancePercent
        self.unit = unit
        self.feedback = feedback
        self.others = others
    }

    /// The half-width of the accepted interval.
    public var allowedError: Double {
        NumericAlternative.allowedError(value: value, tolerance: tolerance, tolerancePercent: tolerancePercent)
    }
}

/// A further answer of a numeric question: an interval, the fraction of the points it earns (0 to 1) and feedback.
public struct NumericAlternative: Sendable, Hashable, Codable {
    public var value: Double
    public var tolerance: Double?
    public var tolerancePercent: Double?
    public var weight: Double
    public var feedback: LocalizedText?
    public var mark: SourceMark

    public init(
        value: Double, tolerance: Double? = nil, tolerancePercent: Double? = nil, weight: Double,
        feedback: LocalizedText? = nil, mark: SourceMark
    ) {
        self.value = value
        self.tolerance = tolerance
        self.tolerancePercent = tolerancePercent
        self.weight = weight
        self.feedback = feedback
        self.mark = mark
    }

    /// The half-width of the interval.
    public var allowedError: Double {
        Self.allowedError(value: value, tolerance: tolerance, tolerancePercent: tolerancePercent)
    }

    static func allowedError(value: Double, tolerance: Double?, tolerancePercent: Double?) -> Double {
        if let tolerance { return tolerance }
        if let tolerancePercent { return abs(value) * tolerancePercent / 100 }
        return 0
    }
}

/// One accepted answer of a short-answer question: the text, the fraction of the points it earns (1 unless
/// written otherwise) and feedback in the answer's language.
public struct AcceptedAnswer: Sendable, Hashable, Codable, ExpressibleByStringLiteral {
    public var text: String
    public var weight: Double
    public var feedback: String?

    public init(_ text: String, weight: Double = 1, feedback: String? = nil) {
        self.text = text
        self.weight = weight
        self.feedback = feedback
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }
}

/// Accepted answers of a short-answer question, per language, in file order.
public struct AcceptedAnswers: Sendable, Hashable, Codable {
    public var byLanguage: [String: [AcceptedAnswer]]
    /// Languages in the order they were written.
    public var languages: [String]
    public var mark: SourceMark
    /// True when written as a plain list (a single-language unit).
    public var isPlain: Bool

    public init(byLanguage: [String: [AcceptedAnswer]], languages: [String], mark: SourceMark, isPlain: Bool = false) {
        self.byLanguage = byLanguage
        self.languages = languages
        self.mark = mark
        self.isPlain = isPlain
    }

    /// Every accepted answer in `language` with its weight and feedback (a plain list answers for any language).
    public func entries(in language: String) -> [AcceptedAnswer] {
        if isPlain { return byLanguage.values.first ?? [] }
        return byLanguage[language] ?? []
    }

    /// The fully right answers in `language`.
    public func answers(in language: String) -> [String] {
        entries(in: language).filter { $0.weight >= 1 }.map(\.text)
    }

    /// True when some answer earns less than full marks or carries feedback.
    public var hasDetails: Bool {
        byLanguage.values.contains { $0.contains { $0.weight != 1 || $0.feedback != nil } }
    }
}

/// A left-right pair of a match question.
public struct MatchPair: Sendable, Hashable, Codable {
    public var left: LocalizedText
    public var right: LocalizedText
    public var mark: SourceMark

    public init(left: LocalizedText, right: LocalizedText, mark: SourceMark) {
        self.left = left
        self.right = right
        self.mark = mark
    }
}

/// A category (bin) of a sort question.
public struct SortCategory: Sendable, Hashable, Codable {
    public var id: String
    public var text: LocalizedText
    public var mark: SourceMark

    public init(id: String, text: LocalizedText, mark: SourceMark) {
        self.id = id
        self.text = text
        self.mark = mark
    }
}

/// An item to sort and the id of the category it belongs in.
public struct SortItem: Sendable, Hashable, Codable {
    public var text: LocalizedText
    public var category: String
    public var mark: SourceMark

    public init(text: LocalizedText, category: String, mark: SourceMark) {
        self.text = text
        self.category = category
        self.mark = mark
    }
}
