import Foundation

/// Writes a unit's quiz as Moodle GIFT text (docs.moodle.org, "GIFT format").
///
/// Every question gets its id as the name (`::glass-jar::`), a `$CATEGORY:` line per objective
/// (`$CATEGORY: ecolearn/sorting-at-home/name-streams`), option feedback after `#`, the explanation as general
/// feedback after `####`, and weights as `%50%`. GIFT has no ordering kind and no sort kind: sort questions are
/// written as matching (each item -> its category); order questions are left out with a warning.
public struct GIFTWriter: Sendable {
    public var language: String

    public init(language: String) {
        self.language = language
    }

    /// The GIFT text of `unit`'s quiz and the warnings about what GIFT could not hold.
    public func write(_ unit: LessonUnit) -> (text: String, warnings: [String]) {
        var text = "// \(unit.id) version \(unit.version): \(escapeComment(unit.title.text(in: language)))\n"
        text += "// exported by ecolearn in '\(language)'\n\n"
        var warnings: [String] = []
        var category = ""
        for question in unit.quiz?.questions ?? [] {
            if case .order = question.body {
                warnings.append(
                    "question '\(question.id)' (order) left out: GIFT has no ordering kind (hint: export as Moodle XML)")
                continue
            }
            let questionCategory = "ecolearn/\(unit.id)/\(question.assesses)"
            if questionCategory != category {
                category = questionCategory
                text += "$CATEGORY: \(category)\n\n"
            }
            warnings += notes(question)
            text += "::\(Self.escape(question.id))::\(Self.escape(question.prompt.text(in: language))) {"
            let body = answers(question)
            let multiline = body.contains("\n")
            text += body
            if let explanation = question.explanation?.text(in: language) {
                text += (multiline ? "\n\t" : "") + "####\(Self.escape(explanation))"
            }
            text += (multiline ? "\n}" : "}") + "\n\n"
        }
        return (text, warnings)
    }

    /// What the GIFT form of `question` loses.
    private func notes(_ question: Question) -> [String] {
        var notes: [String] = []
        if question.points != 1 {
            notes.append("question '\(question.id)': GIFT has no points; Moodle gives it the default mark")
        }
        switch question.body {
        case .multiple(_, true):
            notes.append("question '\(question.id)': all_or_nothing is written as partial credit (Moodle multichoice has no all-or-nothing)")
        case .numeric(let numeric) where numeric.unit != nil:
            notes.append("question '\(question.id)': the unit '\(numeric.unit!.text(in: language))' is not part of GIFT; add it to the prompt")
        case .sort:
            notes.append("question '\(question.id)' (sort) written as matching: each item -> its category")
        default:
            break
        }
        for trap in MoodleTraps(question: question, languages: [language]).traps {
            notes.append("question '\(question.id)': \(trap.message)" + (trap.hint.map { " (hint: \($0))" } ?? ""))
        }
        return notes
    }

    private func answers(_ question: Question) -> String {
        switch question.body {
        case .single(let options):
            // Moodle makes a choice question single-answer only when an answer starts with `=`, and never reads a
            // weight after `=`: the right option is always `=text`.
            return options.map { option in
                let text = option.text.text(in: language)
                let mark: String
                if option.correct {
                    mark = "="
                } else if let weight = option.weight {
                    mark = "~\(Self.percent(weight))"
                } else {
                    // A text starting with %n% would be read as a weight: give the weight explicitly.
                    mark = Self.startsLikeWeight(text) ? "~\(Self.percent(0))" : "~"
                }
                return "\n\t\(mark)\(Self.escape(text))\(feedback(option.feedback))"
            }.joined()
        case .multiple(let options, _):
            return options.map { option in
                let weight = QuestionScoring.weight(of: option, among: options)
                return "\n\t~\(Self.percent(weight))\(Self.escape(option.text.text(in: language)))\(feedback(option.feedback))"
            }.joined()
        case .truefalse(let answer, let feedbackTrue, let feedbackFalse):
            // Moodle: {TRUE#feedback for a wrong answer#feedback for a right answer}.
            let wrong = answer ? feedbackFalse : feedbackTrue
            let right = answer ? feedbackTrue : feedbackFalse
            var text = answer ? "TRUE" : "FALSE"
            if wrong != nil || right != nil {
                text += "#\(Self.escape(wrong?.text(in: language) ?? ""))"
                if let right { text += "#\(Self.escape(right.text(in: language)))" }
            }
            return text
        case .numeric(let numeric):
            let right = "\(Self.number(numeric.value)):\(Self.number(numeric.allowedError))"
            guard numeric.feedback != nil || !numeric.others.isEmpty else { return "#" + right }
            // Moodle's numeric form: one `=` line per answer, the right one first.
            return "#\n\t=\(right)\(feedback(numeric.feedback))" + numeric.others.map { other in
                "\n\t=\(Self.percent(other.weight))\(Self.number(other.value)):\(Self.number(other.allowedError))\(feedback(other.feedback))"
            }.joined()
        case .short(let accepted):
            return accepted.entries(in: language).map { answer in
                let weight = answer.weight != 1 || Self.startsLikeWeight(answer.text) ? Self.percent(answer.weight) : ""
                let note = answer.feedback.map { " #\(Self.escape($0))" } ?? ""
                return "\n\t=\(weight)\(Self.escape(answer.text))\(note)"
            }.joined()
        case .match(let pairs):
            return pairs.map {
                "\n\t=\(Self.escape($0.left.text(in: language))) -> \(Self.escape($0.right.text(in: language)))"
            }.joined()
        case .sort(let categories, let items):
            return items.map { item in
                let category = categories.first { $0.id == item.category }?.text.text(in: language) ?? item.category
                return "\n\t=\(Self.escape(item.text.text(in: language))) -> \(Self.escape(category))"
            }.joined()
        case .order:
            return ""
        }
    }

    private func feedback(_ text: LocalizedText?) -> String {
        text.map { " #\(Self.escape($0.text(in: language)))" } ?? ""
    }

    private func escapeComment(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ")
    }

    /// `text` with GIFT's special characters escaped: `\ ~ = # { } :` and line breaks as `\n`.
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "~", "=", "#", "{", "}", ":": out += "\\\(character)"
            case "\n": out += "\\n"
            case "\r": continue
            default: out.append(character)
            }
        }
        return out
    }

    /// True when Moodle would read the start of `text` as a `%weight%` (qformat_gift: `^%-*[0-9]{1,2}.?[0-9]*%`):
    /// `%`, dashes, digits, then `%`, or `.`, digits and `%` when at most two digits came before the point. Read per
    /// Character without a Regex (building one per answer was a tenth of a site build).
    static func startsLikeWeight(_ text: String) -> Bool {
        func isDigit(_ character: Character) -> Bool { character.isASCII && ("0"..."9").contains(character) }
        guard text.first == "%" else { return false }
        let afterDashes = text.dropFirst().drop { $0 == "-" }
        let digits = afterDashes.prefix(while: isDigit)
        guard !digits.isEmpty else { return false }
        let rest = afterDashes[digits.endIndex...]
        if rest.first == "%" { return true }
        guard digits.count <= 2, rest.first == "." else { return false }
        return rest.dropFirst().drop(while: isDigit).first == "%"
    }

    /// A weight as a GIFT percentage: `%50%`, `%-33.33333%`.
    static func percent(_ weight: Double) -> String {
        let value = (weight * 100 * 100_000).rounded() / 100_000
        return "%\(number(value))%"
    }

    static func number(_ value: Double) -> String {
        NumberText.format(value)
    }
}
