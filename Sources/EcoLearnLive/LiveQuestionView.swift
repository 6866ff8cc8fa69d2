import EcoLearn

/// A question as a phone or the projector shows it while it is open, in one language: what to read and what
/// to pick from, and nothing that gives the answer away (no correct flags, accepted answers, feedback or
/// explanation).
public struct LiveQuestionView: Sendable, Hashable, Codable {
    /// Position in the game, from 0.
    public var index: Int
    public var total: Int
    public var kind: QuestionKind
    public var prompt: String
    /// What is picked by letter A, B, ...: the options (single, multiple), the items to put in order (order),
    /// the right-hand sides (match) or the categories (sort). True and False for truefalse (letters T and F).
    public var choices: [String]
    /// match: the left-hand sides; sort: the items to put in a category. Each takes one letter.
    public var items: [String]
    /// numeric: the unit the number is in.
    public var unit: String?
    /// How many points the question is worth in the quiz.
    public var points: Double

    /// The view of question `index` of `variant`, in `language`.
    public init(variant: QuizVariant, index: Int, language: String) {
        let presented = variant.questions[index]
        let question = presented.question
        let strings = QuizStrings.forLanguage(language)
        self.index = index
        total = variant.questions.count
        kind = question.kind
        prompt = question.prompt.text(in: language)
        switch question.body {
        case .truefalse: choices = [strings.trueWord, strings.falseWord]
        default: choices = presented.choices(in: language)
        }
        items = presented.itemsToAnswer(in: language)
        if case .numeric(let numeric) = question.body { unit = numeric.unit?.text(in: language) }
        points = question.points
    }
}
