/// What Moodle 4.5's importers would not read as meant in a question: grades outside Moodle's list (both formats)
/// and `->` where GIFT cannot hold it. `ecolearn check` reports these as warnings; exports repeat them.
public struct MoodleTraps: Sendable {
    /// One trap: the field (relative to the question) and what Moodle would do.
    public struct Trap: Sendable, Hashable {
        public var field: String
        public var mark: SourceMark
        public var message: String
        public var hint: String?
        /// True when only GIFT is affected (Moodle XML carries the text as written).
        public var giftOnly: Bool
    }

    public var question: Question
    /// The languages whose texts are checked.
    public var languages: [String]

    public init(question: Question, languages: [String]) {
        self.question = question
        self.languages = languages
    }

    /// Every trap of the question, in field order.
    public var traps: [Trap] {
        var traps: [Trap] = []
        switch question.body {
        case .single(let options):
            for (index, option) in options.enumerated() {
                if option.correct, let weight = option.weight, weight != 1 {
                    traps.append(Trap(
                        field: "options[\(index)].weight", mark: option.mark,
                        message: "Moodle gives the right option of a single question 100 %, not \(MoodleGrades.percent(weight))",
                        hint: "leave out the weight of the correct option", giftOnly: false))
                } else if let weight = option.weight {
                    traps += grade(weight, field: "options[\(index)].weight", mark: option.mark, what: "option \(index + 1)")
                }
            }
        case .multiple(let options, _):
            for (index, option) in options.enumerated() {
                if let weight = option.weight {
                    traps += grade(weight, field: "options[\(index)].weight", mark: option.mark, what: "option \(index + 1)")
                }
            }
            // Options without a weight share +1 (right) or -1 (wrong) equally.
            for correct in [true, false] {
                guard let first = options.first(where: { $0.weight == nil && $0.correct == correct }) else { continue }
                let what = correct ? "each right option without a weight" : "each wrong option without a weight"
                traps += grade(QuestionScoring.weight(of: first, among: options), field: "options", mark: question.mark, what: what)
            }
        case .short(let answers):
            for language in answers.languages where answers.isPlain || languages.contains(language) {
                let field = answers.isPlain ? "answers" : "answers.\(language)"
                for entry in answers.byLanguage[language] ?? [] {
                    if entry.weight != 1 { traps += grade(entry.weight, field: field, mark: answers.mark, what: "the answer '\(entry.text)'") }
                    if entry.text.contains("->") || (entry.feedback ?? "").contains("->") {
                        let what = entry.text.contains("->") ? "the answer '\(entry.text)'" : "the feedback of the answer '\(entry.text)'"
                        traps.append(arrow(what, field: field, mark: answers.mark, effect: "Moodle reads the question as matching"))
                    }
                }
            }
        case .numeric(let answer):
            for (index, other) in answer.others.enumerated() {
                traps += grade(other.weight, field: "answers[\(index + 1)].weight", mark: other.mark, what: "answer \(index + 2)")
            }
        case .match(let pairs):
            for (index, pair) in pairs.enumerated() {
                for entry in pair.left.entries where languages.contains(entry.language) && entry.text.contains("->") {
                    traps.append(arrow("the left side '\(entry.text)'", field: "pairs[\(index)].left.\(entry.language)",
                                       mark: entry.mark, effect: "Moodle splits the pair at the first '->'"))
                }
            }
        case .sort(_, let items):
            for (index, item) in items.enumerated() {
                for entry in item.text.entries where languages.contains(entry.language) && entry.text.contains("->") {
                    traps.append(arrow("the item '\(entry.text)'", field: "items[\(index)].text.\(entry.language)",
                                       mark: entry.mark, effect: "Moodle splits the item from its category at the first '->'"))
                }
            }
        case .truefalse, .order:
            break
        }
        return traps
    }

    private func grade(_ weight: Double, field: String, mark: SourceMark, what: String) -> [Trap] {
        // Weights outside -1...1 are already errors of their own.
        guard (-1...1).contains(weight), !MoodleGrades.accepts(weight) else { return [] }
        return [Trap(
            field: field, mark: mark,
            message: "\(what) is worth \(MoodleGrades.percent(weight)), which is not a grade Moodle accepts; Moodle's import rejects the whole question",
            hint: "the nearest grade Moodle accepts is \(MoodleGrades.percent(MoodleGrades.nearest(to: weight)))",
            giftOnly: false)]
    }

    private func arrow(_ what: String, field: String, mark: SourceMark, effect: String) -> Trap {
        Trap(field: field, mark: mark, message: "\(what) contains '->', which GIFT cannot escape: \(effect)",
             hint: "reword without '->', or export as Moodle XML", giftOnly: true)
    }
}
