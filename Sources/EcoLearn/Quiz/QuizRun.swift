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
        let question = presented.question
        let fraction = QuestionScoring.fraction(of: question, for: response, language: language)
        var out: String
        if response == .blank {
            out = strings.skipped
        } else if fraction >= 1 - 1e-9 {
            out = strings.correct
        } else if fraction > 0 {
            out = QuizStrings.fill(strings.partly, strings.number(fraction * question.points), strings.number(question.points))
        } else {
            out = strings.wrong
        }
        out += "\n"
        if fraction < 1 - 1e-9 {
            out += "\(strings.answerIs): \(QuestionText(presented: presented, language: language, strings: strings).correctAnswer())\n"
        }
        for note in chosenFeedback(question, response: response) { out += note + "\n" }
        if let explanation = question.explanation?.text(in: language), !explanation.isEmpty {
            out += explanation + "\n"
        }
        return out
    }

    /// The feedback written for what the learner chose (option feedback, truefalse feedback, or the feedback of
    /// the numeric or short answer the response matched).
    private func chosenFeedback(_ question: Question, response: Response) -> [String] {
        switch (question.body, response) {
        case (.single(let options), .choices(let chosen)), (.multiple(let options, _), .choices(let chosen)):
            return chosen.compactMap { options[$0].feedback?.text(in: language) }
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

    private func summary(_ result: QuizResult) -> String {
        let score = QuizStrings.fill(
            strings.score, strings.number(result.total), strings.number(result.maximum),
            strings.number((result.percent * 10).rounded() / 10))
        let verdict = result.passed ? strings.passed : strings.failed
        let mark = QuizStrings.fill(strings.passMark, strings.number(unit.quiz?.passPercent ?? 60))
        return "\(score): \(verdict) (\(mark))\n"
    }
}
