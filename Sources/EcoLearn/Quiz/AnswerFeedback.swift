/// What a learner is told after answering one question: how it scored, the right answer, the feedback written
/// for what they chose and the explanation, in one language. The terminal quiz and the live quiz show it.
public struct AnswerFeedback: Sendable, Hashable, Codable {
    /// How an answer scored.
    public enum Verdict: String, Sendable, Hashable, Codable {
        case correct, partly, wrong, skipped
    }

    public var verdict: Verdict
    /// The fraction of the question's points earned (may be negative under negative marking).
    public var fraction: Double
    public var points: Double
    public var maxPoints: Double
    /// The correct answer as letters with the texts they stand for (`A Green glass container`).
    public var correctAnswer: String
    /// The feedback written for the options (or the true/false value) the learner chose.
    public var chosenFeedback: [String]
    /// The question's explanation; nil when it has none in this language.
    public var explanation: String?

    /// The feedback on `response` to `presented`, in `language`.
    public init(presented: PresentedQuestion, response: Response, language: String) {
        let question = presented.question
        fraction = QuestionScoring.fraction(of: question, for: response, language: language)
        points = fraction * question.points
        maxPoints = question.points
        if response == .blank {
            verdict = .skipped
        } else if fraction >= 1 - 1e-9 {
            verdict = .correct
        } else if fraction > 0 {
            verdict = .partly
        } else {
            verdict = .wrong
        }
        correctAnswer = QuestionText(presented: presented, language: language, strings: .forLanguage(language))
            .correctAnswer()
        chosenFeedback = Self.chosenFeedback(question, response: response, language: language)
        let explanation = question.explanation?.text(in: language) ?? ""
        self.explanation = explanation.isEmpty ? nil : explanation
    }

    /// The feedback written for what the learner chose (option feedback, true/false feedback, or the feedback of
    /// the numeric or short answer the response matched).
    private static func chosenFeedback(_ question: Question, response: Response, language: String) -> [String] {
        switch (question.body, response) {
        case (.single(let options), .choices(let chosen)), (.multiple(let options, _), .choices(let chosen)):
            return chosen.compactMap { options.indices.contains($0) ? options[$0].feedback?.text(in: language) : nil }
        case (.truefalse(_, let feedbackTrue, let feedbackFalse), .truth(let given)):
            return [(given ? feedbackTrue : feedbackFalse)?.text(in: language)].compactMap { $0 }
        case (.numeric(let numeric), .number(let given)):
            let feedback = QuestionScoring.isWithinTolerance(given, of: numeric)
                ? numeric.feedback : QuestionScoring.matchingAlternative(given, of: numeric)?.feedback
            return [feedback?.text(in: language)].compactMap { $0 }
        case (.short(let answers), .text(let given)):
            return [QuestionScoring.matchingAnswer(given, answers: answers, language: language)?.feedback].compactMap { $0 }
        default:
            return []
        }
    }
}
