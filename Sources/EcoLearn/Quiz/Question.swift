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

/// The answer of a numeric question: a value and an absolute or relative tolerance.
public struct NumericAnswer: Sendable, Hashable, Codable {
    public var value: Double
    /// Absolute tolerance (answer ± tolerance).
    public var tolerance: Double?
    /// Relative tolerance in percent of the answer.
    public var tolerancePercent: Double?
    public var unit: LocalizedText?

    public init(value: Double, tolerance: Double? = nil, tolerancePercent: Double? = nil, unit: LocalizedText? = nil) {
        self.value = value
        self.tolerance = tolerance
        self.tolerancePercent = tolerancePercent
        self.unit = unit
    }

    /// The half-width of the accepted interval.
    public var allowedError: Double {
        if let tolerance { return tolerance }
        if let tolerancePercent { return abs(value) * tolerancePercent / 100 }
        return 0
    }
}

/// Accepted answers of a short-answer question, per language, in file order.
public struct AcceptedAnswers: Sendable, Hashable, Codable {
    public var byLanguage: [String: [String]]
    /// Languages in the order they were written.
    public var languages: [String]
    public var mark: SourceMark
    /// True when written as a plain list (a single-language unit).
    public var isPlain: Bool

    public init(byLanguage: [String: [String]], languages: [String], mark: SourceMark, isPlain: Bool = false) {
        self.byLanguage = byLanguage
        self.languages = languages
        self.mark = mark
        self.isPlain = isPlain
    }

    /// The accepted answers in `language` (a plain list answers for any language).
    public func answers(in language: String) -> [String] {
        if isPlain { return byLanguage.values.first ?? [] }
        return byLanguage[language] ?? []
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
