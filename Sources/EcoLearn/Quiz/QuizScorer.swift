/// Scores a learner's answers to a quiz variant into a `QuizResult`.
public enum QuizScorer {
    /// Scores `responses` (by question id; a missing id counts as blank) to the questions of `variant`.
    ///
    /// Each question earns `fraction × points`; the total is clamped to [0, maximum]; the learner passes at
    /// `passPercent` or more.
    public static func score(
        _ responses: [String: Response], to variant: QuizVariant, respondent: String, passPercent: Double,
        language: String? = nil
    ) -> QuizResult {
        var answers: [QuizResult.Answer] = []
        answers.reserveCapacity(variant.questions.count)
        var total = 0.0
        var maximum = 0.0
        for presented in variant.questions {
            let question = presented.question
            let response = responses[question.id] ?? .blank
            let fraction = QuestionScoring.fraction(of: question, for: response, language: language)
            let points = fraction * question.points
            total += points
            maximum += question.points
            answers.append(
                QuizResult.Answer(
                    questionID: question.id, kind: question.kind, objective: question.assesses, response: response,
                    fraction: fraction, points: points, maxPoints: question.points))
        }
        total = min(maximum, max(0, total))
        let percent = maximum > 0 ? total / maximum * 100 : 0
        return QuizResult(
            unitID: variant.unitID, unitVersion: variant.unitVersion,
            seed: variant.isShuffled ? variant.seed : nil, variantCode: variant.code, respondent: respondent,
            language: language, answers: answers, total: total, maximum: maximum, percent: percent,
            passed: percent + 1e-9 >= passPercent)
    }
}
