import Foundation

/// Turns questions read from GIFT or Moodle XML into questions of a unit: ids from the Moodle names (made unique in
/// the unit), texts in one language, the objective from the category (when its last part names one of the unit's
/// objectives) or `objective`. What the lesson format cannot hold is reported, one warning per loss.
public struct MoodleImport: Sendable {
    public var unit: LessonUnit
    public var language: String
    /// The objective for questions whose category names none of the unit's objectives.
    public var objective: String

    public init(unit: LessonUnit, language: String, objective: String) {
        self.unit = unit
        self.language = language
        self.objective = objective
    }

    /// The questions for `items`, in order, and a warning for each thing they lose.
    public func questions(from items: [MoodleItem]) -> (questions: [Question], warnings: [MoodleProblem]) {
        var taken = Set(unit.quiz?.questions.map(\.id) ?? [])
        var warnings: [MoodleProblem] = []
        let questions = items.map { item in
            let id = uniqueID(for: item, taken: &taken)
            let objective = item.category.flatMap { unit.objective($0)?.id } ?? self.objective
            let mark = item.mark
            func lose(_ message: String) {
                warnings.append(MoodleProblem(file: mark.file, line: mark.line, column: item.mark.column == 1 ? nil : item.mark.column,
                                              message: "question '\(item.name ?? id)': \(message)"))
            }
            return Question(
                id: id, prompt: text(item.prompt, mark), assesses: objective, points: item.points ?? 1,
                explanation: item.generalFeedback.map { text($0, mark) }, body: body(item.body, mark: mark, lose: lose),
                mark: mark)
        }
        return (questions, warnings)
    }

    private func body(_ body: MoodleBody, mark: SourceMark, lose: (String) -> Void) -> QuestionBody {
        switch body {
        case .choices(let choices, let single):
            if single {
                // The first answer at 100 % is the correct option; any other answer keeps its weight.
                let right = choices.firstIndex { $0.weight >= 1 }
                if right == nil { lose("no answer earns 100 %, so no option is marked correct") }
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
        case .truefalse(let answer, let feedbackTrue, let feedbackFalse):
            return .truefalse(
                answer: answer, feedbackTrue: feedbackTrue.map { text($0, mark) },
                feedbackFalse: feedbackFalse.map { text($0, mark) })
        case .numeric(let answers, let otherwise, let unit):
            if otherwise != nil { lose("the feedback for any other answer is left out (ecolearn has no such feedback)") }
            let rightIndex = answers.firstIndex { $0.weight >= 1 } ?? 0
            if rightIndex > 0 { lose("the 100 % answer moves first: ecolearn checks the right answer before the others") }
            if answers[rightIndex].weight < 1 { lose("no answer earns 100 %; the first one is taken as the right answer") }
            let right = answers[rightIndex]
            var others = answers
            others.remove(at: rightIndex)
            return .numeric(NumericAnswer(
                value: right.value, tolerance: right.tolerance, unit: unit.map { text($0, mark) },
                feedback: right.feedback.map { text($0, mark) },
                others: others.map {
                    NumericAlternative(value: $0.value, tolerance: $0.tolerance, weight: $0.weight,
                                       feedback: $0.feedback.map { text($0, mark) }, mark: mark)
                }))
        case .short(let answers):
            for answer in answers where answer.text.contains("*") {
                lose("'*' in the answer '\(answer.text)' is a wildcard in Moodle; ecolearn compares it as written")
            }
            let accepted = answers.map { AcceptedAnswer($0.text, weight: $0.weight, feedback: $0.feedback) }
            return .short(answers: AcceptedAnswers(byLanguage: [language: accepted], languages: [language], mark: mark))
        case .match(let pairs):
            return .match(pairs: pairs.map { MatchPair(left: text($0.left, mark), right: text($0.right, mark), mark: mark) })
        case .order(let items):
            return .order(items: items.map { text($0, mark) })
        }
    }

    private func option(_ choice: MoodleBody.Answer, correct: Bool, weight: Double?, mark: SourceMark) -> ChoiceOption {
        ChoiceOption(
            text: text(choice.text, mark), correct: correct, weight: weight,
            feedback: choice.feedback.map { text($0, mark) }, mark: mark)
    }

    private func text(_ value: String, _ mark: SourceMark) -> LocalizedText {
        LocalizedText(entries: [LocalizedText.Entry(language: language, text: value, mark: mark)], mark: mark)
    }

    /// A slug from the Moodle name (or the prompt), with `-2`, `-3`, ... when the unit already has it.
    private func uniqueID(for item: MoodleItem, taken: inout Set<String>) -> String {
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
