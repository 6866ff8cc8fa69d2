import EcoLearn

/// How the players answered one question, for the projector: one bar per option (single, multiple), per
/// True/False, or per verdict (the other kinds), and how many did not answer.
public struct LiveDistribution: Sendable, Hashable, Codable {
    /// One bar.
    public struct Bar: Sendable, Hashable, Codable {
        /// The letter (`A`, `T`) or the verdict (`correct`, `partly`, `wrong`).
        public var label: String
        /// The option's text, or empty for a verdict.
        public var text: String
        public var count: Int
        /// True for the bar of a right answer.
        public var isCorrect: Bool
    }

    public var bars: [Bar]
    public var answered: Int
    /// Players in the game (not removed) who gave no answer.
    public var unanswered: Int

    /// The distribution of the answers of `players` to question `index` of `variant`; texts in `language`.
    public init(variant: QuizVariant, index: Int, players: [LivePlayer], language: String) {
        let presented = variant.questions[index]
        let active = players.filter { !$0.isKicked }
        let answers = active.compactMap { $0.answers[index] }
        answered = answers.count
        unanswered = active.count - answers.count
        switch presented.question.body {
        case .single(let options), .multiple(let options, _):
            let texts = presented.choices(in: language)
            bars = presented.optionOrder.enumerated().map { position, written in
                let count = answers.count { answer in
                    if case .choices(let chosen) = answer.response { return chosen.contains(written) }
                    return false
                }
                return Bar(
                    label: PresentedQuestion.letter(position), text: texts[position], count: count,
                    isCorrect: options[written].correct)
            }
        case .truefalse(let right, _, _):
            let strings = QuizStrings.forLanguage(language)
            bars = [(true, "T", strings.trueWord), (false, "F", strings.falseWord)].map { value, label, text in
                let count = answers.count { $0.response == .truth(value) }
                return Bar(label: label, text: text, count: count, isCorrect: value == right)
            }
        case .numeric, .short, .order, .match, .sort:
            let correct = answers.count { $0.fraction >= 1 - 1e-9 }
            let partly = answers.count { $0.fraction > 0 && $0.fraction < 1 - 1e-9 }
            bars = [
                Bar(label: "correct", text: "", count: correct, isCorrect: true),
                Bar(label: "partly", text: "", count: partly, isCorrect: false),
                Bar(label: "wrong", text: "", count: answers.count - correct - partly, isCorrect: false),
            ]
        }
    }
}
