/// One person taking a unit's quiz, one question at a time: a value that any front end advances. A terminal
/// feeds it the lines typed (`play`); a server can keep one per player and call `answer(_:)` per request.
///
/// Every text it returns is in the quiz's language and ends with a line break where a line ends.
public struct QuizSession: Sendable {
    public let unit: LessonUnit
    public let variant: QuizVariant
    public let language: String
    /// Whether an answer is followed by its feedback (verdict, right answer, explanation).
    public let showFeedback: Bool
    /// Who is answering (recorded in the result).
    public let respondent: String
    private let strings: QuizStrings
    /// The answers so far, by question id.
    public private(set) var responses: [String: Response] = [:]
    /// The position of the question being asked (from 0).
    public private(set) var position = 0
    /// True once the person stopped answering (input ended): the questions left count as unanswered.
    public private(set) var stopped = false

    public init(
        unit: LessonUnit, variant: QuizVariant, language: String, showFeedback: Bool = true,
        respondent: String = "anonymous"
    ) {
        self.unit = unit
        self.variant = variant
        self.language = language
        self.showFeedback = showFeedback
        self.respondent = respondent
        self.strings = QuizStrings.forLanguage(language)
    }

    /// What the front end answers to a typed line.
    public enum Reply: Sendable, Equatable {
        /// Nothing was typed: ask again, saying nothing.
        case nothingTyped
        /// The text could not be read as an answer to the question; the message says how to answer.
        case notUnderstood(String)
        /// The answer (or `-`, skipping) was recorded; the feedback is empty when feedback is off.
        case recorded(feedback: String)
    }

    /// The question being asked, nil once the session is finished.
    public var current: PresentedQuestion? { isFinished ? nil : variant.questions[position] }

    /// True when every question was answered or the person stopped.
    public var isFinished: Bool { stopped || position >= variant.questions.count }

    /// The head of the session: the unit's title and question count, the variant, and how to answer.
    /// `repeatWith` is how this front end asks for the same variant again, given the seed (the terminal says
    /// `--seed 2024`); without it the variant line names only the code.
    public func opening(repeatWith: ((UInt64) -> String)? = nil) -> String {
        let variantLine = repeatWith.map { QuizStrings.fill(strings.variantLine, variant.code, $0(variant.seed)) }
            ?? QuizStrings.fill(strings.variantAlone, variant.code)
        return "\(unit.title.text(in: language)): \(strings.title.lowercased()) (\(variant.questions.count))\n"
            + variantLine + "\n" + strings.instructions + "\n"
    }

    /// The current question after a blank line: `Question 3 of 8` and its text; nil once finished.
    public var questionText: String? {
        guard let current else { return nil }
        return "\n" + QuizStrings.fill(strings.progress, String(position + 1), String(variant.questions.count)) + "\n"
            + QuestionText(presented: current, language: language, strings: strings).render()
    }

    /// Takes a typed answer to the current question: `-` skips it, a readable answer is recorded and the session
    /// moves on; anything else leaves the question open.
    public mutating func answer(_ line: String) -> Reply {
        guard let current else { return .nothingTyped }
        let typed = line.trimmingWhitespace
        let response: Response
        if typed == "-" {
            response = .blank
        } else if typed.isEmpty {
            return .nothingTyped
        } else {
            switch PaperCell.parse(typed, for: current, allowNumbers: true) {
            case .success(let parsed): response = parsed
            case .failure:
                let instruction = QuestionText(presented: current, language: language, strings: strings).instruction()
                return .notUnderstood(QuizStrings.fill(strings.invalid, typed, instruction) + "\n")
            }
        }
        responses[current.question.id] = response
        position += 1
        return .recorded(feedback: showFeedback ? feedback(current, response: response) : "")
    }

    /// Stops the session: the questions not answered count as unanswered. Returns the line that says so, after a
    /// blank line.
    public mutating func stop() -> String {
        stopped = true
        return "\n" + strings.inputEnded + "\n"
    }

    /// The scored result of the answers so far (questions not answered count as unanswered).
    public var result: QuizResult {
        QuizScorer.score(
            responses, to: variant, respondent: respondent, passPercent: unit.quiz?.passPercent ?? 60,
            language: language)
    }

    /// The score line of `result` after a blank line: points, percent, passed or not, and the pass mark.
    public func summary(of result: QuizResult) -> String {
        let score = QuizStrings.fill(
            strings.score, strings.number(result.total), strings.number(result.maximum),
            strings.number((result.percent * 10).rounded() / 10))
        let verdict = result.passed ? strings.passed : strings.failed
        let mark = QuizStrings.fill(strings.passMark, strings.number(unit.quiz?.passPercent ?? 60))
        return "\n\(score): \(verdict) (\(mark))\n"
    }

    private func feedback(_ presented: PresentedQuestion, response: Response) -> String {
        let feedback = AnswerFeedback(presented: presented, response: response, language: language)
        var out: String
        switch feedback.verdict {
        case .skipped: out = strings.skipped
        case .correct: out = strings.correct
        case .partly:
            out = QuizStrings.fill(strings.partly, strings.number(feedback.points), strings.number(feedback.maxPoints))
        case .wrong: out = strings.wrong
        }
        out += "\n"
        if feedback.verdict != .correct {
            out += "\(strings.answerIs): \(feedback.correctAnswer)\n"
        }
        for note in feedback.chosenFeedback { out += note + "\n" }
        if let explanation = feedback.explanation { out += explanation + "\n" }
        return out
    }
}
