/// An interactive quiz in a terminal: asks each question of a variant, reads answers line by line (from a
/// keyboard or a pipe), gives feedback, and returns the scored result.
public struct QuizRun {
    public var unit: LessonUnit
    public var variant: QuizVariant
    public var language: String
    public var showFeedback: Bool
    public var respondent: String
    /// Repeat each answer read after the `> ` prompt (for piped input, so the transcript shows it).
    public var echoInput: Bool
    let strings: QuizStrings

    public init(unit: LessonUnit, variant: QuizVariant, language: String, showFeedback: Bool = true,
                respondent: String = "anonymous", echoInput: Bool = false)
    {
        self.echoInput = echoInput
        self.unit = unit
        self.variant = variant
        self.language = language
        self.showFeedback = showFeedback
        self.respondent = respondent
        self.strings = QuizStrings.forLanguage(language)
    }

    /// Runs the quiz: `readLine` gives the next line typed (nil at the end of input), `write` shows text.
    /// When input ends early the remaining questions count as unanswered; the run never waits for more.
    public func run(readLine: () -> String?, write: (String) -> Void) -> QuizResult {
        let total = variant.questions.count
        write("\(unit.title.text(in: language)): \(strings.title.lowercased()) (\(total))\n")
        write(QuizStrings.fill(strings.variantLine, variant.code, String(variant.seed)) + "\n")
        write(strings.instructions + "\n")
        var responses: [String: Response] = [:]
        var inputEnded = false
        for (index, presented) in variant.questions.enumerated() where !inputEnded {
            write("\n" + QuizStrings.fill(strings.progress, String(index + 1), String(total)) + "\n")
            write(QuestionText(presented: presented, language: language, strings: strings).render())
            guard let response = ask(presented, readLine: readLine, write: write) else {
                inputEnded = true
                write("\n" + strings.inputEnded + "\n")
                break
            }
            responses[presented.question.id] = response
            if showFeedback { write(feedback(presented, response: response)) }
        }
        let result = QuizScorer.score(
            responses, to: variant, respondent: respondent, passPercent: unit.quiz?.passPercent ?? 60,
            language: language)
        write("\n" + summary(result))
        return result
    }

    /// Reads lines until one is a valid answer (nil at the end of input); `-` skips the question.
    private func ask(_ presented: PresentedQuestion, readLine: () -> String?, write: (String) -> Void) -> Response? {
        while true {
            write("> ")
            guard let line = readLine() else { return nil }
            if echoInput { write(line + "\n") }
            let typed = line.trimmingSpaces
            if typed == "-" { return .blank }
            if typed.isEmpty { continue }
            switch PaperCell.parse(typed, for: presented, allowNumbers: true) {
            case .success(let response): return response
            case .failure:
                let instruction = QuestionText(presented: presented, language: language, strings: strings).instruction()
                write(QuizStrings.fill(strings.invalid, typed, instruction) + "\n")
            }
        }
    }

    private func feedback(_ presented: PresentedQuestion, response: Response) -> String {
        let feedback = AnswerFeedback(presented: presented, response: response, language: language)
        var out: String
        switch feedback.verdict {
        case .skipped: out = strings.skipped
        case .correct: out = strings.correct
        case .partly:
            out = QuizStrings.fill(
                strings.partly, strings.number(feedback.points), strings.number(feedback.maxPoints))
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

    private func summary(_ result: QuizResult) -> String {
        let score = QuizStrings.fill(
            strings.score, strings.number(result.total), strings.number(result.maximum),
            strings.number((result.percent * 10).rounded() / 10))
        let verdict = result.passed ? strings.passed : strings.failed
        let mark = QuizStrings.fill(strings.passMark, strings.number(unit.quiz?.passPercent ?? 60))
        return "\(score): \(verdict) (\(mark))\n"
    }
}
