import Foundation

/// Turns GIFT questions into questions of a unit: ids from the GIFT names (made unique in the unit), texts in
/// one language, the objective from the `$CATEGORY:` (when it names one of the unit's objectives) or `objective`.
public struct GIFTImport {
    public var unit: LessonUnit
    public var language: String
    /// The objective for questions whose category names none of the unit's objectives.
    public var objective: String

    public init(unit: LessonUnit, language: String, objective: String) {
        self.unit = unit
        self.language = language
        self.objective = objective
    }

    /// The questions for `items`, in order.
    public func questions(from items: [GIFTReader.Item], file: String) -> [Question] {
        var taken = Set(unit.quiz?.questions.map(\.id) ?? [])
        return items.map { item in
            let id = uniqueID(for: item, taken: &taken)
            let objective = item.category.flatMap { unit.objective($0)?.id } ?? self.objective
            let mark = SourceMark(file: file, line: item.line, column: 1)
            return Question(
                id: id, prompt: text(item.prompt, mark), assesses: objective,
                explanation: item.generalFeedback.map { text($0, mark) }, body: body(item.body, mark: mark), mark: mark)
        }
    }

    private func body(_ body: GIFTBody, mark: SourceMark) -> QuestionBody {
        switch body {
        case .choices(let choices, let single):
            if single {
                // The first answer at 100 % is the correct option; any other answer keeps its weight.
                let right = choices.firstIndex { $0.weight >= 1 }
                return .single(options: choices.indices.map { index in
                    let choice = choices[index]
                    return option(choice, correct: index == right, weight: index == right || choice.weight == 0 ? nil : choice.weight, mark: mark)
                })
            }
            let correctCount = choices.filter { $0.weight > 0 }.count
            let wrongCount = choices.count - correctCount
            return .multiple(options: choices.map { choice in
                let correct = choice.weight > 0
                let standard = correct ? 1 / Double(max(1, correctCount)) : -1 / Double(max(1, wrongCount))
                let weight: Double? = abs(choice.weight - standard) < 1e-4 ? nil : choice.weight
                return option(choice, correct: correct, weight: weight, mark: mark)
            }, allOrNothing: false)
        case .truefalse(let answer, let wrong, let right):
            let feedbackTrue = answer ? right : wrong
            let feedbackFalse = answer ? wrong : right
            return .truefalse(
                answer: answer, feedbackTrue: feedbackTrue.map { text($0, mark) },
                feedbackFalse: feedbackFalse.map { text($0, mark) })
        case .numeric(let answers, _):
            let right = answers.first { $0.weight >= 1 } ?? answers[0]
            return .numeric(NumericAnswer(value: right.interval.value, tolerance: right.interval.tolerance))
        case .short(let answers):
            let texts = answers.filter { $0.weight >= 1 }.map(\.text)
            return .short(answers: AcceptedAnswers(byLanguage: [language: texts], languages: [language], mark: mark))
        case .match(let pairs):
            return .match(pairs: pairs.map { MatchPair(left: text($0.left, mark), right: text($0.right, mark), mark: mark) })
        }
    }

    private func option(_ choice: GIFTBody.Answer, correct: Bool, weight: Double?, mark: SourceMark) -> ChoiceOption {
        ChoiceOption(
            text: text(choice.text, mark), correct: correct, weight: weight,
            feedback: choice.feedback.map { text($0, mark) }, mark: mark)
    }

    private func text(_ value: String, _ mark: SourceMark) -> LocalizedText {
        LocalizedText(entries: [LocalizedText.Entry(language: language, text: value, mark: mark)], mark: mark)
    }

    /// A slug from the GIFT name (or the prompt), with `-2`, `-3`, ... when the unit already has it.
    private func uniqueID(for item: GIFTReader.Item, taken: inout Set<String>) -> String {
        let base = Self.slug(item.name ?? "") ?? Self.slug(item.prompt.split(separator: " ").prefix(4).joined(separator: " "))
            ?? "question"
        var id = base
        var number = 2
        while taken.contains(id) {
            id = "\(base)-\(number)"
            number += 1
        }
        taken.insert(id)
        return id
    }

    /// A lowercase slug `[a-z0-9]+(-[a-z0-9]+)*` (letters with accents lose them), or nil when nothing is left.
    static func slug(_ text: String) -> String? {
        let folded = text.applyingTransform(.stripDiacritics, reverse: false)?.lowercased() ?? text.lowercased()
        var slug = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if scalar == "ı" {
                slug += "i"
            } else if !slug.isEmpty, slug.last != "-" {
                slug += "-"
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug.isEmpty ? nil : String(slug.prefix(60))
    }
}
