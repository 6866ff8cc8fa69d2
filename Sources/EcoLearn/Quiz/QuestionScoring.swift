/// The score of one answer, as a fraction of the question's points (docs/QUIZ.md, Moodle-compatible).
public enum QuestionScoring {
    /// The fraction of `question`'s points that `response` earns.
    ///
    /// - single: the chosen option's weight (1 for the correct option, 0 otherwise unless it carries a
    ///   `weight`, which may be negative for negative marking).
    /// - multiple: the sum of the chosen options' weights, clamped to [0, 1]; correct options share +1 and
    ///   wrong ones weigh -1/number of wrong options unless they carry a `weight`. With `all_or_nothing`, 1 for
    ///   exactly the correct set and 0 otherwise.
    /// - truefalse: 1 or 0. numeric: 1 within answer ± tolerance (absolute, or percent of the answer), otherwise
    ///   the weight of the first further answer whose interval holds the response.
    /// - short: the weight (1 unless written) of the first accepted answer of `language` (of any of the question's
    ///   languages when `language` is nil) whose folded form equals the folded response.
    /// - order: the fraction of items in their right absolute position. match, sort: the fraction right.
    ///
    /// A blank answer, or an answer of the wrong shape for the kind, scores 0.
    public static func fraction(of question: Question, for response: Response, language: String? = nil) -> Double {
        switch (question.body, response) {
        case (.single(let options), .choices(let chosen)):
            guard chosen.count == 1, options.indices.contains(chosen[0]) else { return 0 }
            let option = options[chosen[0]]
            return option.weight ?? (option.correct ? 1 : 0)
        case (.multiple(let options, let allOrNothing), .choices(let chosen)):
            return multiple(options, chosen: chosen, allOrNothing: allOrNothing)
        case (.truefalse(let answer, _, _), .truth(let given)):
            return answer == given ? 1 : 0
        case (.numeric(let numeric), .number(let given)):
            if isWithinTolerance(given, of: numeric) { return 1 }
            return matchingAlternative(given, of: numeric)?.weight ?? 0
        case (.short(let answers), .text(let given)):
            return matchingAnswer(given, answers: answers, language: language)?.weight ?? 0
        case (.order(let items), .order(let placed)):
            guard !items.isEmpty else { return 0 }
            let right = count(min(items.count, placed.count)) { placed[$0] == $0 }
            return Double(right) / Double(items.count)
        case (.match(let pairs), .match(let chosen)):
            guard !pairs.isEmpty else { return 0 }
            let right = count(pairs.count) { left in
                guard left < chosen.count, let pick = chosen[left], pairs.indices.contains(pick) else { return false }
                return pick == left || sameText(pairs[pick].right, pairs[left].right)
            }
            return Double(right) / Double(pairs.count)
        case (.sort(_, let items), .sort(let chosen)):
            guard !items.isEmpty else { return 0 }
            let right = count(items.count) { $0 < chosen.count && chosen[$0] == items[$0].category }
            return Double(right) / Double(items.count)
        default:
            return 0
        }
    }

    /// The weight an option of a multiple-choice question earns when chosen.
    public static func weight(of option: ChoiceOption, among options: [ChoiceOption]) -> Double {
        if let weight = option.weight { return weight }
        if option.correct {
            return 1 / Double(max(1, options.filter(\.correct).count))
        }
        return -1 / Double(max(1, options.filter { !$0.correct }.count))
    }

    private static func multiple(_ options: [ChoiceOption], chosen: [Int], allOrNothing: Bool) -> Double {
        let picked = Set(chosen.filter { options.indices.contains($0) })
        if allOrNothing {
            let correct = Set(options.indices.filter { options[$0].correct })
            return picked == correct ? 1 : 0
        }
        let sum = picked.reduce(0.0) { $0 + weight(of: options[$1], among: options) }
        return min(1, max(0, sum))
    }

    /// True when `given` is within the answer's tolerance; the edges count as right (a tiny allowance absorbs
    /// binary rounding, so 10.1 is within 10 ± 0.1).
    public static func isWithinTolerance(_ given: Double, of answer: NumericAnswer) -> Bool {
        isWithin(given, value: answer.value, allowedError: answer.allowedError)
    }

    /// The first further answer of a numeric question whose interval holds `given`.
    static func matchingAlternative(_ given: Double, of answer: NumericAnswer) -> NumericAlternative? {
        answer.others.first { isWithin(given, value: $0.value, allowedError: $0.allowedError) }
    }

    private static func isWithin(_ given: Double, value: Double, allowedError: Double) -> Bool {
        guard given.isFinite else { return false }
        let slack = 1e-9 * max(1, abs(value))
        return abs(given - value) <= allowedError + slack
    }

    /// The first accepted answer that `given` matches once both are folded.
    static func matchingAnswer(_ given: String, answers: AcceptedAnswers, language: String?) -> AcceptedAnswer? {
        let languages = language.map { [$0] } ?? (answers.languages.isEmpty ? Array(answers.byLanguage.keys.sorted()) : answers.languages)
        for language in languages {
            let folded = AnswerFolding.fold(given, language: language)
            if let match = answers.entries(in: language).first(where: { AnswerFolding.fold($0.text, language: language) == folded }) {
                return match
            }
        }
        return nil
    }

    /// How many of `0..<total` satisfy `isRight` (counted without building an array).
    private static func count(_ total: Int, where isRight: (Int) -> Bool) -> Int {
        var right = 0
        for index in 0..<total where isRight(index) { right += 1 }
        return right
    }

    private static func sameText(_ a: LocalizedText, _ b: LocalizedText) -> Bool {
        a.entries.map(\.text) == b.entries.map(\.text)
    }
}
